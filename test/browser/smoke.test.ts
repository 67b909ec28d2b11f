import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchCspViolations } from '../support/browser.js';
import { devVendorKey, issuePackage } from '../support/licenses.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Written beside the test (gitignored); `UPDATE_SCREENSHOTS=1` refreshes the README's copies instead.
const SCREENSHOTS = fileURLToPath(new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : './screenshots/', import.meta.url));
const DAY_MS = 86_400_000;

/**
 * The SPA against the real server in Chromium: sign in, the renewal page of a never-licensed platform,
 * an upload through the page's file input, the licenses table, and a banner arriving live when the
 * license clock moves. Saves the screenshots the README shows.
 */
describe('admin app in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let work: string;
  const pageErrors: string[] = [];
  let cspViolations: string[] = [];

  beforeAll(async () => {
    // The server serves packages/web/dist only if it exists when it starts, so build it first unless it
    // is up to date (the build script the start command runs: always a production build, one at a time).
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--if-stale', 'web'], { cwd: REPO_ROOT, stdio: 'inherit' });
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    cspViolations = watchCspViolations(page);
    work = await mkdtemp(join(tmpdir(), 'smoke-'));
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  let platformId = '';
  let agentIds: readonly string[] = [];

  it('sends a signed-out visitor to the sign-in form, and signs in', async () => {
    const response = await page.goto(`${server.url}/licenses`);
    // The app runs under the server's CSP (no inline scripts); violations are collected above.
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForURL('**/sign-in?next=%2Flicenses');
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/licenses');
  });

  it('shows only the renewal page while the platform was never activated', async () => {
    await page.getByRole('heading', { name: 'This platform has not been activated' }).waitFor();
    expect(await page.getByText(await server.instanceId(), { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation').count()).toBe(0);
  });

  it('uploads a package through the page and opens the app with the certificates and their badges', async () => {
    const pkg = await issuePackage(await devVendorKey(server.dataDir), await server.instanceId(), [
      { type: 'PLATFORM', days: 365, licensee: 'ACME Corp' },
      { type: 'AGENT', days: 30, licensee: 'ACME Corp' },
      { type: 'AGENT', days: 90, mode: 'BUYOUT', licensee: 'ACME Corp' },
    ]);
    platformId = pkg.ids[0]!;
    agentIds = pkg.ids.slice(1);
    const file = join(work, 'acme.lcs');
    await writeFile(file, pkg.content);
    await page.locator('input[type=file]').setInputFiles(file);
    // SPEC 12: the package is previewed first and imported on confirmation.
    await page.getByRole('region', { name: 'Package preview' }).getByText('acme.lcs: 3 certificates to import, 0 already imported.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await page.getByRole('heading', { name: 'Licenses', level: 1 }).waitFor();
    await page.getByText('acme.lcs: 3 certificates imported.').waitFor();
    const row = (id: string) => page.getByRole('row').filter({ hasText: id });
    expect(await row(platformId).locator('.badge').innerText()).toBe('Activated');
    for (const id of agentIds) {
      expect(await row(id).locator('.badge').innerText()).toBe('Unused');
      expect(await row(id).getByRole('button', { name: 'Bind to agent…' }).isVisible()).toBe(true);
    }
    expect(await page.locator('.header').innerText()).toContain('365 days left');
    await page.screenshot({ path: join(SCREENSHOTS, 'licenses.png'), fullPage: true });
  });

  it('shows a banner without a reload when the clock nears the platform expiry', async () => {
    // A marker that a reload would wipe out.
    await page.evaluate(() => {
      (window as unknown as Record<string, unknown>).smokeMarker = 'still here';
    });
    const admin = await server.admin();
    const { platform } = await admin.data<{ platform: { expiresAt: string } }>('{ platform { expiresAt } }');
    await server.setClock(new Date(Date.parse(platform.expiresAt) - 40 * DAY_MS));
    await server.sweep();

    const banner = page.locator('.banner').filter({ hasText: 'Platform license expires in 40 days' });
    await banner.waitFor();
    expect(await banner.getAttribute('class')).toContain('banner--notice');

    // An agent licensed for 6 days joins the list, most urgent first and red.
    const { createAgent } = await admin.data<{ createAgent: { id: string } }>('mutation { createAgent(input: { name: "Sales bot" }) { id } }');
    const short = await server.upload([{ type: 'AGENT', days: 6 }]);
    await admin.data('mutation($l: ID!, $a: ID!) { bindAgentLicense(licenseId: $l, agentId: $a) { id } }', { l: short.ids[0], a: createAgent.id });
    const agentBanner = page.locator('.banner').filter({ hasText: 'Agent Sales bot: license expires in 6 days' });
    await agentBanner.waitFor();
    expect(await agentBanner.getAttribute('class')).toContain('banner--critical');
    expect(await page.locator('.banner').first().innerText()).toContain('Agent Sales bot');

    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).smokeMarker)).toBe('still here');
    const box = await page.locator('.banners').boundingBox();
    expect(box).not.toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, 'banner.png'), clip: { x: 0, y: 0, width: 1360, height: Math.ceil(box!.y + box!.height + 16) } });
    expect(pageErrors).toEqual([]);
    expect(cspViolations, 'CSP violations').toEqual([]);
  });
});
