import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { Pool, type Dispatcher } from 'undici';
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
    try {
      const statusCode = await this.post(this.pool(url.origin, address), {
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...webhookHeaders(target.secret, target.id, wallNow, target.body), 'user-agent': 'license-platform-webhooks' },
        body: target.body,
      });
      return statusCode === null ? { statusCode: null, error: `no answer within ${this.timeoutMs / 1000} s` } : { statusCode, error: null };
    } catch (error) {
      return { statusCode: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  close(): void {
    for (const pool of this.pools.values()) void pool.destroy();
    this.pools.clear();
  }

  /** One request; null when nothing was answered within the timeout (the request is then aborted). */
  private post(pool: Pool, options: Omit<Dispatcher.DispatchOptions, 'origin'>): Promise<number | null> {
    return new Promise((resolve, reject) => pool.dispatch(options, new StatusOnly(this.timeoutMs, resolve, reject)));
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

/**
 * An undici dispatch handler that keeps only the status: a webhook needs nothing else, so the answer's
 * body is dropped as it arrives, with no stream made for it. A class, not closures, because a send
 * makes one per request. At the timeout it settles with null at once, and aborts the request now or as
 * soon as it reaches a connection.
 */
class StatusOnly implements Dispatcher.DispatchHandler {
  private statusCode = 0;
  private controller: Dispatcher.DispatchController | null = null;
  private settled = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    timeoutMs: number,
    private readonly resolve: (statusCode: number | null) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.timer = setTimeout(() => this.timeout(), timeoutMs);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.settled) controller.abort(new Error('webhook timeout'));
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number): void {
    this.statusCode = statusCode;
  }

  onResponseData(): void {
    // the body is dropped unread
  }

  onResponseEnd(): void {
    if (this.settle()) this.resolve(this.statusCode);
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.settle()) this.reject(error);
  }

  private timeout(): void {
    if (this.settle()) this.resolve(null);
    this.controller?.abort(new Error('webhook timeout'));
  }

  /** True the first time only. */
  private settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    clearTimeout(this.timer);
    return true;
  }
}
