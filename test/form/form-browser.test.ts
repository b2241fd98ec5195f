import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import {
  browserMissing,
  chooseUnitAndMonth,
  control,
  examplesConfig,
  launch,
  messages,
  openForm,
  settled,
  typeInto,
  writeForm,
} from './browser.js';

const SUMMARY = 'Kế hoạch #12: "tốt" – đạt 100%\n- Dòng hai: tiếp 17 lượt công dân # không phải ghi chú';
const DIFFICULTIES = '- Thiếu kinh phí: "chưa" có # nguồn';

interface Typed {
  reporter: { name: string; position: string; phone: string };
  indicators: Record<string, Record<string, number>>;
}

const typed: Typed = {
  reporter: { name: 'Nguyễn Thị Lan', position: 'Trưởng ban Dân vận Đảng ủy phường', phone: '0243 821 2345' },
  indicators: {
    'CU.3': { buoi_tiep_dan: 2, luot_cong_dan: 17 },
    'UB.1': { ho_so_tiep_nhan: 412, ho_so_da_giai_quyet: 398, ho_so_dung_han: 390 },
  },
};

/** Fills a ward's April as a person would: types, chooses, tabs on; one wrong value is corrected on the way. */
async function fillWardMonth(page: Page): Promise<void> {
  await chooseUnitAndMonth(page, 'bach dang', '2020-04');
  await control(page, 'submitted').fill('2020-04-18');
  await typeInto(page, 'reporter/name', typed.reporter.name);
  await typeInto(page, 'reporter/position', typed.reporter.position);
  await typeInto(page, 'reporter/phone', typed.reporter.phone);
  for (const status of await page.locator('select[data-key$="/status"][data-key^="tasks/"]').all())
    await status.selectOption('thuong-xuyen');
  for (const [task, values] of Object.entries(typed.indicators)) {
    for (const [id, value] of Object.entries(values))
      await typeInto(page, `tasks/${task}/indicators/${id}`, String(value));
  }
  await typeInto(page, 'tasks/CU.3/summary', SUMMARY);
  await page.locator('#add-model').click();
  await page.keyboard.type('Ngõ phố văn minh');
  await page.keyboard.press('Tab');
  await control(page, 'models/0/type').selectOption('mo-hinh');
  await control(page, 'models/0/field').selectOption('van-hoa-xa-hoi');
  await control(page, 'models/0/status').selectOption('dang-thuc-hien');
  await typeInto(page, 'difficulties', DIFFICULTIES);
  await settled(page);
}

