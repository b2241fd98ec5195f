import type { ReportModel } from '../../../core/report-model.js';
import { dateShort, monthShort } from '../../vi-format.js';
import { COUNT, filled, STATE_FILLS } from '../sheet-styles.js';
import type { Column } from '../sheet-layout.js';
import type { SheetSpec } from '../writer/sheet-spec.js';
import type { SheetContext } from './context.js';
import { tableSheets } from './table-sheet.js';

type SubmissionRow = {
  number: number;
  unit: ReportModel['units'][number];
  cell: ReportModel['submissions']['rows'][number]['cells'][number];
};

/** One row per unit and month: deadline, date sent, state (coloured), days late, errors, warnings, file. */
export function submissionsSheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.submissions.columns.${k}`);
  const stateText = new Map(Object.keys(STATE_FILLS).map((s) => [s, say(`states.${s}`)]));
  const months = new Map(
    model.submissions.months.map((m) => [m.month, { month: monthShort(m.month), deadline: dateShort(m.deadline) }]),
  );
  const count = { numFmt: COUNT };
  const centred = { align: 'center' } as const;
  const columns: Column<SubmissionRow>[] = [
    { key: 'number', header: c('number'), value: (r) => r.number, style: count },
    { key: 'unit', header: c('unit'), value: (r) => r.unit.name },
    { key: 'kind', header: c('kind'), value: (r) => r.unit.kindLabel },
    {
      key: 'month',
      header: c('month'),
      value: (r) => months.get(r.cell.month)?.month ?? monthShort(r.cell.month),
      style: centred,
    },
    {
      key: 'deadline',
      header: c('deadline'),
      value: (r) => months.get(r.cell.month)?.deadline ?? dateShort(r.cell.deadline),
      style: centred,
    },
    {
      key: 'submitted',
      header: c('submitted'),
      value: (r) => (r.cell.submitted ? dateShort(r.cell.submitted) : null),
      style: centred,
    },
    {
      key: 'state',
      header: c('state'),
      value: (r) => stateText.get(r.cell.state) ?? say(`states.${r.cell.state}`),
      style: centred,
      paint: (r, _, look) => {
        const fill = STATE_FILLS[r.cell.state];
        return fill ? filled(look, fill.fill) : look;
      },
    },
    { key: 'daysLate', header: c('daysLate'), value: (r) => r.cell.daysLate ?? null, style: count },
    { key: 'errors', header: c('errors'), value: (r) => r.cell.errors, style: count },
    { key: 'warnings', header: c('warnings'), value: (r) => r.cell.warnings, style: count },
    { key: 'file', header: c('file'), value: (r) => r.cell.files.join('\n') || null, maxWidth: 50, inlineFrom: 0 },
  ];
  const rows: SubmissionRow[] = [];
  for (const r of model.submissions.rows) {
    const unit = model.units[r.unit]!;
    for (const cell of r.cells) rows.push({ number: rows.length + 1, unit, cell });
  }
  // Totals: one row per state, its count in the state column.
  const t = model.submissions.total;
  const totals = (
    [
      ['on-time', t.onTime],
      ['late', t.late],
      ['invalid', t.invalid],
      ['missing', t.missing],
    ] as const
  ).map(([state, n]) => ({ unit: `${say('total')}: ${say(`states.${state}`)}`, state: n }));
  return tableSheets(ctx, {
    key: 'submissions',
    block: { issuer: ctx.issuer, title: say('sheets.submissions.title'), subtitle: say('title') },
    columns,
    rows,
    freezeColumns: 2,
    totals,
  });
}
