import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { healthRoutes } from './health.routes.js';

describe('/readyz', () => {
  it('answers 503 while the server shuts down, so load balancers stop sending it requests', async () => {
    let stopping = false;
    const database = { em: { getConnection: () => ({ execute: async () => [] }) } } as unknown as MikroORM;
    const server = express()
      .use(healthRoutes(database, () => stopping))
      .listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
    try {
      expect((await fetch(url)).status).toBe(200);
      stopping = true;
      const answer = await fetch(url);
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ status: 'shutting down' });
      expect((await fetch(url.replace('readyz', 'healthz'))).status).toBe(200);
    } finally {
      server.close();
    }
  });
});
