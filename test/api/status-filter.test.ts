import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent } from '../support/agents.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-06-01T00:00:00Z');
const at = (days: number, seconds = 0) => new Date(T0.getTime() + days * DAY + seconds * 1000);
const LIST = 'query($s: LicenseStatus) { licenses(first: 100, status: $s) { totalCount edges { node { id status } } } }';
type List = { licenses: { totalCount: number; edges: { node: { id: string; status: string } }[] } };

/**
 * `licenses(status:)` filters in SQL (license-status.sql.ts) while `License.status` comes from the pure
 * rule; at every instant, including each boundary second, both must agree on every certificate.
 */
describe('the status filter agrees with the status rule', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
    const admin = await server.admin();
    await server.upload([
      { type: 'PLATFORM', days: 10 },
      { type: 'PLATFORM', days: 10 },
      { type: 'PLATFORM_UNLIMITED_AGENTS', days: 'permanent' },
      { type: 'PLATFORM', days: 3 },
    ]);
    const keep = await createAgent(admin, 'Kept bot');
    const doomed = await createAgent(admin, 'Doomed bot');
    const { ids } = await server.upload([
      { type: 'AGENT', days: 5 },
      { type: 'AGENT', days: 5 },
      { type: 'AGENT', days: 'permanent' },
      { type: 'AGENT', days: 5, activateBy: at(3) },
      { type: 'AGENT', days: 5 },
      { type: 'AGENT', days: 5 },
    ]);
    await admin.data(BIND, { l: ids[0], a: keep.id });
    await admin.data(BIND, { l: ids[1], a: keep.id });
    await admin.data(BIND, { l: ids[4], a: doomed.id });
    await server.setClock(at(2));
    await admin.data('mutation($id: ID!) { deleteAgent(id: $id) }', { id: doomed.id });
  });
  afterAll(() => server?.stop());

  const instants = [at(0), at(2, -1), at(2), at(3, -1), at(3), at(5, -1), at(5), at(10), at(20, -1), at(20), at(1000)];
  for (const instant of instants) {
    it(`at ${instant.toISOString()}`, async () => {
      await server.setClock(instant);
      const admin = await server.admin();
      const all = await admin.data<List>(LIST, { s: null });
      for (const status of ['UNUSED', 'ACTIVATED', 'EXPIRED']) {
        const filtered = await admin.data<List>(LIST, { s: status });
        const want = all.licenses.edges.filter((e) => e.node.status === status).map((e) => e.node.id);
        expect(filtered.licenses.edges.map((e) => e.node.id)).toEqual(want);
        expect(filtered.licenses.totalCount).toBe(want.length);
      }
    });
  }
});
