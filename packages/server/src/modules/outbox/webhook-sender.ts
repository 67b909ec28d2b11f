import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressAllowed, SEND_TIMEOUT_MS, webhookHeaders, type AttemptResult } from './outbox.rules.js';

export interface WebhookTarget {
  readonly id: string;
  readonly url: string;
  readonly secret: string;
  readonly body: string;
}

/**
 * Posts signed webhooks (SPEC 10). The host is resolved once and judged (in production: public
 * addresses only, unless allowed), and the connection is pinned to that address, so a DNS answer that
 * changes between the check and the connect cannot redirect the request. Sockets are kept alive per host.
 */
export class WebhookSender {
  private readonly agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  constructor(
    private readonly production: boolean,
    private readonly allowPrivate: boolean,
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
    const pinned: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [address]);
      else callback(null, address.address, address.family);
    };
    const headers = webhookHeaders(target.secret, target.id, wallNow, target.body);
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<AttemptResult>((resolve) => {
      const request = transport.request(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(target.body), 'user-agent': 'license-platform-webhooks' },
          agent: url.protocol === 'https:' ? this.agents.https : this.agents.http,
          lookup: pinned,
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        },
        (response) => {
          // The body is not used; reading it to the end frees the socket for the next request.
          response.resume();
          response.on('end', () => resolve({ statusCode: response.statusCode ?? null, error: null }));
          response.on('error', (error) => resolve({ statusCode: response.statusCode ?? null, error: error.message }));
        },
      );
      request.on('error', (error) =>
        resolve({ statusCode: null, error: error.name === 'AbortError' ? `no answer within ${SEND_TIMEOUT_MS / 1000} s` : error.message }),
      );
      request.end(target.body);
    });
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
