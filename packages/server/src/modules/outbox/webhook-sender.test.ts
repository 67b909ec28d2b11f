import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebhookSender } from './webhook-sender.js';

const TARGET = { id: 'msg_1', secret: `whsec_${Buffer.from('k'.repeat(32)).toString('base64')}`, body: '{"type":"webhook.test"}' };

describe('WebhookSender against a real local receiver', () => {
  let server: Server | null = null;
  let sender: WebhookSender | null = null;
  afterEach(async () => {
    sender?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = null;
  });

  const listen = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  };

  it('gives up on a receiver that does not answer within the timeout, and reports it', async () => {
    const url = await listen(() => undefined); // reads the request, never answers
    sender = new WebhookSender(false, false, 200);
    const started = Date.now();
    const result = await sender.send({ ...TARGET, url }, new Date());
    expect(result).toEqual({ statusCode: null, error: 'no answer within 0.2 s' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("reports the receiver's status and keeps connections alive (five sends, at most two connections)", async () => {
    const sockets = new Set<unknown>();
    const url = await listen((req, res) => {
      sockets.add(req.socket);
      req.resume();
      req.on('end', () => res.writeHead(req.headers['webhook-id'] === 'msg_1' ? 204 : 400).end());
    });
    sender = new WebhookSender(false, false, 200);
    for (let i = 0; i < 5; i += 1) expect(await sender.send({ ...TARGET, url }, new Date())).toEqual({ statusCode: 204, error: null });
    expect(sockets.size).toBeLessThanOrEqual(2);
  });

  it('refuses a loopback receiver in production unless private targets are allowed', async () => {
    const url = await listen((_req, res) => res.writeHead(200).end());
    sender = new WebhookSender(true, false);
    expect((await sender.send({ ...TARGET, url }, new Date())).error).toMatch(/^refused: 127\.0\.0\.1 resolves to a loopback/);
  });
});