async function save(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save').click()]);
  expect(download.suggestedFilename()).toBe('phuong-bach-dang.yaml');
  const month = join(dir, '2020-04');
  mkdirSync(month, { recursive: true });
  const file = join(month, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe.skipIf(browserMissing)('the form in a browser', () => {
  let browser: Browser;
  let dir: string;
  let form: string;

  beforeAll(async () => {
    dir = tempDir('danvan-form-');
    form = writeForm(dir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is filled as a person would, says what is wrong at the field, and saves a file validate accepts with the same values', async () => {
    const { page, requests, errors } = await openForm(browser, form);
    await fillWardMonth(page);

    // A wrong value: more on-time dossiers than dossiers resolved. The plan rule marks both fields.
    await typeInto(page, 'tasks/UB.1/indicators/ho_so_dung_han', '500');
    await settled(page);
    await expect
      .poll(() => messages(page, 'tasks/UB.1/indicators/ho_so_dung_han').innerText())
      .toMatch(/Lỗi: .*[Hh]ồ sơ giải quyết đúng hạn/);
    expect(await messages(page, 'tasks/UB.1/indicators/ho_so_da_giai_quyet').innerText()).toMatch(/Lỗi: /);
    expect(await control(page, 'tasks/UB.1/indicators/ho_so_dung_han').getAttribute('aria-invalid')).toBe('true');
    // The README's picture of the form: refreshed on request, like the example reports.
    if (process.env.DANVAN_UPDATE_EXAMPLES) {
      await page.locator('#task-UB\\.1').scrollIntoViewIfNeeded();
      await page.locator('#task-UB\\.1').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(repoRoot, 'docs', 'form.png') });
    }
    // A thousands separator, as people write numbers on paper.
    await typeInto(page, 'tasks/CU.3/indicators/luot_cong_dan', '1.017');
    await settled(page);
    expect(await messages(page, 'tasks/CU.3/indicators/luot_cong_dan').innerText()).toMatch(/Lỗi: .*1\.017/);

    await typeInto(page, 'tasks/UB.1/indicators/ho_so_dung_han', '390');
    await typeInto(page, 'tasks/CU.3/indicators/luot_cong_dan', '17');
    await settled(page);
    expect(await messages(page, 'tasks/UB.1/indicators/ho_so_dung_han').innerText()).toBe('');
    expect(await page.locator('#counts').innerText()).toBe('Kiểm tra: không có lỗi.');

    const file = await save(page, dir);
    const run = runCli(['validate', file, '--config', examplesConfig, '--fail-on', 'warning']);
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    const data = parse(readFileSync(file, 'utf8')) as {
      unit: string;
      period: string;
      submitted: string;
      reporter: unknown;
      tasks: Record<string, { status: string; indicators?: unknown; summary?: unknown }>;
      models: unknown;
      difficulties: unknown;
    };
    expect([data.unit, data.period, data.submitted]).toEqual(['phuong-bach-dang', '2020-04', '2020-04-18']);
    expect(data.reporter).toEqual(typed.reporter);
    for (const [task, values] of Object.entries(typed.indicators)) expect(data.tasks[task]?.indicators).toEqual(values);
    expect(data.tasks['CU.3']?.summary).toBe(SUMMARY);
    expect(Object.values(data.tasks).every((t) => t.status === 'thuong-xuyen')).toBe(true);
    expect(data.models).toEqual([
      {
        id: 'ngo-pho-van-minh',
        type: 'mo-hinh',
        name: 'Ngõ phố văn minh',
        field: 'van-hoa-xa-hoi',
        status: 'dang-thuc-hien',
        since: '2020-04',
      },
    ]);
    expect(data.difficulties).toBe(DIFFICULTIES);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*submission-394\.schema\.json$/,
    );
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('writes a summary with quotes, "#", a colon and a line break that round-trips exactly through validate', async () => {
    const { page } = await openForm(browser, form);
    await fillWardMonth(page);
    const file = await save(page, tempDir('danvan-form-summary-'));
    const run = runCli(['validate', file, '--config', examplesConfig, '--format', 'json']);
    expect(run.status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect((parse(text) as { tasks: Record<string, { summary: string }> }).tasks['CU.3']?.summary).toBe(SUMMARY);
    // And it opens again for correcting with the same text in the field.
    const again = await openForm(browser, form);
    await again.page.locator('#open-submission').setInputFiles(file);
    await expect.poll(() => control(again.page, 'tasks/CU.3/summary').inputValue()).toBe(SUMMARY);
    expect(await control(again.page, 'reporter/name').inputValue()).toBe(typed.reporter.name);
  });

  it('saves an explanation typed under a task, which validate counts as explained, and opens it again', async () => {
    const { page } = await openForm(browser, form);
    await fillWardMonth(page);
    // More requests settled than received: the plan warns; the ward explains it at the task.
    await typeInto(page, 'tasks/CU.4/indicators/kien_nghi_tiep_nhan', '2');
    await typeInto(page, 'tasks/CU.4/indicators/kien_nghi_da_giai_quyet', '5');
    const explanation = 'Gồm cả 3 kiến nghị tồn: "tháng 3" #2';
    await typeInto(page, 'tasks/CU.4/giai_trinh', explanation);
    await settled(page);
    const file = await save(page, tempDir('danvan-form-explained-'));
    const run = runCli(['validate', file, '--config', examplesConfig, '--format', 'json', '--fail-on', 'warning']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      summary: { warnings: number; explained: number };
      files: { explained?: { code: string; explanation: string }[] }[];
    };
    expect(json.summary).toMatchObject({ warnings: 0, explained: 1 });
    expect(json.files[0]?.explained?.map((d) => [d.code, d.explanation])).toEqual([['rule', explanation]]);
    const again = await openForm(browser, form);
    await again.page.locator('#open-submission').setInputFiles(file);
    await expect.poll(() => control(again.page, 'tasks/CU.4/giai_trinh').inputValue()).toBe(explanation);
  });

  it("carries last month's reporter, models and end-of-month stocks over, and no flow", async () => {
    const lastMonth = join(repoRoot, 'examples', 'submissions', '2020-03', 'phuong-bach-dang.yaml');
    const before = parse(readFileSync(lastMonth, 'utf8')) as {
      reporter: { name: string };
      models: { name: string; status: string }[];
      tasks: Record<string, { indicators?: Record<string, number> }>;
    };
    const { page } = await openForm(browser, form);
    await chooseUnitAndMonth(page, 'Bạch Đằng', '2020-04');
    await page.locator('#open-last-month').setInputFiles(lastMonth);
    await expect.poll(() => control(page, 'reporter/name').inputValue()).toBe(before.reporter.name);
    expect(before.models.length).toBeGreaterThan(0);
    for (const [i, model] of before.models.entries()) {
      expect(await control(page, `models/${i}/name`).inputValue()).toBe(model.name);
      expect(await control(page, `models/${i}/status`).inputValue()).toBe(model.status);
    }
    const stock = before.tasks['CU.4']?.indicators?.kien_nghi_ton;
    expect(stock).toBeTypeOf('number');
    expect(await control(page, 'tasks/CU.4/indicators/kien_nghi_ton').inputValue()).toBe(String(stock));
    expect(before.tasks['CU.4']?.indicators?.kien_nghi_tiep_nhan).toBeTypeOf('number');
    expect(await control(page, 'tasks/CU.4/indicators/kien_nghi_tiep_nhan').inputValue()).toBe('');
  });

  it('restores the draft after the page is reloaded', async () => {
    const { page } = await openForm(browser, form);
    await chooseUnitAndMonth(page, 'vinh tuy', '2020-05');
    await typeInto(page, 'reporter/name', 'Trần Văn Bình');
    await typeInto(page, 'tasks/UB.1/indicators/ho_so_tiep_nhan', '250');
    await typeInto(page, 'tasks/MT.1/summary', 'Dòng một\nDòng hai');
    await page.reload();
    await page.waitForSelector('html[data-ready=true]');
    expect(await page.locator('#f-unit').inputValue()).toBe('Phường Vĩnh Tuy');
    expect(await control(page, 'period').inputValue()).toBe('2020-05');
    expect(await control(page, 'reporter/name').inputValue()).toBe('Trần Văn Bình');
    expect(await control(page, 'tasks/UB.1/indicators/ho_so_tiep_nhan').inputValue()).toBe('250');
    expect(await control(page, 'tasks/MT.1/summary').inputValue()).toBe('Dòng một\nDòng hai');
  });

  it('sends no request: every one is routed and counted, and the page forbids network access', async () => {
    const { page, requests } = await openForm(browser, form);
    await fillWardMonth(page);
    await save(page, tempDir('danvan-form-net-'));
    const blocked = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const fetched = await fetch('https://example.org/').then(
        () => 'sent',
        () => 'refused',
      );
      await new Promise((r) => setTimeout(r, 50));
      return { fetched, violations };
    });
    expect(blocked.fetched).toBe('refused');
    expect(blocked.violations).toContain('connect-src');
    expect(requests).toEqual([]);
  });

  it('is usable with the keyboard alone: unit, month, then the reporter, by Tab', async () => {
    const { page } = await openForm(browser, form);
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.id);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('f-unit');
    await page.keyboard.type('quynh');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#f-unit').inputValue()).toBe('Phường Quỳnh Mai');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('period');
    await page.keyboard.press('ArrowDown');
    expect(await control(page, 'period').inputValue()).toBe('2020-03');
    expect(await page.locator('#deadline').innerText()).toBe('Hạn gửi báo cáo tháng 3/2020: chậm nhất ngày 20/3/2020.');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('submitted');
    // The browser's date field: Tab steps through its day, month and year (in the browser's own order), then out.
    for (let i = 0; i < 4 && (await focused()) === 'submitted'; i++) await page.keyboard.press('Tab');
    for (const expected of ['open-last-month', 'open-submission', 'reporter/name']) {
      expect(await focused()).toBe(expected);
      if (expected !== 'reporter/name') await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Lê Thị Hoa');
    expect(await control(page, 'reporter/name').inputValue()).toBe('Lê Thị Hoa');
  });

  it("is made from another plan file with that plan's deadline, statuses and checks, without code changes", async () => {
    const planDir = tempDir('danvan-form-plan-');
    const shipped = readFileSync(join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml'), 'utf8');
    const next = shipped
      .replace('deadline_day: 20', 'deadline_day: 25')
      .replace('label: Thực hiện thường xuyên', 'label: Làm đều đặn hằng tháng');
    expect(next).not.toBe(shipped);
    const planFile = join(planDir, 'ke-hoach.plan.yaml');
    writeFileSync(planFile, next);
    const out = join(planDir, 'form.html');
    const made = runCli(['form', '--config', examplesConfig, '--plan', planFile, '--out', out]);
    expect(made.status, made.stderr).toBe(0);
    const { page, errors } = await openForm(browser, out);
    await chooseUnitAndMonth(page, 'bach dang', '2020-04');
    expect(await page.locator('#deadline').innerText()).toContain('chậm nhất ngày 25/4/2020');
    await control(page, 'tasks/UB.1/status').selectOption({ label: 'Làm đều đặn hằng tháng' });
    await typeInto(page, 'tasks/UB.1/indicators/ho_so_dung_han', '-5');
    await settled(page);
    expect(await messages(page, 'tasks/UB.1/indicators/ho_so_dung_han').innerText()).toMatch(/Lỗi: .*-5/);
    expect(errors).toEqual([]);
  });

  it('fits a phone-width screen without sideways scrolling', async () => {
    const { page } = await openForm(browser, form, { width: 375, height: 740 });
    await chooseUnitAndMonth(page, 'bach dang', '2020-04');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
