import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import type { IndicatorRow, ReportModel } from '../../src/core/report-model.js';
import type { Unit } from '../../src/core/submission-schema.js';
import { diagnostic, fileResult, registryOf, testPlan, type FileSpec } from './helpers.js';

const units: Unit[] = [
  { id: 'phuong-vinh-tuy', name: 'Phường Vĩnh Tuy', kind: 'phuong' },
  { id: 'phuong-bach-mai', name: 'Phường Bạch Mai', kind: 'phuong' },
  { id: 'phuong-dong-tam', name: 'Phường Đồng Tâm', kind: 'phuong' },
  { id: 'ubnd-quan', name: 'UBND quận', kind: 'ubnd-quan' },
];

function report(
  period: string,
  files: FileSpec[],
  extra: Partial<Parameters<typeof aggregatePeriod>[0]> = {},
): ReportModel {
  return aggregatePeriod({
    plan: testPlan(),
    registry: registryOf(units),
    period: parsePeriod(period)!,
    results: files.map(fileResult),
    ...extra,
  });
}

function indicator(model: ReportModel, ref: string): IndicatorRow {
  const row = model.groups
    .flatMap((g) => g.tasks)
    .flatMap((t) => t.indicators)
    .find((i) => i.ref === ref);
  if (!row) throw new Error(`no indicator ${ref}`);
  return row;
}

const unitIndex = (model: ReportModel, id: string) => model.units.findIndex((u) => u.id === id);

describe('units', () => {
  it('orders by kind in plan order, then by Vietnamese collation (Đ after D, B before V)', () => {
    const model = report('2020-04', []);
    expect(model.units.map((u) => u.id)).toEqual([
      'phuong-bach-mai',
      'phuong-dong-tam',
      'phuong-vinh-tuy',
      'ubnd-quan',
    ]);
  });
});

