import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino, type LevelWithSilent } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { requestLevel, requestLog } from './logger.js';

describe('requestLevel', () => {
  it('logs answers at info, refusals at warn and failures at error, at each boundary status', () => {
    expect(requestLevel(200, true)).toBe('info');
    expect(requestLevel(399, true)).toBe('info');
    expect(requestLevel(400, true)).toBe('warn');
    expect(requestLevel(499, true)).toBe('warn');
    expect(requestLevel(500, true)).toBe('error');
  });

  it('logs a request the client gave up on at warn, whatever status was set', () => {
    expect(requestLevel(200, false)).toBe('warn');
  });
});

/** An app behind requestLog whose routes answer the status in their path; the log lines are collected. */
async function loggedApp(level: LevelWithSilent) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const server = express()
    .use(requestLog(pino({ level }, sink)))
    .get('/healthz', (_req, res) => void res.sendStatus(200))
    .get('/status/:code', (req, res) => void res.sendStatus(Number(req.params.code)))
    .listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { lines, base, close: () => server.close() };
}

describe('requestLog', () => {
  it('writes one line per request with method, URL, status and time, and never a header', async () => {
    const app = await loggedApp('info');
    try {
      await fetch(`${app.base}/status/201?x=1`, { headers: { authorization: 'Bearer secret-token', cookie: 'session=secret' } });
      await fetch(`${app.base}/status/404`);
      await fetch(`${app.base}/status/503`);
      await fetch(`${app.base}/healthz`);
      await fetch(`${app.base}/status/202`);
      // A line is written when the response closes, a moment after the client has it.
      await vi.waitFor(() => expect(app.lines).toHaveLength(4));
      expect(app.lines.map((l) => [l.level, l.msg, (l.req as { url: string }).url, (l.res as { statusCode: number }).statusCode])).toEqual([
        [30, 'request completed', '/status/201?x=1', 201],
        [40, 'request completed', '/status/404', 404],
        [50, 'request completed', '/status/503', 503],
        [30, 'request completed', '/status/202', 202],
      ]);
      expect(app.lines[0]).toMatchObject({ req: { method: 'GET', remoteAddress: '127.0.0.1' } });
      expect(typeof app.lines[0]!.responseTime).toBe('number');
      expect(JSON.stringify(app.lines)).not.toMatch(/secret/);
    } finally {
      app.close();
    }
  });

  it('at level warn, writes only refusals and failures', async () => {
    const app = await loggedApp('warn');
    try {
      await fetch(`${app.base}/status/200`);
      await fetch(`${app.base}/status/401`);
      await fetch(`${app.base}/status/500`);
      await vi.waitFor(() => expect(app.lines).toHaveLength(2));
      expect(app.lines.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([401, 500]);
    } finally {
      app.close();
    }
  });
});
