import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { startServers, type BenchServer } from '../lib/server.js';
import { interleave, median, round, timed } from '../lib/stats.js';
import type { Scenario } from '../lib/types.js';

const DELIVERIES = 2_000;
/** The product's default DELIVERY_CONCURRENCY, set explicitly on the server and used by the bare loop. */
const CONCURRENCY = 16;
/** A reminder's body as the product writes it; both sides post this same string. */
const BODY = JSON.stringify({
  type: 'license.reminder',
  timestamp: '2030-01-01T00:00:00.000Z',
  data: {
    resourceType: 'AGENT',
    resourceId: '00000000-0000-4000-8000-000000000000',
    name: 'Bench agent',
    expiresAt: '2030-01-08T00:00:00.000Z',
    daysLeft: 7,
    threshold: 7,
  },
});

/** The local receiver: 200 at once to every POST, counting distinct webhook-ids. */
async function startReceiver(): Promise<{ url: string; ids: Set<string>; close(): Promise<void> }> {
  const ids = new Set<string>();
  const server: Server = createServer((req, res) => {
    ids.add(String(req.headers['webhook-id']));
    req.resume();
    req.on('end', () => res.writeHead(200).end());
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    ids,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Queues DELIVERIES due webhook rows for the endpoint, as the outbox holds them after events. */
async function queue(server: BenchServer, endpointId: string): Promise<void> {
  await server.sql('DELETE FROM outbox_delivery');
  await server.sql(
    `INSERT INTO outbox_delivery (id, channel, endpoint_id, event_type, payload, status, attempts, next_attempt_at, created_at)
     SELECT gen_random_uuid(), 'WEBHOOK', $1, 'LICENSE_REMINDER', jsonb_build_object('body', $2::text), 'PENDING', 0, now() - interval '1 second', now()
       FROM generate_series(1, $3)`,
    [endpointId, BODY, DELIVERIES],
  );
}

/** The product: POST /__test__/deliver drains the outbox (claims, signs, posts, records every outcome). */
async function drain(server: BenchServer, endpointId: string, received: Set<string>): Promise<number> {
  await queue(server, endpointId);
  received.clear();
  const { ms } = await timed(() => server.hook('deliver', {}));
  const [row] = await server.sql<{ n: number }>("SELECT count(*)::int AS n FROM outbox_delivery WHERE status = 'DELIVERED'");
  if (row?.n !== DELIVERIES || received.size !== DELIVERIES) throw new Error(`P7: ${row?.n} delivered, ${received.size} received, expected ${DELIVERIES}`);
  return ms;
}

/** The ceiling: the same requests signed with standardwebhooks and posted over keep-alive node:http, CONCURRENCY at a time. */
async function bareLoop(url: string, secret: string, received: Set<string>): Promise<number> {
  received.clear();
  const webhook = new Webhook(secret);
  const agent = new Agent({ keepAlive: true });
  const post = (id: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const at = new Date();
      const headers = {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': webhook.sign(id, at, BODY),
        'content-length': Buffer.byteLength(BODY),
      };
      const req = request(url, { method: 'POST', headers, agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(BODY);
    });
  const ids = Array.from({ length: DELIVERIES }, () => randomUUID());
  const { ms } = await timed(async () => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ids.length) await post(ids[next++]!);
      }),
    );
  });
  agent.destroy();
  if (received.size !== DELIVERIES) throw new Error(`P7 baseline: ${received.size} received, expected ${DELIVERIES}`);
  return ms;
}

/**
 * P7: 2 000 due webhook deliveries drained by the product's dispatcher to a local receiver, against a
 * bare loop in the bench process that signs and posts the same 2 000 requests with the same
 * concurrency. Alternate rounds; the outbox is refilled before each drain.
 */
export const p7: Scenario = {
  id: 'P7',
  title: 'webhook outbox drain vs a bare sign-and-post loop',
  async run({ options, databases, log }) {
    const rounds = options.quick ? 3 : 15;
    const db = await databases.create('p7');
    const receiver = await startReceiver();
    const servers: BenchServer[] = [];
    try {
      const [server] = await startServers(
        [
          {
            name: 'p7',
            databaseUrl: db.url,
            cpuProfDir: options.cpuProfDir,
            // No poll during a measurement: only the deliver hook drains.
            env: { DELIVERY_CONCURRENCY: String(CONCURRENCY), DELIVERY_POLL_SECONDS: '3600' },
          },
        ],
        servers,
      );
      if (!server) throw new Error('server did not start');
      const endpointId = randomUUID();
      const secret = `whsec_${randomBytes(32).toString('base64')}`;
      await server.sql(
        `INSERT INTO webhook_endpoint (id, url, description, events, secret, created_at) VALUES ($1, $2, 'bench', '{LICENSE_REMINDER}', $3, now())`,
        [endpointId, receiver.url, secret],
      );
      // Warm-up: plans, JIT, keep-alive sockets on both sides.
      await drain(server, endpointId, receiver.ids);
      await bareLoop(receiver.url, secret, receiver.ids);
      log(`P7: ${rounds} rounds of ${DELIVERIES} deliveries each`);
      const runs = await interleave(
        rounds,
        () => drain(server, endpointId, receiver.ids),
        () => bareLoop(receiver.url, secret, receiver.ids),
      );
      const measured = median(runs.measured);
      const baseline = median(runs.baseline);
      log(`P7: ${round(measured, 1)} vs ${round(baseline, 1)} ms`);
      return [
        {
          id: 'P7',
          title: `${DELIVERIES} webhook deliveries drained from the outbox vs a bare sign-and-post loop (concurrency ${CONCURRENCY})`,
          measured,
          baseline,
          unit: 'ms',
          goal: { kind: 'ratio-at-most', value: 1.5 },
          details: {
            deliveries: DELIVERIES,
            concurrency: CONCURRENCY,
            moonshot: 'ratio <= 1.2',
            measuredRunsMs: runs.measured.map((v) => round(v, 1)),
            baselineRunsMs: runs.baseline.map((v) => round(v, 1)),
          },
        },
      ];
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      await receiver.close();
      await db.drop();
    }
  },
};
