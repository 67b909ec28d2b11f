import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent, postMessage } from '../support/agents.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { sampleValue, scrape as scrapeMetrics } from '../support/metrics.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DEPLOY = fileURLToPath(new URL('../../deploy/', import.meta.url));
const METRICS_TOKEN = 'metrics-token-for-tests';
/** PromQL operators and keywords, and `up`, which Prometheus makes itself for every target. */
const PROMQL_WORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'group_left', 'group_right', 'up']);

const scrape = (server: TestServer): Promise<string> => scrapeMetrics(server.url, METRICS_TOKEN);

/** The sample lines of the metrics whose names start with `prefix`, sorted. */
const samples = (text: string, prefix: string): string[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .sort();

/** SPEC 13: /metrics reads the license facts from the database, so every replica answers the same. */
describe('GET /metrics on two replicas of one database', () => {
  let db: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startTestServer({ METRICS_TOKEN }, db);
    b = await startTestServer({ METRICS_TOKEN }, db);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('asks for the bearer METRICS_TOKEN when one is set', async () => {
    expect((await fetch(`${a.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${a.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    expect(await scrape(a)).toContain('# TYPE license_certificates gauge');
  });

  it('has no platform expiry while unlicensed; an upload on one replica moves it on the other; both agree', async () => {
    expect(await scrape(a)).not.toMatch(/^license_platform_expiry_timestamp_seconds /m);

    const before = Date.now();
    await b.upload([
      { type: 'PLATFORM', days: 30 },
      { type: 'AGENT', days: 10 },
    ]);
    const onA = await scrape(a);
    const expiry = sampleValue(onA, 'license_platform_expiry_timestamp_seconds');
    expect(expiry).not.toBeNull();
    expect(expiry! * 1000).toBeGreaterThanOrEqual(before + 30 * 86_400_000 - 1000);
    expect(expiry! * 1000).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000 + 1000);
    expect(sampleValue(onA, 'license_certificates{type="AGENT",status="UNUSED"}')).toBe(1);
    expect(sampleValue(onA, 'license_package_uploads_total{outcome="imported"}')).toBe(1);

    expect(samples(await scrape(b), 'license_agent_expiry_timestamp_seconds{')).toEqual([]); // b now keeps its agent section
    const admin = await a.admin();
    const agent = await createAgent(admin, 'Metrics "agent" \\ one');
    const licenses = await admin.data<{ licenses: { edges: { node: { id: string } }[] } }>('{ licenses(type: AGENT) { edges { node { id } } } }');
    await admin.data(BIND, { l: licenses.licenses.edges[0]!.node.id, a: agent.id });
    const onB = await scrape(b);
    const agentExpiry = sampleValue(onB, `license_agent_expiry_timestamp_seconds{agent_id="${agent.id}",agent_name="Metrics \\"agent\\" \\\\ one"}`);
    expect(agentExpiry! * 1000).toBeGreaterThan(Date.now() + 9 * 86_400_000);

    // A permanent platform license: +Inf.
    await a.upload([{ type: 'PLATFORM', days: 'permanent' }]);
    const [afterA, afterB] = [await scrape(a), await scrape(b)];
    expect(samples(afterA, 'license_platform_expiry_timestamp_seconds ')).toEqual(['license_platform_expiry_timestamp_seconds +Inf']);
    expect(samples(afterA, 'license_')).toEqual(samples(afterB, 'license_'));
    expect(samples(afterA, 'license_package_uploads_total')).toEqual(['license_package_uploads_total{outcome="imported"} 2']);
  });

  it('counts channel messages and refused uploads for every replica alike', async () => {
    const admin = await a.admin();
    const agent = await createAgent(admin, 'Unlicensed agent');
    for (let i = 0; i < 3; i += 1) expect((await postMessage(a.url, agent.id, agent.channelToken, 'hi')).status).toBe(403);
    await scrape(a); // writes a's counts
    expect(sampleValue(await scrape(b), 'channel_messages_total{outcome="refused"}')).toBe(3);

    const invalid = await (
      await b.admin()
    ).upload('mutation($file: Upload!) { uploadLicensePackage(file: $file) { imported { id } } }', {
      name: 'junk.lcs',
      content: new TextEncoder().encode('not a package'),
    });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('LICENSE_PACKAGE_INVALID');
    expect(sampleValue(await scrape(a), 'license_package_uploads_total{outcome="invalid"}')).toBe(1);
  });

  it('exports every metric the deploy/ alert rules use', async () => {
    const exported = new Set(
      [...(await scrape(a)).matchAll(/^# TYPE (\w+) (\w+)$/gm)].flatMap(([, name, type]) =>
        type === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name!],
      ),
    );
    const rules = (await readdir(DEPLOY)).filter((f) => /\.ya?ml$/.test(f));
    expect(rules.length).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const file of rules) {
      const text = await readFile(`${DEPLOY}${file}`, 'utf8');
      for (const [, expr] of text.matchAll(/^\s*expr:\s*(?:\|\s*\n)?([\s\S]*?)(?=^\s*(?:for|labels|annotations|- alert|- name):|(?![\s\S]))/gm)) {
        const bare = expr!
          .replace(/\{[^}]*\}/g, ' ') // label matchers
          .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ') // grouping labels
          .replace(/\[[^\]]*\]/g, ' '); // range selectors
        for (const [name] of bare.matchAll(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b(?!\s*\()/g)) {
          if (!PROMQL_WORDS.has(name) && !/^\d/.test(name)) used.add(name);
        }
      }
    }
    expect([...used]).toEqual(
      expect.arrayContaining(['license_platform_expiry_timestamp_seconds', 'license_agent_expiry_timestamp_seconds', 'notification_deliveries_total']),
    );
    expect([...used].filter((name) => !exported.has(name))).toEqual([]);
  });
});
