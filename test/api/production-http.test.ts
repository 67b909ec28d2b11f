import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOGIN = `mutation { login(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { token } }`;

const login = (server: TestServer, headers: Record<string, string>): Promise<Response> =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: LOGIN }) });

/** SPEC 13, what an operator expects: compressed, cacheable assets; and TRUST_PROXY. */
describe('serving in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    execFileSync(process.execPath, [`${REPO_ROOT}scripts/build.mjs`, '--if-stale', 'web'], { cwd: REPO_ROOT, stdio: 'inherit' });
    server = await startTestServer({ TRUST_PROXY: 'loopback' });
  }, 180_000);
  afterAll(() => server?.stop());

  it('serves hashed assets compressed and cacheable for a year, and index.html revalidated', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const main = /src="(\/assets\/index-[^"]+\.js)"/.exec(await index.text())![1]!;
    const asset = await fetch(`${server.url}${main}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.url}/assets/missing-0000.js`)).status).toBe(404);
  });

  it('marks the session cookie Secure when a trusted proxy says the request came over TLS', async () => {
    const overTls = await login(server, { 'x-forwarded-proto': 'https' });
    expect(overTls.headers.get('set-cookie')).toMatch(/; Secure/);
    const plain = await login(server, {});
    expect(plain.headers.get('set-cookie')).not.toMatch(/; Secure/);
  });
});
