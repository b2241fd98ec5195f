import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { FileResult } from '../../src/core/file-result.js';
import { loadPlan } from '../../src/core/plan.js';
import { statusExitCode, summarizeStatus } from '../../src/core/status-summary.js';
import type { Submission } from '../../src/core/submission-schema.js';
import type { Unit } from '../../src/core/units.js';
import { renderStatusJson, renderStatusText } from '../../src/render/status-table.js';
import { repoRoot } from '../helpers/cli.js';

const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;

// Names chosen so that code-point order and Vietnamese order differ (Đ sorts after D, Ủ after U).
const units: Unit[] = [
  { id: 'uy-ban-mttq', name: 'Ủy ban MTTQ Việt Nam quận', kind: 'mttq-quan' },
  { id: 'phuong-dong-mac', name: 'Phường Đống Mác', kind: 'phuong' },
  { id: 'phuong-cau-den', name: 'Phường Cầu Dền', kind: 'phuong' },
  { id: 'phuong-bach-dang', name: 'Phường Bạch Đằng', kind: 'phuong' },
  { id: 'ubnd-quan', name: 'UBND quận', kind: 'ubnd-quan' },
  { id: 'hdnd-quan', name: 'Thường trực HĐND quận', kind: 'hdnd-quan' },
];

const error = (file: string): Diagnostic => ({
  code: 'setup-schema',
  severity: 'error',
  file,
  line: 3,
  column: 1,
  path: [],
  args: { detail: 'x' },
});
const warning = (file: string): Diagnostic => ({
  code: 'setup-schema',
  severity: 'warning',
  file,
  line: 4,
  column: 1,
  path: [],
  args: { detail: 'x' },
});
const submission = (unit: string, submitted: string, period = '2020-05') =>
  ({ plan: '394-KH/BDVQU', unit, period, submitted, reporter: { name: 'A', position: 'B' }, tasks: {} }) as Submission;
const file = (unit: string, period = '2020-05') => `submissions/${period}/${unit}.yaml`;

const results: FileResult[] = [
  // On time, the deadline day itself, with a warning.
  {
    file: file('phuong-bach-dang'),
    pathUnit: 'phuong-bach-dang',
    pathPeriod: '2020-05',
    diagnostics: [warning(file('phuong-bach-dang'))],
    submission: submission('phuong-bach-dang', '2020-05-20'),
    valid: true,
  },
  // Late by 3 days.
  {
    file: file('ubnd-quan'),
    pathUnit: 'ubnd-quan',
    pathPeriod: '2020-05',
    diagnostics: [],
    submission: submission('ubnd-quan', '2020-05-23'),
    valid: true,
    received: '2020-05-23',
  },
  // Invalid: two errors.
  {
    file: file('phuong-cau-den'),
    pathUnit: 'phuong-cau-den',
    pathPeriod: '2020-05',
    diagnostics: [error(file('phuong-cau-den')), error(file('phuong-cau-den')), warning(file('phuong-cau-den'))],
    valid: false,
  },
  // Two files for one unit and month: both invalid, neither counted.
  {
    file: file('phuong-dong-mac'),
    pathUnit: 'phuong-dong-mac',
    pathPeriod: '2020-05',
    diagnostics: [error(file('phuong-dong-mac'))],
    submission: submission('phuong-dong-mac', '2020-05-10'),
    valid: false,
  },
  {
    file: 'submissions/2020-05/phuong-dong-mac-ban-sua.yaml',
    pathUnit: 'phuong-dong-mac-ban-sua',
    pathPeriod: '2020-05',
    diagnostics: [error('x')],
    submission: submission('phuong-dong-mac', '2020-05-11'),
    valid: false,
  },
  // On time, received (first commit) two days after the date it says: both dates shown, still on time.
  {
    file: file('uy-ban-mttq'),
    pathUnit: 'uy-ban-mttq',
    pathPeriod: '2020-05',
    diagnostics: [],
    submission: submission('uy-ban-mttq', '2020-05-02'),
    valid: true,
    received: '2020-05-04',
  },
  // hdnd-quan: missing. A stray in the month's folder: a unit the registry does not know.
  {
    file: file('phuong-khong-co'),
    pathUnit: 'phuong-khong-co',
    pathPeriod: '2020-05',
    diagnostics: [error(file('phuong-khong-co'))],
    submission: submission('phuong-khong-co', '2020-05-02'),
    valid: false,
  },
  // Another month's file (a whole-folder run): neither counted nor a stray of May.
  {
    file: file('hdnd-quan', '2020-04'),
    pathUnit: 'hdnd-quan',
    pathPeriod: '2020-04',
    diagnostics: [],
    submission: submission('hdnd-quan', '2020-04-02', '2020-04'),
    valid: true,
  },
];

