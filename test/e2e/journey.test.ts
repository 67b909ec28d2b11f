import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchCspViolations } from '../support/browser.js';
import { issueWithCli, writeTampered, type IssuedPackage, type PackagedCertificate } from '../support/e2e-lcs.js';
import { dropFile, formatInPage, PAGE_TIMEOUT_MS, readMarker, screenshot, setMarker, stepRunner, waitForText, type StepRunner } from '../support/e2e-page.js';
import { startProductServer, tail, type ProductServer } from '../support/e2e-server.js';
import { postMessage } from '../support/agents.js';
import { GraphQLTestClient } from '../support/graphql-client.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/receivers.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const DAY_MS = 86_400_000;

const ADMIN_EMAIL = 'admin@e2e.example';
const ADMIN_PASSWORD = 'e2e admin password';
const VIEWER_EMAIL = 'viewer@e2e.example';
const VIEWER_PASSWORD = 'e2e viewer password';

/** The vendor's order of issue 7, as `lcs issue --cert` arguments. */
const ORDER = [
  'type=PLATFORM,mode=SUBSCRIPTION,days=365,licensee=ACME Ltd',
  'type=AGENT,mode=SUBSCRIPTION,days=30,licensee=ACME Ltd',
  'type=AGENT,mode=SUBSCRIPTION,days=30,licensee=ACME Ltd',
  'type=AGENT,mode=BUYOUT,permanent,licensee=ACME Ltd',
  'type=AGENT,mode=TEST,days=7,licensee=ACME Ltd',
];
const RENEWAL = ['type=PLATFORM,mode=SUBSCRIPTION,days=365,licensee=ACME Ltd'];

/** Columns of the certificates table (licenses page and agent page). */
const COLUMN = { certificate: 0, type: 1, mode: 2, validity: 3, licensee: 4, boundTo: 5, status: 6, coverage: 7 } as const;

interface LicenseFacts {
  id: string;
  status: string;
  startsAt: string | null;
  endsAt: string | null;
}

/**
 * Issue 7: the whole life of a license in the browser, against the product started as the README starts
 * it (`pnpm start`, with LICENSE_TEST_HOOKS=1 to move the license clock): never activated → CLI-made
 * package dropped in → re-upload skipped → tampered package refused → agents bound and talking →
 * licenses stacking and running out → reminders and banners live → the platform expiring and renewed →
 * an agent deleted → what a viewer may do. Every step is checked on the page.
 *
 * The steps share one page and run in one test, so nothing runs after the first failure. Step 8 (an
 * agent license runs out, 60 days in) runs before step 7 (the platform's reminders, 325 and 359 days
 * in): the license clock only moves forward.
 */
