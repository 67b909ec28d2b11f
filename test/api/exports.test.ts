import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'csv-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const ROWS = 100_000;
const FORMULA = '=HYPERLINK("x")';
const CHINESE = '北京智能科技有限公司';

/** Streams a CSV download through csv-parse, keeping only the count and the rows `keep` picks. */
async function readCsv(response: Response, keep: (record: string[]) => boolean = () => true): Promise<{ count: number; kept: string[][] }> {
  const records = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>).pipe(parse({ bom: true }));
  let count = 0;
  const kept: string[][] = [];
  for await (const record of records as AsyncIterable<string[]>) {
    count += 1;
    if (count === 1 || keep(record)) kept.push(record);
  }
  return { count, kept };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /exports/licenses.csv over 100 000 certificates (SPEC 12)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.sql(
      `INSERT INTO certificate (id, type, mode, validity_days, permanent, licensee, issuer, issued_at, uploaded_at)
       SELECT 'bulk-' || i, CASE WHEN i % 2 = 0 THEN 'AGENT' ELSE 'PLATFORM' END, 'SUBSCRIPTION', 30, false,
              CASE WHEN i = 10 THEN $1 WHEN i = 20 THEN $2 ELSE 'Licensee ' || i END, 'vendor', now(), now()
         FROM generate_series(1, ${ROWS}) AS i`,
      [FORMULA, CHINESE],
    );
  }, 60_000);
  afterAll(() => server?.stop());

  it('streams every row with the server heap growing by less than 50 MB; formulas inert, Chinese intact', async () => {
    // The test server runs in this process, so this heap is the server's. A forced GC before each sample
    // measures what is live (rows held), not garbage awaiting collection.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 250);
    try {
      const admin = await server.admin();
      const response = await fetch(`${server.url}/exports/licenses.csv`, { headers: bearer(admin.token!) });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const { count, kept } = await readCsv(response, (r) => r[6] === `'${FORMULA}` || r[6] === CHINESE);
      expect(count).toBe(ROWS + 1);
      expect(kept[0]!.slice(0, 7)).toEqual(['id', 'type', 'mode', 'status', 'validityDays', 'permanent', 'licensee']);
      expect(kept.slice(1).map((r) => [r[0], r[6]])).toEqual([
        ['bulk-20', CHINESE],
        ['bulk-10', `'${FORMULA}`],
      ]);
    } finally {
      clearInterval(sampler);
    }
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const growthMb = (peak - baseline) / 2 ** 20;
    console.info(`licenses.csv of ${ROWS} rows: heap peak ${growthMb.toFixed(1)} MB above baseline`);
    expect(growthMb).toBeLessThan(50);
  }, 120_000);
});

describe('exports: format, filters, roles and the platform gate (SPEC 12)', () => {
  let server: TestServer;
  let ids: string[];
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    server = await startTestServer();
    const result = await server.upload([
      { type: 'PLATFORM', days: 30 },
      { type: 'AGENT', days: 10 },
      { type: 'AGENT', days: 5 },
    ]);
    ids = result.ids;
    const admin = await server.admin();
    tokens.set('ADMIN', admin.token!);
    for (const role of ['LICENSE_MANAGER', 'VIEWER'] as const) {
      const email = `${role.toLowerCase()}@exports.example`;
      await admin.data('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { email, password: 'long enough password', role } });
      tokens.set(role, await server.client().login(email, 'long enough password'));
    }
  });
  afterAll(() => server?.stop());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  it('is RFC 4180 with a UTF-8 BOM, CRLF records and one header row, newest first', async () => {
    const response = await get('/exports/licenses.csv', bearer(tokens.get('VIEWER')!));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'id,type,mode,status,validityDays,permanent,licensee,orderId,issuer,issuedAt,uploadedAt,activateBy,autoGranted,startsAt,endsAt,agentId,agentName',
    );
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual([...ids].reverse());
    expect(lines.at(-1)).toBe('');
  });

  it('keeps the filters of `licenses`: status and type, and refuses unknown values', async () => {
    const auth = bearer(tokens.get('VIEWER')!);
    const unused = await readCsv(await get('/exports/licenses.csv?status=UNUSED', auth));
    expect(unused.kept.slice(1).map((r) => r[0])).toEqual([ids[2], ids[1]]);
    const platform = await readCsv(await get('/exports/licenses.csv?type=PLATFORM&status=ACTIVATED', auth));
    expect(platform.kept.slice(1).map((r) => [r[0], r[3]])).toEqual([[ids[0], 'ACTIVATED']]);
    const bad = await get('/exports/licenses.csv?status=NOPE', auth);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
  });

  it('signs in by session cookie or bearer token; anonymous callers get 401', async () => {
    expect((await get('/exports/licenses.csv')).status).toBe(401);
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: ADMIN_EMAIL, p: ADMIN_PASSWORD },
      }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const response = await get('/exports/audit.csv', { cookie });
    expect(response.status).toBe(200);
    const audit = await readCsv(response);
    expect(audit.kept[0]).toEqual(['at', 'action', 'actorEmail', 'resourceType', 'resourceId', 'summary', 'details']);
    expect(audit.kept.slice(1).map((r) => r[1])).toContain('LICENSE_PACKAGE_UPLOADED');
  });

  it('lets only admins export the audit log; anyone who may read licenses exports them', async () => {
    for (const role of ['LICENSE_MANAGER', 'VIEWER']) {
      const response = await get('/exports/audit.csv', bearer(tokens.get(role)!));
      expect([response.status, ((await response.json()) as { code: string }).code]).toEqual([403, 'FORBIDDEN']);
      expect((await get('/exports/licenses.csv', bearer(tokens.get(role)!))).status).toBe(200);
    }
  });

  it('gates like the GraphQL reads: licenses stay exportable while the platform is expired, the audit log does not', async () => {
    await server.sql("UPDATE platform SET expires_at = now() - interval '1 second'");
    try {
      expect((await get('/exports/licenses.csv', bearer(tokens.get('VIEWER')!))).status).toBe(200);
      const audit = await get('/exports/audit.csv', bearer(tokens.get('ADMIN')!));
      expect([audit.status, ((await audit.json()) as { code: string }).code]).toEqual([403, 'PLATFORM_LICENSE_INACTIVE']);
    } finally {
      await server.sql("UPDATE platform SET expires_at = now() + interval '30 days'");
    }
  });
});
