/*
 * The form, measured in the browser (chromium driven by playwright-core): how long from opening
 * the file to a usable form, and how long the check after a keystroke takes (writing the YAML text
 * and validating it, as the page times it). Targets: opens in well under a second, checks < 50 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, launchChromium } from '../helpers/chromium.js';

export const FORM_TARGETS = { openMs: 1000, checkMs: 50 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const row = (id, name, values, target, unit) => ({
  id,
  name,
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  ratio: { text: `${values.length} measurements`, target: `< ${target} ${unit}`, met: median(values) < target },
});

/** Rows for the bench table; "not available" rows when chromium or the command is missing. */
export async function measureForm({ danvan, dir, config, runs }) {
  const unavailable = (id, name, why) => ({ id, name, notAvailable: why });
  if (!existsSync(CHROMIUM)) return [unavailable('f1', 'form opens', `${CHROMIUM} not installed`)];
  const file = join(dir, 'nhap-bao-cao-394.html');
  const made = spawnSync(process.execPath, [danvan, 'form', '--config', config, '--out', file], { encoding: 'utf8' });
  if (made.status !== 0) return [unavailable('f1', 'form opens', 'danvan form failed or is not available')];
  const browser = await launchChromium();
  const opens = [];
  const checks = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('html[data-ready=true]');
      opens.push(Number(await page.evaluate(() => document.documentElement.dataset.readyMs)));
      // A ward's form (24 tasks), then keystrokes into an indicator, each check waited for.
      await page.locator('#f-unit').click();
      await page.keyboard.type('bach dang');
      await page.keyboard.press('Enter');
      await page.locator('[data-key="period"]').selectOption('2020-04');
      await page.locator('[data-key="tasks/UB.1/indicators/ho_so_tiep_nhan"]').click();
      for (const key of '4125') {
        await page.evaluate(() => delete document.documentElement.dataset.checkMs);
        await page.keyboard.press(key);
        await page.waitForFunction(() => document.documentElement.dataset.checkMs !== undefined);
        checks.push(Number(await page.evaluate(() => document.documentElement.dataset.checkMs)));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [
    row('f1', 'form opens (navigation to ready, in chromium)', opens, FORM_TARGETS.openMs, 'ms'),
    row('f2', 'form check after a keystroke (write + validate)', checks, FORM_TARGETS.checkMs, 'ms'),
  ];
}