describe('issue 7: the license journey in Chromium', () => {
  let server: ProductServer;
  let browser: Browser;
  let page: Page;
  let work: string;
  let step: StepRunner;
  const pageErrors: string[] = [];
  let cspViolations: string[] = [];
  let receiver: WebhookReceiver | undefined;

  beforeAll(async () => {
    const started = Date.now();
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const file of await readdir(SCREENSHOTS)) if (file.endsWith('.png')) await rm(join(SCREENSHOTS, file));
    work = await mkdtemp(join(tmpdir(), 'license-e2e-'));
    [server, browser] = await Promise.all([startProductServer({ adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD }), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    cspViolations = watchCspViolations(page);
    step = stepRunner(page, SCREENSHOTS);
    console.log(`  server (built and started with pnpm start) ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${server.url}`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('goes from a fresh install to renewal, with every step on the page', async () => {
    // ---- locators -------------------------------------------------------------------------------
    const heading = (name: string): Locator => page.getByRole('heading', { level: 1, name, exact: true });
    const header = (): Locator => page.getByRole('banner');
    const mainNav = (): Locator => page.getByRole('navigation', { name: 'Main' });
    const goTo = async (link: 'Licenses' | 'Agents' | 'Notifications' | 'Users', title = link): Promise<void> => {
      await mainNav().getByRole('link', { name: link, exact: true }).click();
      await heading(title).waitFor();
    };
    const uploadRegion = (): Locator => page.getByRole('region', { name: 'Upload license package' });
    const dropZone = (): Locator => uploadRegion().getByText('Drag a .lcs file from your vendor here');
    // SPEC 12: a chosen package is previewed first; nothing is imported until Import is pressed.
    const importPreviewed = async (fileName: string, expectText: string, shot?: string): Promise<void> => {
      const preview = uploadRegion().getByRole('region', { name: 'Package preview' });
      await waitForText(preview, (t) => t.includes(`${fileName}:`) && t.includes(expectText), 'the package preview');
      if (shot) await screenshot(page, SCREENSHOTS, shot);
      await uploadRegion().getByRole('button', { name: 'Import', exact: true }).click();
    };
    const countLine = (): Locator => page.getByText(/^Showing \d+ of \d+$/);
    const row = (text: string): Locator => page.getByRole('row').filter({ hasText: text });
    const cell = (text: string, column: number): Locator => row(text).getByRole('cell').nth(column);
    const cellText = async (text: string, column: number): Promise<string> => (await cell(text, column).innerText()).trim();
    const banner = (text: string): Locator => page.getByRole('region', { name: 'License expiry warnings' }).getByRole('listitem').filter({ hasText: text });
    const chatLine = (text: string): Locator => page.getByRole('list', { name: 'Conversation' }).getByRole('listitem').filter({ hasText: text });
    const noReload = async (): Promise<void> => {
      expect(await readMarker(page), 'the page was reloaded (the window marker is gone)').toBe('no reload');
    };
    const fmt = (iso: string): Promise<string> => formatInPage(page, iso);
    // SPEC 12's coverage timeline: its chart (named with a summary) and the table of the same windows.
    const coverageChart = (region: Locator, summary: string): Locator => region.getByRole('group', { name: summary });
    // Opens the timeline's table and reads its rows; `hideCoverageTable` closes it again, so that `row()`
    // finds only the certificates tables.
    const coverageRows = async (region: Locator): Promise<string[]> => {
      await region.getByRole('button', { name: 'Show the windows as a table' }).click();
      const rows = region.getByRole('table').getByRole('row');
      await rows.nth(1).waitFor();
      return (await rows.allInnerTexts()).slice(1).map((r) => r.replace(/\s+/g, ' ').trim());
    };
    const hideCoverageTable = (region: Locator): Promise<void> => region.getByRole('button', { name: 'Hide the table' }).click();

    // ---- API reads (only to know exact instants; every assertion is made on the page) ------------
    let api: GraphQLTestClient | null = null;
    const admin = async (): Promise<GraphQLTestClient> => {
      api ??= new GraphQLTestClient(server.url, await new GraphQLTestClient(server.url).login(ADMIN_EMAIL, ADMIN_PASSWORD));
      return api;
    };
    const license = async (id: string): Promise<LicenseFacts> =>
      (await (await admin()).data<{ license: LicenseFacts }>('query($id: ID!) { license(id: $id) { id status startsAt endsAt } }', { id })).license;
    const platformExpiry = async (): Promise<string> => {
      const { platform } = await (await admin()).data<{ platform: { expiresAt: string | null } }>('{ platform { expiresAt } }');
      if (!platform.expiresAt) throw new Error('the platform has no expiry');
      return platform.expiresAt;
    };
    const moveClock = async (now: Date): Promise<void> => {
      await server.setClock(now);
      await server.sweep();
    };

    // ---- the bind dialog, as a user goes through it ----------------------------------------------
    const bindThroughDialog = async (licenseId: string, agentName: string): Promise<string> => {
      await row(licenseId).getByRole('button', { name: 'Bind to agent…' }).click();
      const pick = page.getByRole('dialog', { name: 'Bind license to an agent' });
      await pick.waitFor();
      await pick.getByText('A binding is final: once bound, the license cannot be moved to another agent or unbound.').waitFor();
      await pick.getByLabel('Search agents by name').fill(agentName);
      await pick.getByRole('radio', { name: new RegExp(`^${agentName}`) }).check();
      await pick.getByRole('button', { name: `Bind to ${agentName}…` }).click();
      const confirm = page.getByRole('dialog', { name: 'Confirm the binding' });
      await confirm.getByText('This is final: a binding can never be changed or removed.').waitFor();
      // SPEC 12: the agent's expiry before → after and the window this certificate gets.
      await waitForText(
        confirm,
        (t) => t.includes(`${agentName}: `) && t.includes(' → ') && /This license (will cover|covers|gets no window)/.test(t),
        'the before → after',
      );
      await confirm.getByRole('button', { name: `Yes, bind to ${agentName}` }).click();
      const done = page.getByRole('dialog', { name: 'License bound' });
      const said = await waitForText(done.getByRole('status'), (t) => t.includes(`is now bound to ${agentName}`), 'the bound dialog');
      await done.getByRole('button', { name: 'Close' }).click();
      await done.waitFor({ state: 'detached' });
      return said;
    };

    // ---- the chat --------------------------------------------------------------------------------
    const say = async (agentName: string, text: string): Promise<void> => {
      await page.getByLabel(`Message to ${agentName}`).fill(text);
      await page.getByRole('region', { name: 'Test chat', exact: true }).getByRole('button', { name: 'Send', exact: true }).click();
    };

    let instanceId = '';
    let acme!: IssuedPackage;
    let certificateCount = 0;
    let platformCert!: PackagedCertificate;
    let agent30a!: PackagedCertificate;
    let agent30b!: PackagedCertificate;
    let permanentCert!: PackagedCertificate;
    let testCert!: PackagedCertificate;
    let salesId = '';
    let supportId = '';
    let salesToken = '';

    await step('01 a fresh install shows the renewal page', async () => {
      await page.goto(`${server.url}/`);
      await page.waitForURL('**/sign-in');
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading('This platform has not been activated').waitFor();
      await page.getByText('Its license was never activated.').waitFor();
      instanceId = await server.instanceId();
      expect((await page.getByLabel('Platform instance id', { exact: true }).innerText()).trim()).toBe(instanceId);
      // Nothing but the renewal page: no navigation, and the upload is right there.
      expect(await mainNav().count()).toBe(0);
      await uploadRegion().waitFor();
      // The bundle the server sends is React's production build (vite ran without NODE_ENV=test).
      const html = await (await fetch(`${server.url}/`)).text();
      const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
      expect(entry, 'the entry script of index.html').toBeTruthy();
      expect(await (await fetch(`${server.url}${entry}`)).text()).toContain('Minified React error');
      await screenshot(page, SCREENSHOTS, '01-renewal-page');
    });

    await step('02 a CLI-made package dropped on the renewal page opens the app', async () => {
      acme = await issueWithCli(server.dataDir, ORDER, join(work, 'acme.lcs'));
      [platformCert, agent30a, agent30b, permanentCert, testCert] = acme.certificates as [
        PackagedCertificate,
        PackagedCertificate,
        PackagedCertificate,
        PackagedCertificate,
        PackagedCertificate,
      ];
      expect(acme.certificates.map((c) => `${c.type}/${c.mode}`)).toEqual([
        'PLATFORM/SUBSCRIPTION',
        'AGENT/SUBSCRIPTION',
        'AGENT/SUBSCRIPTION',
        'AGENT/BUYOUT',
        'AGENT/TEST',
      ]);
      await dropFile(dropZone(), acme.path, 'acme.lcs');
      await importPreviewed('acme.lcs', 'Platform license: never licensed → until', '02-preview');

      // The gate opens on the licenses page, and the upload's result is still there to read.
      await heading('Licenses').waitFor();
      const result = page.getByRole('status').filter({ hasText: 'acme.lcs: 5 certificates imported.' });
      const said = await waitForText(result, (t) => acme.certificates.every((c) => t.includes(c.id)), 'the upload result listing every certificate');
      expect(said).toContain(`${platformCert.id}: Platform license, 365 days.`);
      expect(said).toContain(`${permanentCert.id}: Agent license, permanent.`);
      expect(said).toContain('Bind it to an agent to activate it.');
      await mainNav().waitFor();
      await waitForText(header(), (t) => t.includes('365 days left'), 'the header');
      certificateCount = 5;
      await waitForText(countLine(), (t) => t === 'Showing 5 of 5', 'the table count');
      expect(await cellText(platformCert.id, COLUMN.status)).toBe('Activated');
      expect(await cellText(platformCert.id, COLUMN.boundTo)).toBe('The platform');
      for (const c of [agent30a, agent30b, permanentCert, testCert]) {
        expect(await cellText(c.id, COLUMN.status)).toBe('Unused');
        expect(await row(c.id).getByRole('button', { name: 'Bind to agent…' }).count()).toBe(1);
      }
      expect(await cellText(testCert.id, COLUMN.mode)).toBe('Test');
      expect(await cellText(permanentCert.id, COLUMN.validity)).toBe('Permanent');
      // The platform's coverage: one current window of 365 days, with now, the expiry and the reminders.
      const coverage = page.getByRole('region', { name: 'Platform coverage' });
      const expiry = await platformExpiry();
      await coverageChart(coverage, `Platform coverage: 1 window; expires ${await fmt(expiry)}.`).waitFor();
      expect(await coverage.getByRole('img').count()).toBe(1);
      expect(await coverage.getByText('45 d', { exact: true }).count()).toBe(1);
      await screenshot(page, SCREENSHOTS, '02-imported');
      expect(await coverageRows(coverage)).toEqual([
        `${platformCert.id} Platform license Current ${await fmt((await license(platformCert.id)).startsAt!)} ${await fmt(expiry)} No`,
      ]);
      await coverage.screenshot({ path: join(SCREENSHOTS, '02-platform-coverage.png') });
      await hideCoverageTable(coverage);
    });

    await step('03 the same package again is skipped and changes nothing', async () => {
      const headerBefore = (await header().innerText()).trim();
      await dropFile(dropZone(), acme.path, 'acme.lcs');
      await importPreviewed('acme.lcs', 'Already imported: it will be skipped.');
      const result = page.getByRole('status').filter({ hasText: 'acme.lcs: 0 certificates imported, 5 skipped.' });
      const said = await waitForText(result, (t) => acme.certificates.every((c) => t.includes(c.id)), 'the re-upload result');
      expect(said).toContain('Skipped, because they were already imported (nothing changed for them):');
      expect(said).not.toContain('Imported:');
      expect((await header().innerText()).trim()).toBe(headerBefore);
      expect(headerBefore).toContain('365 days left');
      expect((await countLine().innerText()).trim()).toBe(`Showing ${certificateCount} of ${certificateCount}`);
      expect(await cellText(platformCert.id, COLUMN.status)).toBe('Activated');
      await screenshot(page, SCREENSHOTS, '03-reupload-skipped');
    });

    await step('04 a tampered package is refused, naming the bad certificate', async () => {
      const fresh = await issueWithCli(server.dataDir, ORDER, join(work, 'fresh.lcs'));
      const tampered = await writeTampered(fresh, 1, join(work, 'tampered.lcs'));
      const bad = tampered.certificates[1]!;
      // Picked with the file chooser this time (the label of the hidden file input).
      await uploadRegion().getByLabel('Choose a license package (.lcs)').setInputFiles(tampered.path);
      const alert = page.getByRole('alert').filter({ hasText: 'tampered.lcs was refused; nothing was imported.' });
      await alert.waitFor();
      const problems = alert.getByRole('listitem');
      expect(await problems.count()).toBe(1);
      const problem = (await problems.innerText()).trim();
      expect(problem).toContain(`Certificate 2 of the file (index 1, id “${bad.id}”)`);
      expect(problem).toContain("The certificate's signature is not valid");
      // Nothing imported: not even the package's good certificates.
      expect((await countLine().innerText()).trim()).toBe(`Showing ${certificateCount} of ${certificateCount}`);
      for (const c of fresh.certificates) expect(await row(c.id).count()).toBe(0);
      expect(await header().innerText()).toContain('365 days left');
      await screenshot(page, SCREENSHOTS, '04-tampered-refused');
    });

    await step('05 two agents; an agent license bound to one', async () => {
      await goTo('Agents');
      for (const name of ['Sales bot', 'Support bot']) {
        await page.getByLabel("New agent's name").fill(name);
        await page.getByRole('button', { name: 'Create agent' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `Created ${name}.` })
          .waitFor();
        await row(name).waitFor();
      }
      expect(await cellText('Sales bot', 1)).toBe('Unlicensed');
      const agentId = async (name: string): Promise<string> => {
        const href = await row(name).getByRole('link', { name, exact: true }).getAttribute('href');
        return decodeURIComponent(href?.split('/').pop() ?? '');
      };
      salesId = await agentId('Sales bot');
      supportId = await agentId('Support bot');

      await goTo('Licenses');
      const said = await bindThroughDialog(agent30a.id, 'Sales bot');
      expect(said).toMatch(/Sales bot is now available until .+ \(30 days left\)\./);
      await waitForText(cell(agent30a.id, COLUMN.status), (t) => t === 'Activated', 'the bound certificate status');
      expect(await cellText(agent30a.id, COLUMN.boundTo)).toBe('Sales bot');
      expect(await row(agent30a.id).getByRole('button', { name: 'Bind to agent…' }).count()).toBe(0);
      expect(await row(agent30b.id).getByRole('button', { name: 'Bind to agent…' }).count()).toBe(1);

      // The agent's settings page shows its available date.
      await row(agent30a.id).getByRole('link', { name: 'Sales bot' }).click();
      await heading('Sales bot').waitFor();
      const bound = await license(agent30a.id);
      expect(bound.status).toBe('ACTIVATED');
      await page.getByText(`Until ${await fmt(bound.endsAt!)} (30 days left)`, { exact: true }).waitFor();
      expect(await cellText(agent30a.id, COLUMN.status)).toBe('Activated');
      await screenshot(page, SCREENSHOTS, '05-license-bound');
    });

    await step('06 the test chat answers from the flow; the unlicensed agent refuses in words', async () => {
      // On Sales bot's page: a rule "price" → "Plans start at 10 EUR.".
      await page.getByRole('button', { name: 'Add rule' }).click();
      await page.getByLabel('Rule 1: when a message contains', { exact: true }).fill('price');
      await page.getByLabel('Rule 1: reply', { exact: true }).fill('Plans start at 10 EUR.');
      await page.getByRole('button', { name: 'Save flow' }).click();
      await page.getByRole('region', { name: 'Dialogue flow', exact: true }).getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await say('Sales bot', 'What is the PRICE of a plan?');
      await chatLine('Sales bot: Plans start at 10 EUR.').waitFor();
      // Its channel token, read from the page (used in step 9).
      await page.getByRole('region', { name: 'Channel', exact: true }).getByRole('button', { name: 'Show' }).click();
      salesToken = (await page.getByLabel('Channel token', { exact: true }).innerText()).trim();
      expect(salesToken).not.toMatch(/•/);
      await screenshot(page, SCREENSHOTS, '06-test-chat');

      await goTo('Agents');
      await row('Support bot').getByRole('link', { name: 'Support bot', exact: true }).click();
      await heading('Support bot').waitFor();
      await page.getByText('No license is bound to this agent, so it cannot talk.').waitFor();
      await say('Support bot', 'hello, what is the price?');
      await chatLine('Notice: Support bot did not answer: it has never been licensed. The message was recorded but got no reply.').waitFor();
      expect(await chatLine('Plans start').count()).toBe(0);
      await screenshot(page, SCREENSHOTS, '06-test-chat-refused');
    });

    await step('08 a second license stacks after the first; then the agent license runs out', async () => {
      // Run before step 7: the platform reminders need the clock 325 days ahead, far past this agent's 60.
      await goTo('Licenses');
      const said = await bindThroughDialog(agent30b.id, 'Sales bot');
      expect(said).toMatch(/Sales bot is now available until .+ \(60 days left\)\./);
      const first = await license(agent30a.id);
      const second = await license(agent30b.id);
      expect(second.startsAt).toBe(first.endsAt);
      expect(Date.parse(second.endsAt!) - Date.parse(second.startsAt!)).toBe(30 * DAY_MS);
      await waitForText(cell(agent30b.id, COLUMN.status), (t) => t === 'Activated', 'the second certificate status');
      expect(await cellText(agent30a.id, COLUMN.coverage)).toBe(`Until ${await fmt(first.endsAt!)}`);
      // Its window starts when the first one ends.
      expect(await cellText(agent30b.id, COLUMN.coverage)).toBe(`Starts on ${await fmt(first.endsAt!)}, until ${await fmt(second.endsAt!)}`);
      expect(await cellText(agent30b.id, COLUMN.boundTo)).toBe('Sales bot');

      await row(agent30b.id).getByRole('link', { name: 'Sales bot' }).click();
      await heading('Sales bot').waitFor();
      await page.getByText(`Until ${await fmt(second.endsAt!)} (60 days left)`, { exact: true }).waitFor();
      // Its coverage: the first window current, the second queued behind it.
      const coverage = page.getByRole('region', { name: 'Coverage', exact: true });
      await coverageChart(coverage, `Coverage of Sales bot: 2 windows; expires ${await fmt(second.endsAt!)}.`).waitFor();
      expect(await coverage.getByRole('img').evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')?.split(':')[0]))).toEqual([
        'Current',
        'Queued',
      ]);
      expect(await coverageRows(coverage)).toEqual([
        `${agent30a.id} Agent license Current ${await fmt(first.startsAt!)} ${await fmt(first.endsAt!)} No`,
        `${agent30b.id} Agent license Queued ${await fmt(second.startsAt!)} ${await fmt(second.endsAt!)} No`,
      ]);
      await coverage.screenshot({ path: join(SCREENSHOTS, '08-agent-coverage.png') });
      await screenshot(page, SCREENSHOTS, '08-agent-coverage-page');
      await hideCoverageTable(coverage);

      // The clock passes the end of both: the page follows live.
      await setMarker(page, 'no reload');
      await moveClock(new Date(Date.parse(second.endsAt!) + 60_000));
      await page.getByText(`Expired on ${await fmt(second.endsAt!)}`, { exact: true }).waitFor();
      await noReload();
      await waitForText(cell(agent30b.id, COLUMN.status), (t) => t === 'Expired', "the second certificate's status on the agent page");
      await say('Sales bot', 'price?');
      await chatLine(`Notice: Sales bot did not answer: its license expired on ${await fmt(second.endsAt!)}.`).waitFor();
      await banner('Agent Sales bot: license expired on').waitFor();
      await screenshot(page, SCREENSHOTS, '08-agent-expired');

      await goTo('Agents');
      await waitForText(cell('Sales bot', 1), (t) => t === 'Expired', "Sales bot's badge in the agents list");
      expect(await cellText('Support bot', 1)).toBe('Unlicensed');
    });

    await step('07 reminders 40 and 6 days before the platform expires: a banner, live, turning urgent', async () => {
      const expiresAt = await platformExpiry();
      const end = Date.parse(expiresAt);
      await setMarker(page, 'no reload');
      expect(await banner('Platform license').count()).toBe(0);

      await moveClock(new Date(end - 40 * DAY_MS));
      const notice = banner('Platform license expires in 40 days');
      await notice.waitFor();
      expect(await notice.getAttribute('class')).toContain('banner--notice');
      await waitForText(header(), (t) => t.includes('40 days left'), 'the header');
      await screenshot(page, SCREENSHOTS, '07-banner-40-days');

      await moveClock(new Date(end - 6 * DAY_MS));
      const urgent = banner('Platform license expires in 6 days');
      await urgent.waitFor();
      expect(await urgent.getAttribute('class')).toContain('banner--critical');
      expect(await urgent.getAttribute('data-urgency')).toBe('critical');
      expect(await banner('Platform license expires in 40 days').count()).toBe(0);
      await noReload();

      await goTo('Notifications');
      const when = await fmt(expiresAt);
      const reminder = (days: number): Locator =>
        page.getByRole('listitem').filter({ hasText: `Platform license expires on ${when} (${days} days left when this reminder was sent).` });
      await reminder(40).waitFor();
      await reminder(6).waitFor();
      expect(await reminder(40).getByText('Reminder', { exact: true }).count()).toBe(1);
      await noReload();
      await screenshot(page, SCREENSHOTS, '07-banner-urgent');
    });

    let supportReply = '';
    await step('09 the platform expires: only the renewal page, licensed agents still answer, a renewal reopens', async () => {
      // A permanent agent license keeps Support bot talking whatever the platform does.
      await goTo('Licenses');
      expect(await bindThroughDialog(permanentCert.id, 'Support bot')).toContain('Support bot is licensed permanently.');
      await waitForText(cell(permanentCert.id, COLUMN.status), (t) => t === 'Activated', 'the permanent certificate status');
      await row(permanentCert.id).getByRole('link', { name: 'Support bot' }).click();
      await heading('Support bot').waitFor();
      await page.getByText('Permanently', { exact: true }).waitFor();
      const channel = page.getByRole('region', { name: 'Channel', exact: true });
      const endpoint = (await channel.getByText(/^POST http/).innerText()).trim().replace(/^POST /, '');
      expect(endpoint).toBe(`${server.url}/channels/${supportId}/messages`);
      await channel.getByRole('button', { name: 'Show' }).click();
      const supportToken = (await page.getByLabel('Channel token', { exact: true }).innerText()).trim();
      supportReply = await page.getByLabel('Fallback (the answer when no rule matches)').inputValue();

      const expiresAt = await platformExpiry();
      await setMarker(page, 'no reload');
      await moveClock(new Date(Date.parse(expiresAt) + 60_000));
      // Live: the open agent page turns into the renewal page.
      await heading('The platform license has expired').waitFor();
      await noReload();
      await page.getByText(`The platform license expired on ${await fmt(expiresAt)}.`).waitFor();
      expect(await mainNav().count()).toBe(0);
      await screenshot(page, SCREENSHOTS, '09-platform-expired');

      for (const path of ['/agents', `/agents/${salesId}`, '/notifications', '/users', '/audit', '/licenses']) {
        await page.goto(`${server.url}${path}`);
        await heading('The platform license has expired').waitFor();
        expect(await mainNav().count(), `navigation on ${path}`).toBe(0);
        expect(await page.getByRole('heading', { level: 1 }).count(), `headings on ${path}`).toBe(1);
      }

      // The channel still answers for the licensed agent, and still refuses the expired one.
      const licensed = await postMessage(server.url, supportId, supportToken, 'hello');
      expect(licensed).toEqual({ status: 200, body: { replies: [{ text: supportReply }] } });
      const expired = await postMessage(server.url, salesId, salesToken, 'price?');
      expect(expired.status).toBe(403);
      expect(expired.body.code).toBe('AGENT_LICENSE_INACTIVE');

      // A renewal dropped on the renewal page brings the app back.
      const renewal = await issueWithCli(server.dataDir, RENEWAL, join(work, 'renewal.lcs'));
      await dropFile(dropZone(), renewal.path, 'renewal.lcs');
      await importPreviewed('renewal.lcs', 'Extends the platform to');
      await heading('Licenses').waitFor();
      await page.getByRole('status').filter({ hasText: 'renewal.lcs: 1 certificate imported.' }).waitFor();
      await mainNav().waitFor();
      await waitForText(header(), (t) => t.includes('365 days left'), 'the header after the renewal');
      certificateCount += 1;
      await waitForText(countLine(), (t) => t === `Showing ${certificateCount} of ${certificateCount}`, 'the table count');
      expect(await cellText(renewal.certificates[0]!.id, COLUMN.status)).toBe('Activated');
      expect(await cellText(platformCert.id, COLUMN.status)).toBe('Expired');
      await screenshot(page, SCREENSHOTS, '09-renewed');
    });

    await step('10 deleting an agent marks its certificate Expired', async () => {
      expect(await cellText(permanentCert.id, COLUMN.status)).toBe('Activated');
      await goTo('Agents');
      await row('Support bot').getByRole('link', { name: 'Support bot', exact: true }).click();
      await heading('Support bot').waitFor();
      await page.getByRole('button', { name: 'Delete agent…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete agent Support bot?' });
      await dialog.getByText('Its 1 license will expire and cannot be bound to another agent.').waitFor();
      await dialog.getByRole('button', { name: 'Delete agent' }).click();
      await heading('Agents').waitFor();
      await row('Sales bot').waitFor();
      expect(await row('Support bot').count()).toBe(0);

      await goTo('Licenses');
      await waitForText(cell(permanentCert.id, COLUMN.status), (t) => t === 'Expired', 'the deleted agent’s certificate status');
      // Still bound to it, marked deleted, with no link to a page that is gone.
      expect(await cellText(permanentCert.id, COLUMN.boundTo)).toBe('Support bot (deleted)');
      expect(await row(permanentCert.id).getByRole('link', { name: 'Support bot' }).count()).toBe(0);
      // Its channel is gone too.
      expect((await postMessage(server.url, supportId, 'any', 'hello')).status).toBe(404);
      // The admin still has a bind action on the one unused certificate (the viewer must not, step 11).
      expect(await cellText(testCert.id, COLUMN.status)).toBe('Unused');
      expect(await row(testCert.id).getByRole('button', { name: 'Bind to agent…' }).count()).toBe(1);
      await screenshot(page, SCREENSHOTS, '10-agent-deleted');
    });

    await step('10b the admin adds a webhook endpoint, sends a test and sees it delivered', async () => {
      // A local receiver: the e2e server is not in production, where loopback addresses are refused.
      const hooks = await startWebhookReceiver();
      receiver = hooks;
      await mainNav().getByRole('link', { name: 'Webhooks', exact: true }).click();
      await heading('Webhooks').waitFor();
      await page.getByLabel('URL (http or https)').fill(hooks.url);
      await page.getByLabel('Description (optional)').fill('Operations alerts');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = page.getByRole('region', { name: 'Signing secret' });
      const said = await waitForText(secret, (t) => /whsec_\S{44}/.test(t), 'the signing secret');
      expect(said).toContain('it is shown this once and never again');
      await secret.getByRole('button', { name: 'Copy the signing secret' }).waitFor();
      await screenshot(page, SCREENSHOTS, '10b-webhook-secret');
      await secret.getByRole('button', { name: 'Done' }).click();
      await row(hooks.url).waitFor();

      await page.getByRole('button', { name: `Send a test to ${hooks.url}` }).click();
      const deliveries = page.getByRole('region', { name: `Deliveries to ${hooks.url}` });
      const line = await waitForText(deliveries.getByRole('row').nth(1), (t) => t.includes('Delivered'), 'the test delivery');
      expect(line).toContain('webhook.test');
      expect(line).toContain('200');
      const [request] = await hooks.waitFor(1);
      expect(JSON.parse(request!.body)).toMatchObject({ type: 'webhook.test' });
      await screenshot(page, SCREENSHOTS, '10b-webhook-delivered');
    });

    await step('11 a viewer sees the lists but no upload, bind, create or delete', async () => {
      await goTo('Users');
      const form = page.getByRole('button', { name: 'Create user' });
      await page.getByLabel('Email', { exact: true }).fill(VIEWER_EMAIL);
      await page.getByLabel('Initial password (10 characters or more)').fill(VIEWER_PASSWORD);
      await page.getByLabel('Role', { exact: true }).selectOption('VIEWER');
      await form.click();
      await page
        .getByRole('status')
        .filter({ hasText: `Created ${VIEWER_EMAIL}.` })
        .waitFor();
      await row(VIEWER_EMAIL).waitFor();

      await header().getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await page.getByLabel('Email').fill(VIEWER_EMAIL);
      await page.getByLabel('Password').fill(VIEWER_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading('Licenses').waitFor();
      await waitForText(header(), (t) => t.includes(`${VIEWER_EMAIL} (Viewer)`), 'the header');

      // The lists…
      await waitForText(countLine(), (t) => t === `Showing ${certificateCount} of ${certificateCount}`, 'the table count');
      expect(await cellText(testCert.id, COLUMN.status)).toBe('Unused');
      await page.getByText('Your role can read licenses; uploading and binding are for license managers and admins.').waitFor();
      // …but no upload and no bind.
      expect(await uploadRegion().count()).toBe(0);
      expect(await page.getByLabel('Choose a license package (.lcs)').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Bind to agent…' }).count()).toBe(0);
      expect(await mainNav().getByRole('link', { name: 'Users' }).count()).toBe(0);
      expect(await mainNav().getByRole('link', { name: 'Audit log' }).count()).toBe(0);

      await goTo('Agents');
      await row('Sales bot').waitFor();
      expect(await cellText('Sales bot', 1)).toBe('Expired');
      expect(await page.getByLabel("New agent's name").count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Create agent' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Delete…' }).count()).toBe(0);
      await screenshot(page, SCREENSHOTS, '11-viewer-agents');

      await row('Sales bot').getByRole('link', { name: 'Sales bot', exact: true }).click();
      await heading('Sales bot').waitFor();
      await page.getByText('Only admins and operators can change the flow.').waitFor();
      await page.getByText('Only admins and operators can see the channel token.').waitFor();
      expect(await page.getByRole('button', { name: 'Delete agent…' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save flow' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Add rule' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Test chat', exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Rotate/ }).count()).toBe(0);

      await goTo('Licenses');
      await waitForText(countLine(), (t) => t === `Showing ${certificateCount} of ${certificateCount}`, 'the table count');
      await screenshot(page, SCREENSHOTS, '11-viewer');
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(cspViolations, 'CSP violations in the console').toEqual([]);
    });

    // Nothing unexpected went wrong on the server along the way (pino level 50 = error, 60 = fatal).
    expect(server.output(), `the server logged errors:\n${tail(server.output())}`).not.toMatch(/"level":(50|60)/);
  }, 240_000);
});