describe('flows and stocks over a quarter', () => {
  const files: FileSpec[] = [
    {
      unit: 'phuong-vinh-tuy',
      month: '2020-04',
      tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 100 } }, 'UB.2': { indicators: { dvc_muc_3_4: 10 } } },
    },
    {
      unit: 'phuong-vinh-tuy',
      month: '2020-05',
      tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 120 } }, 'UB.2': { indicators: { dvc_muc_3_4: 12 } } },
    },
    {
      unit: 'phuong-vinh-tuy',
      month: '2020-06',
      tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 130 } }, 'UB.2': { indicators: { dvc_muc_3_4: 15 } } },
    },
    {
      unit: 'phuong-bach-mai',
      month: '2020-04',
      tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 50 } }, 'UB.2': { indicators: { dvc_muc_3_4: 8 } } },
    },
    { unit: 'phuong-bach-mai', month: '2020-05', tasks: { 'UB.2': { indicators: { dvc_muc_3_4: 9 } } } },
    { unit: 'phuong-bach-mai', month: '2020-06', tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 70 } } } },
    // March is the previous quarter's last month and part of the year to date.
    {
      unit: 'phuong-vinh-tuy',
      month: '2020-03',
      tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 90 } }, 'UB.2': { indicators: { dvc_muc_3_4: 7 } } },
    },
  ];

  it('sums a flow over units and months: 100+120+130 + 50+70 = 470', () => {
    const row = indicator(report('2020-Q2', files), 'UB.1.ho_so_tiep_nhan');
    expect(row.period.value).toBe(470);
    expect(row.period.reported).toBe(2);
    // Bạch Mai left May out: its sum covers two of three months.
    expect(row.period.partial).toBe(1);
    // Expected: the three wards and the district People's Committee; Đồng Tâm and UBND quận sent nothing.
    expect(row.period.expected).toBe(4);
    expect(row.period.missing).toBe(2);
  });

  it("takes each unit's latest level for a stock: 15 + 9 = 24, not the sum 54 of all months", () => {
    const model = report('2020-Q2', files);
    const row = indicator(model, 'UB.2.dvc_muc_3_4');
    expect(row.period.value).toBe(24);
    expect(row.unitValues[unitIndex(model, 'phuong-vinh-tuy')]).toBe(15);
    expect(row.unitValues[unitIndex(model, 'phuong-bach-mai')]).toBe(9);
    expect(row.period.partial).toBe(0);
  });

  it('gives the year to date, and the previous quarter held by March alone without any change', () => {
    const model = report('2020-Q2', files);
    const flow = indicator(model, 'UB.1.ho_so_tiep_nhan');
    // The year to date starts at the plan's first reporting month, March: January and February are not due.
    expect(model.ytdMonths).toEqual(['2020-03', '2020-04', '2020-05', '2020-06']);
    expect(flow.ytd.value).toBe(560);
    // Q1 holds March only: its figure is shown for what it is, and three months set against one are no change.
    expect(model.comparison).toMatchObject({ coverage: 'partial', months: ['2020-03'] });
    expect(model.comparison.period.id).toBe('2020-Q1');
    expect(flow.previous?.value).toBe(90);
    expect(flow.change).toBeUndefined();
    const stock = indicator(model, 'UB.2.dvc_muc_3_4');
    expect(stock.ytd.value).toBe(24);
    expect(stock.previous?.value).toBe(7);
    expect(stock.change).toBeUndefined();
  });

  it('compares a month with the previous month when that month is inside the plan', () => {
    const model = report('2020-04', files);
    expect(model.comparison).toMatchObject({ coverage: 'whole', months: ['2020-03'] });
    const flow = indicator(model, 'UB.1.ho_so_tiep_nhan');
    expect(flow.previous?.value).toBe(90);
    expect(flow.change).toEqual({ absolute: 60, relative: 60 / 90 });
    const stock = indicator(model, 'UB.2.dvc_muc_3_4');
    expect(stock.change?.absolute).toBe(18 - 7);
  });

  it('compares the third quarter with the whole second one', () => {
    const model = report('2020-Q3', [
      ...files,
      { unit: 'phuong-vinh-tuy', month: '2020-07', tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 47 } } } },
    ]);
    expect(model.comparison.coverage).toBe('whole');
    expect(indicator(model, 'UB.1.ho_so_tiep_nhan').change).toEqual({ absolute: 47 - 470, relative: (47 - 470) / 470 });
  });

  it('leaves the comparison out of a first half-year, whose previous half lies wholly before the plan', () => {
    const model = report('2020-H1', files);
    expect(model.comparison).toMatchObject({ coverage: 'none', months: [] });
    expect(model.comparison.period.id).toBe('2019-H2');
    for (const row of model.groups.flatMap((g) => g.tasks).flatMap((t) => t.indicators)) {
      expect(row.previous, row.ref).toBeUndefined();
      expect(row.change, row.ref).toBeUndefined();
    }
    for (const ratio of model.ratios) {
      expect(ratio.previous, ratio.id).toBeUndefined();
      expect(ratio.change, ratio.id).toBeUndefined();
    }
  });

  it('has no previous figure for the first quarter (nothing before March 2020 is inside the plan)', () => {
    const model = report('2020-Q1', files);
    const row = indicator(model, 'UB.1.ho_so_tiep_nhan');
    expect(row.period.value).toBe(90);
    expect(model.comparison.coverage).toBe('none');
    expect(row.previous).toBeUndefined();
    expect(row.change).toBeUndefined();
  });
});