describe('summarizeStatus', () => {
  const report = summarizeStatus(plan, units, '2020-05', results, '2020-05-25');

  it('gives every unit of the registry one row, in Vietnamese alphabetical order', () => {
    expect(report.rows.map((r) => r.unit.name)).toEqual([
      'Phường Bạch Đằng',
      'Phường Cầu Dền',
      'Phường Đống Mác',
      'Thường trực HĐND quận',
      'UBND quận',
      'Ủy ban MTTQ Việt Nam quận',
    ]);
  });

  it('finds each state, with the date, the days late and the number of errors', () => {
    const by = Object.fromEntries(report.rows.map((r) => [r.unit.id, r]));
    expect(by['phuong-bach-dang']).toMatchObject({
      state: 'on-time',
      submitted: '2020-05-20',
      errors: 0,
      warnings: 1,
      kindLabel: 'Phường',
    });
    expect(by['ubnd-quan']).toMatchObject({ state: 'late', submitted: '2020-05-23', daysLate: 3 });
    expect(by['phuong-cau-den']).toMatchObject({ state: 'invalid', errors: 2, files: [file('phuong-cau-den')] });
    expect(by['phuong-dong-mac']).toMatchObject({ state: 'invalid', errors: 2 });
    expect(by['phuong-dong-mac']!.files).toHaveLength(2);
    expect(by['hdnd-quan']).toMatchObject({ state: 'missing', errors: 0, files: [] });
    expect(by['hdnd-quan']!.submitted).toBeUndefined();
    expect(by['uy-ban-mttq']!.state).toBe('on-time');
  });

  it('counts and rates: valid received ÷ expected, on time ÷ expected', () => {
    expect(report.counts).toEqual({ expected: 6, received: 3, onTime: 2, late: 1, invalid: 2, missing: 1 });
    expect(report.reportingRate).toBeCloseTo(3 / 6);
    expect(report.onTimeRate).toBeCloseTo(2 / 6);
    expect(report.deadline).toBe('2020-05-20');
    expect(report.daysPastDeadline).toBe(5);
  });

  it('lists files of this month that count for no unit, and only those', () => {
    expect(report.strays).toEqual([{ file: file('phuong-khong-co'), errors: 1 }]);
  });

  it('exit code: 1 only when a unit is in a state named by --fail-on', () => {
    expect(statusExitCode(report, [])).toBe(0);
    expect(statusExitCode(report, ['missing'])).toBe(1);
    expect(statusExitCode(report, ['late'])).toBe(1);
    expect(statusExitCode(report, ['invalid'])).toBe(1);
    const allGood = summarizeStatus(
      plan,
      units.filter((u) => u.id === 'phuong-bach-dang' || u.id === 'uy-ban-mttq'),
      '2020-05',
      results,
      '2020-05-25',
    );
    expect(statusExitCode(allGood, ['missing', 'late', 'invalid'])).toBe(0);
    expect(statusExitCode(allGood, ['on-time'])).toBe(1);
  });
});

