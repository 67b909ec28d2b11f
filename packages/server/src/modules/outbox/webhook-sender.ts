import { lookup } from 'node:dns/promises';
import { EventEmitter } from 'node:events';
import { isIP, type LookupFunction } from 'node:net';
import { Pool } from 'undici';
import { addressAllowed, SEND_TIMEOUT_MS, webhookHeaders, type AttemptResult } from './outbox.rules.js';

export interface WebhookTarget {
  readonly id: string;
  readonly url: string;
  readonly secret: string;
  readonly body: string;
}

/** Connection pools kept at once (one per receiver origin and resolved address); the oldest is closed beyond. */
const MAX_POOLS = 256;

/**
 * Posts signed webhooks (SPEC 10). The host is resolved once per send and judged (in production: public
 * addresses only, unless allowed), and the request goes through a connection pool pinned to that
 * address, so a DNS answer that changes between the check and the connect cannot redirect it. Pools
 * (undici: about half the CPU of node:http per request) keep their connections alive per receiver.
 */
export class WebhookSender {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly production: boolean,
    private readonly allowPrivate: boolean,
    /** SPEC 10: a receiver that has not answered by then has failed this attempt. */
    private readonly timeoutMs: number = SEND_TIMEOUT_MS,
  ) {}

  async send(target: WebhookTarget, wallNow: Date): Promise<AttemptResult> {
    const url = new URL(target.url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let address: { address: string; family: number };
    try {
      address = isIP(host) ? { address: host, family: isIP(host) } : await lookup(host);
    } catch (error) {
      return { statusCode: null, error: `could not resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
    }
    if (!addressAllowed(address.address, this.production, this.allowPrivate)) {
      return { statusCode: null, error: `refused: ${host} resolves to a loopback, private or link-local address` };
    }
    // undici accepts an EventEmitter as the abort signal: one plain timer per send, not AbortSignal.timeout's bookkeeping.
    const abort = new EventEmitter();
    const timer = setTimeout(() => abort.emit('abort'), this.timeoutMs);
    try {
      const response = await this.pool(url.origin, address).request({
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...webhookHeaders(target.secret, target.id, wallNow, target.body), 'user-agent': 'license-platform-webhooks' },
        body: target.body,
        signal: abort,
      });
      // The body is not used; reading it to the end frees the connection for the next request.
      await response.body.dump();
      return { statusCode: response.statusCode, error: null };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'AbortError' || (error as { code?: string }).code === 'UND_ERR_ABORTED') {
        return { statusCode: null, error: `no answer within ${this.timeoutMs / 1000} s` };
      }
      return { statusCode: null, error: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    for (const pool of this.pools.values()) void pool.destroy();
    this.pools.clear();
  }

  /** The pool for `origin` whose connections go to `address` only. */
  private pool(origin: string, address: { address: string; family: number }): Pool {
    const key = `${origin} ${address.address}`;
    let pool = this.pools.get(key);
    if (pool === undefined) {
      const pinned: LookupFunction = (_hostname, options, callback) => {
        if (options.all) callback(null, [address]);
        else callback(null, address.address, address.family);
      };
      pool = new Pool(origin, { connect: { lookup: pinned } });
      if (this.pools.size >= MAX_POOLS) {
        const [oldest, evicted] = this.pools.entries().next().value!;
        this.pools.delete(oldest);
        void evicted.close();
      }
      this.pools.set(key, pool);
    }
    return pool;
  }
}