describe('ratios', () => {
  it("is Σ numerator ÷ Σ denominator, not the mean of the units' percentages", () => {
    const model = report('2020-04', [
      {
        unit: 'phuong-vinh-tuy',
        month: '2020-04',
        tasks: { 'UB.1': { indicators: { ho_so_da_giai_quyet: 1000, ho_so_dung_han: 990 } } },
      },
      {
        unit: 'phuong-bach-mai',
        month: '2020-04',
        tasks: { 'UB.1': { indicators: { ho_so_da_giai_quyet: 10, ho_so_dung_han: 5 } } },
      },
      // Only a numerator: must neither inflate nor count.
      { unit: 'phuong-dong-tam', month: '2020-04', tasks: { 'UB.1': { indicators: { ho_so_dung_han: 300 } } } },
    ]);
    const ratio = model.ratios.find((r) => r.id === 'ty_le_ho_so_dung_han')!;
    expect(ratio.period).toEqual({ numerator: 995, denominator: 1010, units: 2, value: 995 / 1010 });
    expect(ratio.period.value).not.toBeCloseTo((0.99 + 0.5) / 2, 2);
  });

  it("gives a ratio's change in points only against a previous period wholly inside the plan", () => {
    const files: FileSpec[] = [
      {
        unit: 'phuong-vinh-tuy',
        month: '2020-03',
        tasks: { 'UB.1': { indicators: { ho_so_da_giai_quyet: 100, ho_so_dung_han: 80 } } },
      },
      {
        unit: 'phuong-vinh-tuy',
        month: '2020-04',
        tasks: { 'UB.1': { indicators: { ho_so_da_giai_quyet: 100, ho_so_dung_han: 90 } } },
      },
    ];
    const pick = (m: ReportModel) => m.ratios.find((r) => r.id === 'ty_le_ho_so_dung_han')!;
    const month = pick(report('2020-04', files));
    expect(month.previous?.value).toBe(0.8);
    expect(month.change).toBeCloseTo(0.1, 10);
    const quarter = pick(report('2020-Q2', files));
    expect(quarter.previous?.value).toBe(0.8);
    expect(quarter.change).toBeUndefined();
    expect(pick(report('2020-H1', files)).previous).toBeUndefined();
  });

  it('has no value when the denominator is 0', () => {
    const model = report('2020-04', [
      {
        unit: 'phuong-vinh-tuy',
        month: '2020-04',
        tasks: { 'HD.4': { indicators: { nghi_quyet_ban_hanh: 0, nghi_quyet_lay_y_kien: 0 } } },
      },
    ]);
    const ratio = model.ratios.find((r) => r.id === 'ty_le_nghi_quyet_lay_y_kien')!;
    expect(ratio.period.denominator).toBe(0);
    expect(ratio.period.value).toBeUndefined();
    expect(ratio.change).toBeUndefined();
  });
});

describe('not reported is a gap, not a zero', () => {
  const files: FileSpec[] = [
    {
      unit: 'phuong-vinh-tuy',
      month: '2020-04',
      tasks: { 'UB.3': { indicators: { vu_viec_phat_hien: 0 } }, 'UB.1': { indicators: { ho_so_tiep_nhan: 5 } } },
    },
    {
      unit: 'phuong-bach-mai',
      month: '2020-04',
      tasks: { 'UB.3': {}, 'UB.1': { indicators: { ho_so_tiep_nhan: 7 } } },
    },
  ];

  it('counts a 0 as reported and an absent indicator as missing', () => {
    const model = report('2020-04', files);
    const row = indicator(model, 'UB.3.vu_viec_phat_hien');
    expect(row.period.value).toBe(0);
    expect(row.period.reported).toBe(1);
    expect(row.period.missing).toBe(3);
    expect(row.unitValues[unitIndex(model, 'phuong-vinh-tuy')]).toBe(0);
    expect(row.unitValues[unitIndex(model, 'phuong-bach-mai')]).toBeNull();
  });

  it('leaves the total undefined when no unit reported it', () => {
    const row = indicator(report('2020-04', files), 'UB.7.cb_bi_xu_ly');
    expect(row.period.value).toBeUndefined();
    expect(row.period.reported).toBe(0);
    expect(row.period.missing).toBe(4);
  });

  it('lists, per unit that did send a report, the indicators it left out', () => {
    const model = report('2020-04', files);
    const gap = model.quality.gaps.find((g) => g.unit === unitIndex(model, 'phuong-bach-mai'))!;
    expect(gap.refs).toContain('UB.3.vu_viec_phat_hien');
    expect(gap.refs).not.toContain('UB.1.ho_so_tiep_nhan');
    // A unit that sent nothing is "missing" in section I, not a list of gaps.
    expect(model.quality.gaps.some((g) => g.unit === unitIndex(model, 'phuong-dong-tam'))).toBe(false);
  });
});

