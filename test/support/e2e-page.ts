import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Longest wait for anything the page should show (locator timeouts are set to the same). */
export const PAGE_TIMEOUT_MS = 15_000;

/** How much of the page's visible text a failure message carries. */
const PAGE_TEXT_CHARS = 2000;

export type StepRunner = (label: string, body: () => Promise<void>) => Promise<void>;

/**
 * Runs the journey's steps. `label` starts with the step's two-digit number ("05 bind an agent
 * license"). A failing step leaves `FAILED-05-bind-an-agent-license.png` and rethrows an Error naming the
 * step, with the screenshot's path, the page's address and the page's visible text, so a red run says
 * what the user would have seen.
 */
export function stepRunner(page: Page, screenshots: string, log: (line: string) => void = (line) => console.log(line)): StepRunner {
  return async (label, body) => {
    const started = Date.now();
    try {
      await body();
    } catch (error) {
      const file = join(screenshots, `FAILED-${slug(label)}.png`);
      let shot = file;
      try {
        await mkdir(screenshots, { recursive: true });
        await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
      } catch (screenshotError) {
        shot = `(no screenshot: ${screenshotError instanceof Error ? screenshotError.message : String(screenshotError)})`;
      }
      const text = await visibleText(page);
      const cause = error instanceof Error ? error.message : String(error);
      throw new Error(`Step ${label} failed: ${cause}\n\nScreenshot: ${shot}\nPage: ${page.url()}\nVisible text of the page:\n${text}\n`, { cause: error });
    }
    log(`  ✓ step ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
}

/** The page's visible text, white space squeezed, trimmed to about 2000 characters. */
export async function visibleText(page: Page): Promise<string> {
  try {
    const text = (await page.locator('body').innerText({ timeout: 5_000 }))
      .replace(/[ \t]+/g, ' ')
      .replace(/\n\s*\n+/g, '\n')
      .trim();
    return text.length > PAGE_TEXT_CHARS ? `${text.slice(0, PAGE_TEXT_CHARS)}…` : text;
  } catch (error) {
    return `(could not read the page: ${error instanceof Error ? error.message : String(error)})`;
  }
}

/** "05 bind an agent license" → "05-bind-an-agent-license". */
export function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** A full-page screenshot under the journey's screenshot folder. */
export async function screenshot(page: Page, screenshots: string, name: string): Promise<void> {
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/**
 * Drops a file on an element the way a user's drag and drop does: a DataTransfer holding a File made
 * from the file's bytes, then dragenter, dragover and drop events carrying it (they bubble to the drop
 * zone's handlers).
 */
export async function dropFile(target: Locator, path: string, fileName: string): Promise<void> {
  const bytes = [...(await readFile(path))];
  const dataTransfer = await target.page().evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: 'application/json' }));
      return transfer;
    },
    { name: fileName, data: bytes },
  );
  try {
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  } finally {
    await dataTransfer.dispose();
  }
}

/** An instant as the app shows it: the same Intl format in the locale of the page (its <html lang>). */
export function formatInPage(page: Page, iso: string): Promise<string> {
  return page.evaluate(
    (value) => new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    iso,
  );
}

interface MarkedWindow {
  __e2eMarker?: string;
}

/** Leaves a value on `window` that any reload or full navigation would wipe out. */
export async function setMarker(page: Page, value: string): Promise<void> {
  await page.evaluate((v) => {
    (window as unknown as MarkedWindow).__e2eMarker = v;
  }, value);
}

export function readMarker(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as MarkedWindow).__e2eMarker ?? null);
}

/** Polls a locator's inner text until it satisfies `check`; fails with the last text seen. */
export async function waitForText(locator: Locator, check: (text: string) => boolean, what: string, timeoutMs = PAGE_TIMEOUT_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '(not found)';
  while (Date.now() < deadline) {
    try {
      if ((await locator.count()) > 0) {
        last = (await locator.first().innerText({ timeout: 1_000 })).trim();
        if (check(last)) return last;
      }
    } catch {
      // detached while re-rendering: try again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: still "${last}" after ${timeoutMs} ms`);
}