describe('receipt dates', () => {
  const sent = (unit: string, submitted: string, received?: string): FileResult => ({
    file: file(unit),
    pathUnit: unit,
    pathPeriod: '2020-05',
    diagnostics: [],
    submission: submission(unit, submitted),
    valid: true,
    ...(received ? { received } : {}),
  });
  const rowOf = (r: ReturnType<typeof summarizeStatus>, unit: string) => r.rows.find((row) => row.unit.id === unit)!;

  it('judges lateness by the later of the written date and the receipt date', () => {
    const report = summarizeStatus(
      plan,
      units,
      '2020-05',
      [
        sent('phuong-bach-dang', '2020-05-18', '2020-05-25'),
        sent('phuong-cau-den', '2020-05-23', '2020-05-19'),
        sent('ubnd-quan', '2020-05-10', '2020-05-20'),
      ],
      '2020-05-30',
      'git',
    );
    expect(rowOf(report, 'phuong-bach-dang')).toMatchObject({
      state: 'late',
      submitted: '2020-05-18',
      received: '2020-05-25',
      daysLate: 5,
      datesDiffer: true,
    });
    // Written after it arrived: the written date is the later one.
    expect(rowOf(report, 'phuong-cau-den')).toMatchObject({ state: 'late', daysLate: 3, datesDiffer: true });
    expect(rowOf(report, 'ubnd-quan')).toMatchObject({ state: 'on-time', datesDiffer: true });
    expect(report.receipts.differing.map((d) => [d.file, d.submitted, d.received])).toEqual([
      [file('phuong-bach-dang'), '2020-05-18', '2020-05-25'],
      [file('phuong-cau-den'), '2020-05-23', '2020-05-19'],
      [file('ubnd-quan'), '2020-05-10', '2020-05-20'],
    ]);
  });

  it('does not list a receipt a day before the written date, and counts files no commit has brought', () => {
    const report = summarizeStatus(
      plan,
      units,
      '2020-05',
      [sent('phuong-bach-dang', '2020-05-19', '2020-05-18'), sent('ubnd-quan', '2020-05-10')],
      '2020-05-30',
      'git',
    );
    expect(rowOf(report, 'phuong-bach-dang')).toMatchObject({ state: 'on-time', datesDiffer: false });
    expect(report.receipts).toMatchObject({ rule: 'git', differing: [], uncommitted: [file('ubnd-quan')] });
    const text = renderStatusText(report, 'vi');
    expect(text).not.toContain('nhận 18/5/2020');
    expect(text).not.toContain('Tệp có ngày nhận khác');
    expect(text).toContain('1 tệp chưa được commit vào kho git');
  });

  it('shows the receipt date that made a file late even when it is a single day after the written one', () => {
    const report = summarizeStatus(
      plan,
      units,
      '2020-05',
      [sent('phuong-bach-dang', '2020-05-20', '2020-05-21')],
      '2020-05-30',
      'git',
    );
    expect(rowOf(report, 'phuong-bach-dang')).toMatchObject({ state: 'late', daysLate: 1, datesDiffer: false });
    expect(renderStatusText(report, 'vi')).toMatch(/Muộn — gửi 20\/5\/2020, nhận 21\/5\/2020, muộn 1 ngày\n/);
    expect(report.receipts.differing).toEqual([]);
  });

  it('without receipt dates, the written date alone decides and the rule is named', () => {
    const report = summarizeStatus(
      plan,
      units,
      '2020-05',
      [sent('phuong-bach-dang', '2020-05-18')],
      '2020-05-30',
      'not-repository',
    );
    expect(rowOf(report, 'phuong-bach-dang').state).toBe('on-time');
    expect(report.receipts.uncommitted).toEqual([]);
    expect(renderStatusText(report, 'vi')).toContain(
      'thư mục báo cáo không nằm trong kho git; muộn hay đúng hạn xét theo ngày gửi ghi trong tệp',
    );
  });
});

describe('renderStatusText / renderStatusJson', () => {
  const report = summarizeStatus(plan, units, '2020-05', results, '2020-05-25', 'git');

  it('renders the table and summary (compared with the committed expected output)', async () => {
    await expect(
      renderStatusText(report, 'vi', { validateCommand: 'danvan validate submissions/2020-05' }),
    ).toMatchFileSnapshot('../fixtures/status/expected-2020-05.vi.txt');
    await expect(renderStatusText(report, 'en')).toMatchFileSnapshot('../fixtures/status/expected-2020-05.en.txt');
  });

  it('colours only the state cell, and only through the given paint functions', () => {
    const plain = renderStatusText(report, 'vi');
    const painted = renderStatusText(report, 'vi', {
      paint: { 'on-time': (s) => `<g>${s}</g>`, missing: (s) => `<r>${s}</r>` },
    });
    expect(painted).toContain('<g>Đúng hạn — gửi 20/5/2020</g>');
    expect(painted).toMatch(/Thường trực HĐND quận\s+Thường trực HĐND quận\s+<r>Chưa nộp — quá hạn 5 ngày<\/r>\n/);
    expect(painted.replace(/<\/?[gr]>/g, '')).toBe(plain);
  });

  it('before the deadline, a missing unit is not yet overdue', () => {
    const early = renderStatusText(summarizeStatus(plan, units, '2020-05', results, '2020-05-15'), 'vi');
    expect(early).toContain('còn 5 ngày đến hạn');
    expect(early).not.toContain('quá hạn');
  });

  it('json: a stable shape with rates as fractions', () => {
    const json = JSON.parse(renderStatusJson(report)) as {
      period: string;
      summary: Record<string, number>;
      units: { id: string; state: string; daysLate: number | null }[];
      strays: unknown[];
    };
    expect(json.period).toBe('2020-05');
    expect(json.summary).toEqual({
      expected: 6,
      received: 3,
      onTime: 2,
      late: 1,
      invalid: 2,
      missing: 1,
      reportingRate: 0.5,
      onTimeRate: 0.3333,
    });
    expect(json.units.map((u) => [u.id, u.state, u.daysLate])).toEqual([
      ['phuong-bach-dang', 'on-time', null],
      ['phuong-cau-den', 'invalid', null],
      ['phuong-dong-mac', 'invalid', null],
      ['hdnd-quan', 'missing', null],
      ['ubnd-quan', 'late', 3],
      ['uy-ban-mttq', 'on-time', null],
    ]);
    expect(json.strays).toHaveLength(1);
  });
});