describe('submission status', () => {
  it('tells on time, late (by the submitted date against day 20), missing and invalid, with rates', () => {
    const model = report('2020-04', [
      { unit: 'phuong-vinh-tuy', month: '2020-04', submitted: '2020-04-20' },
      { unit: 'phuong-bach-mai', month: '2020-04', submitted: '2020-04-23' },
      {
        unit: 'ubnd-quan',
        month: '2020-04',
        valid: false,
        diagnostics: [diagnostic('2020-04/ubnd-quan.yaml', 'error')],
      },
    ]);
    const cell = (id: string) => model.submissions.rows[unitIndex(model, id)]!.cells[0]!;
    expect(cell('phuong-vinh-tuy').state).toBe('on-time');
    expect(cell('phuong-bach-mai')).toMatchObject({
      state: 'late',
      daysLate: 3,
      deadline: '2020-04-20',
      submitted: '2020-04-23',
    });
    expect(cell('phuong-dong-tam').state).toBe('missing');
    expect(cell('ubnd-quan')).toMatchObject({ state: 'invalid', errors: 1 });
    expect(model.submissions.total).toEqual({
      expected: 4,
      received: 2,
      onTime: 1,
      late: 1,
      invalid: 1,
      missing: 1,
      rate: 0.5,
      onTimeRate: 0.25,
    });
    const wards = model.submissions.byKind.find((k) => k.kind === 'phuong')!;
    expect(wards).toMatchObject({ units: 3, expected: 3, received: 2, onTime: 1, rate: 2 / 3, onTimeRate: 1 / 3 });
    expect(model.submissions.byKind.map((k) => k.kind)).toEqual(['phuong', 'ubnd-quan']);
  });

  it('expects every unit every month of a quarter', () => {
    const model = report('2020-Q2', [{ unit: 'phuong-vinh-tuy', month: '2020-05' }]);
    expect(model.submissions.total.expected).toBe(12);
    expect(model.submissions.total.received).toBe(1);
    expect(model.submissions.months.map((m) => m.deadline)).toEqual(['2020-04-20', '2020-05-20', '2020-06-20']);
  });
});

describe('invalid and duplicate files are left out and listed', () => {
  it('does not count an invalid file and lists it with its errors', () => {
    const bad = '2020-04/phuong-bach-mai.yaml';
    const model = report('2020-04', [
      { unit: 'phuong-vinh-tuy', month: '2020-04', tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 10 } } } },
      {
        unit: 'phuong-bach-mai',
        month: '2020-04',
        tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 999 } } },
        diagnostics: [diagnostic(bad, 'error', 12, 7), diagnostic(bad, 'warning')],
      },
    ]);
    expect(indicator(model, 'UB.1.ho_so_tiep_nhan').period.value).toBe(10);
    expect(model.quality.excluded).toHaveLength(1);
    const listed = model.quality.excluded[0]!;
    expect(listed).toMatchObject({
      file: bad,
      unitId: 'phuong-bach-mai',
      month: '2020-04',
      reason: 'errors',
      unit: unitIndex(model, 'phuong-bach-mai'),
    });
    expect(listed.diagnostics.map((d) => [d.severity, d.line, d.column])).toEqual([['error', 12, 7]]);
  });

  it('counts neither of two files for the same unit and month', () => {
    const model = report('2020-04', [
      {
        unit: 'phuong-vinh-tuy',
        month: '2020-04',
        file: '2020-04/phuong-vinh-tuy.yaml',
        tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 10 } } },
      },
      {
        unit: 'phuong-vinh-tuy',
        month: '2020-04',
        file: '2020-04/vinh-tuy-copy.yaml',
        tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 10 } } },
      },
    ]);
    expect(indicator(model, 'UB.1.ho_so_tiep_nhan').period.value).toBeUndefined();
    expect(model.quality.excluded.map((f) => [f.file, f.reason])).toEqual([
      ['2020-04/phuong-vinh-tuy.yaml', 'duplicate'],
      ['2020-04/vinh-tuy-copy.yaml', 'duplicate'],
    ]);
    expect(model.submissions.rows[unitIndex(model, 'phuong-vinh-tuy')]!.cells[0]!.state).toBe('invalid');
  });

  it('lists a file of a unit not in the registry, and counts earlier invalid files apart', () => {
    const model = report('2020-04', [
      { unit: 'phuong-khong-co', month: '2020-04' },
      { unit: 'phuong-vinh-tuy', month: '2020-03', valid: false, diagnostics: [diagnostic('x', 'error')] },
    ]);
    expect(model.quality.excluded.map((f) => [f.unitId, f.reason, f.unit])).toEqual([
      ['phuong-khong-co', 'unknown-unit', undefined],
    ]);
    expect(model.quality.excludedEarlier).toBe(1);
  });

  it('lists warnings of counted files', () => {
    const model = report('2020-04', [
      {
        unit: 'phuong-vinh-tuy',
        month: '2020-04',
        diagnostics: [diagnostic('2020-04/phuong-vinh-tuy.yaml', 'warning', 4, 3)],
      },
    ]);
    expect(model.quality.excluded).toEqual([]);
    expect(model.quality.warnings.map((w) => [w.file, w.diagnostics.length])).toEqual([
      ['2020-04/phuong-vinh-tuy.yaml', 1],
    ]);
  });
});

