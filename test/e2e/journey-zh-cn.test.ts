import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { issueWithCli, type PackagedCertificate } from '../support/e2e-lcs.js';
import { dropFile, PAGE_TIMEOUT_MS, screenshot, stepRunner, waitForText, type StepRunner } from '../support/e2e-page.js';
import { startProductServer, type ProductServer } from '../support/e2e-server.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/zh-CN/', import.meta.url));
const DAY_MS = 86_400_000;
const ADMIN_EMAIL = 'admin@e2e.example';
const ADMIN_PASSWORD = 'e2e admin password';
const AGENT_NAME = '销售助手';

/**
 * Issue 13: the heart of the journey once more, in a Chromium whose locale is zh-CN, with no switch
 * touched: the app follows the browser's languages. Sign in (登录), the renewal page, an upload, the
 * licenses page with 未使用 / 已激活, the bind dialog and a live banner, each checked in Chinese.
 */
describe('issue 13: the license journey in Chinese', () => {
  let server: ProductServer;
  let browser: Browser;
  let page: Page;
  let work: string;
  let step: StepRunner;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const file of await readdir(SCREENSHOTS)) if (file.endsWith('.png')) await rm(join(SCREENSHOTS, file));
    work = await mkdtemp(join(tmpdir(), 'license-e2e-zh-'));
    [server, browser] = await Promise.all([startProductServer({ adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD }), launchChromium()]);
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    step = stepRunner(page, SCREENSHOTS);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('signs in, uploads, binds and warns, all in Chinese', async () => {
    const heading = (name: string): Locator => page.getByRole('heading', { level: 1, name, exact: true });
    const row = (text: string): Locator => page.getByRole('row').filter({ hasText: text });
    const statusCell = (text: string): Locator => row(text).getByRole('cell').nth(6);

    await step('zh-01 sign in (登录) and the renewal page', async () => {
      await page.goto(`${server.url}/`);
      await page.waitForURL('**/sign-in');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await page.getByLabel('电子邮件').fill(ADMIN_EMAIL);
      await page.getByLabel('密码').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await heading('本平台尚未激活').waitFor();
      await page.getByRole('region', { name: '上传许可证书' }).waitFor();
      await screenshot(page, SCREENSHOTS, 'zh-01-renewal-page');
    });

    const issued = await issueWithCli(
      server.dataDir,
      ['type=PLATFORM,mode=SUBSCRIPTION,days=365,licensee=ACME Ltd', 'type=AGENT,mode=SUBSCRIPTION,days=30,licensee=ACME Ltd'],
      join(work, 'acme.lcs'),
    );
    const [platformCert, agentCert] = issued.certificates as [PackagedCertificate, PackagedCertificate];

    await step('zh-02 upload, and the licenses page says 已激活 / 未使用', async () => {
      await dropFile(page.getByText('将供应商提供的 .lcs 文件拖到此处'), issued.path, 'acme.lcs');
      // SPEC 12: the package is previewed first; 导入 imports it.
      await page.getByRole('button', { name: '导入', exact: true }).click();
      await heading('许可证').waitFor();
      await page.getByRole('status').filter({ hasText: 'acme.lcs：已导入 2 个证书。' }).waitFor();
      await waitForText(statusCell(platformCert.id), (t) => t.trim() === '已激活', 'the platform certificate');
      expect((await statusCell(agentCert.id).innerText()).trim()).toBe('未使用');
      expect(await row(platformCert.id).innerText()).toContain('平台许可证');
      expect(await row(agentCert.id).innerText()).toContain('正式订阅');
      await waitForText(page.getByRole('banner'), (t) => t.includes('还剩 365 天'), 'the header');
      await screenshot(page, SCREENSHOTS, 'zh-02-licenses');
    });

    await step('zh-03 an agent, and the bind dialog', async () => {
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '智能体', exact: true }).click();
      await page.getByLabel('新智能体名称').fill(AGENT_NAME);
      await page.getByRole('button', { name: '创建智能体' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `已创建 ${AGENT_NAME}。` })
        .waitFor();
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '许可证', exact: true }).click();
      await row(agentCert.id).getByRole('button', { name: '绑定到智能体…' }).click();
      const pick = page.getByRole('dialog', { name: '将许可证绑定到智能体' });
      await pick.getByText('绑定不可撤销').waitFor();
      await pick.getByLabel('按名称搜索智能体').fill(AGENT_NAME);
      await pick.getByRole('radio', { name: new RegExp(`^${AGENT_NAME}`) }).check();
      await screenshot(page, SCREENSHOTS, 'zh-03-bind-dialog');
      await pick.getByRole('button', { name: `绑定到 ${AGENT_NAME}…` }).click();
      const confirm = page.getByRole('dialog', { name: '确认绑定' });
      await confirm.getByText('此操作不可撤销').waitFor();
      await confirm.getByRole('button', { name: `确认绑定到 ${AGENT_NAME}` }).click();
      const done = page.getByRole('dialog', { name: '许可证已绑定' });
      const said = await waitForText(done.getByRole('status'), (t) => t.includes('还剩 30 天'), 'the bound dialog');
      expect(said).toContain(`现已绑定到${AGENT_NAME}`);
      await done.getByRole('button', { name: '关闭' }).click();
      await waitForText(statusCell(agentCert.id), (t) => t.trim() === '已激活', 'the bound certificate');
    });

    await step('zh-04 a banner, live, in Chinese', async () => {
      // The agent license (30 days) is the first to come due: 10 days before its end, a banner appears.
      await server.setClock(new Date(Date.now() + 20 * DAY_MS + 60_000));
      await server.sweep();
      const banner = page.getByRole('region', { name: '许可证到期提醒' }).getByRole('listitem').filter({ hasText: AGENT_NAME });
      const text = await waitForText(banner, (t) => /还剩 \d+ 天/.test(t), 'the banner');
      expect(text).toContain(`智能体 ${AGENT_NAME}：许可证将于`);
      await screenshot(page, SCREENSHOTS, 'zh-04-banner');
    });
  });
});
