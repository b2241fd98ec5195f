import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM } from '../helpers/chromium.js';
import { repoRoot, runCli } from '../helpers/cli.js';

export const examplesConfig = join(repoRoot, 'examples', 'danvan.config.yaml');

/**
 * The browser tests run wherever chromium is installed; without it they are skipped, except in CI
 * (CI set), where a missing chromium must fail the run rather than hide the tests.
 */
export const browserMissing = !existsSync(CHROMIUM) && !process.env.CI;

export { launchChromium as launch } from '../helpers/chromium.js';

/** Writes the form with the built CLI, as the secretariat would. */
export function writeForm(dir: string): string {
  const out = join(dir, 'nhap-bao-cao-394.html');
  const run = runCli(['form', '--config', examplesConfig, '--out', out]);
  if (run.status !== 0) throw new Error(`danvan form failed: ${run.stderr}`);
  return out;
}

export interface OpenedForm {
  page: Page;
  /** Requests that tried to leave the page (anything but the form's own file). */
  requests: string[];
  errors: string[];
}

/** Opens the form from file://, with every request routed and counted, and waits until it is ready. */
export async function openForm(
  browser: Browser,
  file: string,
  viewport = { width: 1366, height: 768 },
): Promise<OpenedForm> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN' });
  const page = await context.newPage();
  const own = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === own) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (url !== own && !url.startsWith('blob:') && !requests.includes(url)) requests.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(own);
  await page.waitForSelector('html[data-ready=true]');
  return { page, requests, errors };
}

/** The control of a field, by its key (reporter/name, tasks/UB.1/indicators/ho_so_tiep_nhan…). */
export const control = (page: Page, key: string) => page.locator(`[data-key="${key}"]`);
/** The messages shown next to a field. */
export const messages = (page: Page, key: string) => page.locator(`[data-field="${key}"] > .msgs`);

/** Picks the unit by typing part of its name without diacritics, then Tab, as a person would. */
export async function chooseUnitAndMonth(page: Page, typed: string, month: string): Promise<void> {
  await page.locator('#f-unit').click();
  await page.keyboard.type(typed);
  await page.keyboard.press('Tab');
  await control(page, 'period').selectOption(month);
}

/** Types into a field after clicking it, then leaves it with Tab. */
export async function typeInto(page: Page, key: string, text: string): Promise<void> {
  const el = control(page, key);
  await el.click();
  await el.fill('');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Waits until the check after the last keystroke has run. */
export async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(250);
}