describe('task status', () => {
  it("counts each unit's latest status in the period, per task", () => {
    const model = report('2020-Q2', [
      { unit: 'phuong-vinh-tuy', month: '2020-04', tasks: { 'CU.2': { status: 'dang-thuc-hien' } } },
      { unit: 'phuong-vinh-tuy', month: '2020-05', tasks: { 'CU.2': { status: 'hoan-thanh', summary: 'Xong.' } } },
      { unit: 'phuong-bach-mai', month: '2020-04', tasks: { 'CU.2': { status: 'thuong-xuyen' } } },
    ]);
    const task = model.groups.flatMap((g) => g.tasks).find((t) => t.id === 'CU.2')!;
    const counts = Object.fromEntries(task.statusCounts.map((c) => [c.status, c.count]));
    expect(counts).toEqual({ 'chua-thuc-hien': 0, 'dang-thuc-hien': 0, 'thuong-xuyen': 1, 'hoan-thanh': 1 });
    // The three wards are expected (UBND quận does not report CU); Đồng Tâm sent nothing.
    expect(task.expected).toBe(3);
    expect(task.notReported).toBe(1);
    expect(task.summaries).toEqual([{ unit: unitIndex(model, 'phuong-vinh-tuy'), month: '2020-05', text: 'Xong.' }]);
  });
});

describe('models and exemplars', () => {
  const m = (id: string, extra: Record<string, string> = {}) => ({
    id,
    type: 'mo-hinh',
    name: `Mô hình ${id}`,
    field: 'kinh-te',
    status: 'dang-thuc-hien',
    ...extra,
  });
  const files: FileSpec[] = [
    { unit: 'phuong-vinh-tuy', month: '2020-03', models: [m('a'), m('b')] },
    {
      unit: 'phuong-vinh-tuy',
      month: '2020-04',
      models: [m('a', { status: 'cong-nhan' }), m('c'), m('d', { type: 'dien-hinh', field: 'van-hoa-xa-hoi' })],
    },
    { unit: 'phuong-bach-mai', month: '2020-04', models: [m('x', { since: '2020-02' })] },
  ];

  it('takes the latest list, tells new from carried over, and reports what disappeared', () => {
    const model = report('2020-04', files);
    const vt = unitIndex(model, 'phuong-vinh-tuy');
    expect(model.models.items.filter((i) => i.unit === vt).map((i) => [i.id, i.isNew])).toEqual([
      ['a', false],
      ['c', true],
      ['d', true],
    ]);
    // `since` before the period: not new, even without an earlier list.
    expect(model.models.items.find((i) => i.id === 'x')?.isNew).toBe(false);
    expect(model.models.disappeared).toEqual([expect.objectContaining({ unit: vt, id: 'b', lastSeen: '2020-03' })]);
    expect(model.models.byType).toEqual([
      { type: 'mo-hinh', label: 'Mô hình', total: 3, new: 1, effective: 1 },
      { type: 'dien-hinh', label: 'Điển hình', total: 1, new: 1, effective: 0 },
    ]);
    const economy = model.models.byField.find((f) => f.field === 'kinh-te')!;
    expect(economy.total).toBe(3);
    expect(model.models.unitsWithList).toBe(2);
    const cell = model.models.counts.find(
      (c) => c.type === 'mo-hinh' && c.field === 'kinh-te' && c.status === 'cong-nhan',
    )!;
    expect(cell).toMatchObject({ total: 1, new: 0 });
  });

  it('reports an entry dropped between two months of the same quarter', () => {
    const model = report('2020-Q2', [
      { unit: 'phuong-vinh-tuy', month: '2020-04', models: [m('a'), m('b')] },
      { unit: 'phuong-vinh-tuy', month: '2020-06', models: [m('a')] },
    ]);
    expect(model.models.disappeared.map((d) => [d.id, d.lastSeen])).toEqual([['b', '2020-04']]);
    expect(model.models.items.map((i) => i.month)).toEqual(['2020-06']);
  });
});

describe('difficulties, proposals and the document', () => {
  it('quotes difficulties and proposals with their unit and month', () => {
    const model = report('2020-04', [
      { unit: 'phuong-vinh-tuy', month: '2020-04', difficulties: '  Thiếu kinh phí. ', proposals: 'Đề nghị hỗ trợ.' },
    ]);
    expect(model.difficulties).toEqual([
      { unit: unitIndex(model, 'phuong-vinh-tuy'), month: '2020-04', text: 'Thiếu kinh phí.' },
    ]);
    expect(model.proposals.map((p) => p.text)).toEqual(['Đề nghị hỗ trợ.']);
  });

  it("dates the report on the deadline day of the period's last month unless told otherwise", () => {
    expect(report('2020-04', []).document).toMatchObject({ date: '2020-04-20', dateIsDefault: true });
    expect(report('2020-Q2', []).document.date).toBe('2020-06-20');
    expect(report('2020', []).document.date).toBe('2020-12-20');
    expect(report('2020-04', [], { date: '2020-04-25', number: '25' }).document).toMatchObject({
      date: '2020-04-25',
      dateIsDefault: false,
      number: '25',
    });
  });
});

describe('receipt dates in the submission figures', () => {
  it('judges each month by the later of submitted: and the receipt date, and lists files whose dates differ', () => {
    const model = report(
      '2020-Q2',
      [
        { unit: 'phuong-vinh-tuy', month: '2020-04', submitted: '2020-04-15', received: '2020-04-25' },
        { unit: 'phuong-vinh-tuy', month: '2020-05', submitted: '2020-05-15', received: '2020-05-16' },
        { unit: 'phuong-bach-mai', month: '2020-04', submitted: '2020-04-10' },
      ],
      { receiptRule: 'git' },
    );
    const row = model.submissions.rows[unitIndex(model, 'phuong-vinh-tuy')]!;
    expect(row.cells.map((c) => [c.month, c.state, c.daysLate])).toEqual([
      ['2020-04', 'late', 5],
      ['2020-05', 'on-time', undefined],
      ['2020-06', 'missing', undefined],
    ]);
    expect(row.cells[0]).toMatchObject({ submitted: '2020-04-15', received: '2020-04-25' });
    expect(model.submissions.receipts).toEqual({
      rule: 'git',
      differing: [
        {
          unit: unitIndex(model, 'phuong-vinh-tuy'),
          month: '2020-04',
          file: '2020-04/phuong-vinh-tuy.yaml',
          submitted: '2020-04-15',
          received: '2020-04-25',
        },
      ],
      uncommitted: 1,
    });
  });

  it('without receipt dates the rule is "off" and nothing is listed', () => {
    const model = report('2020-04', [{ unit: 'phuong-vinh-tuy', month: '2020-04', submitted: '2020-04-15' }]);
    expect(model.submissions.receipts).toEqual({ rule: 'off', differing: [], uncommitted: 0 });
  });
});
