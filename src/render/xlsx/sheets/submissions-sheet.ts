import {
  COUNT,
  STATE_FILLS,
  TEXT,
  aligned,
  filled,
  totalRow,
  withFormat,
  type Cell,
  type Column,
  type Value,
} from '../sheet-layout.js';
import { dateShort, monthShort } from '../../vi-format.js';
import type { SheetContext } from './context.js';
import { writeTableSheet } from './table-sheet.js';

const COUNT_CENTRED = aligned(withFormat({ font: TEXT.font }, COUNT), 'center');

/** One row per unit and month: deadline, date sent, state (coloured), days late, errors, warnings, file. */
export async function writeSubmissionsSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.submissions.columns.${k}`);
  const columns: Column[] = [
    { header: c('number'), numFmt: COUNT },
    { header: c('unit') },
    { header: c('kind') },
    { header: c('month'), align: 'center' },
    { header: c('deadline'), align: 'center' },
    { header: c('submitted'), align: 'center' },
    { header: c('state'), align: 'center' },
    { header: c('daysLate'), numFmt: COUNT },
    { header: c('errors'), numFmt: COUNT },
    { header: c('warnings'), numFmt: COUNT },
    { header: c('file'), maxWidth: 50, inlineFrom: 0 },
  ];
  const stateText = new Map(Object.keys(STATE_FILLS).map((s) => [s, say(`states.${s}`)]));
  const months = new Map(
    model.submissions.months.map((m) => [m.month, { month: monthShort(m.month), deadline: dateShort(m.deadline) }]),
  );
  const states: string[] = [];
  const rows: Value[][] = [];
  for (const r of model.submissions.rows) {
    const unit = model.units[r.unit]!;
    for (const cell of r.cells) {
      states.push(cell.state);
      const m = months.get(cell.month);
      rows.push([
        rows.length + 1,
        unit.name,
        unit.kindLabel,
        m?.month ?? monthShort(cell.month),
        m?.deadline ?? dateShort(cell.deadline),
        cell.submitted ? dateShort(cell.submitted) : null,
        stateText.get(cell.state) ?? say(`states.${cell.state}`),
        cell.daysLate ?? null,
        cell.errors,
        cell.warnings,
        cell.files.join('\n') || null,
      ]);
    }
  }
  // Totals: one row per state, its count in the state column.
  const t = model.submissions.total;
  const totals: [string, number][] = [
    [say('states.on-time'), t.onTime],
    [say('states.late'), t.late],
    [say('states.invalid'), t.invalid],
    [say('states.missing'), t.missing],
  ];
  await writeTableSheet(ctx, {
    key: 'submissions',
    block: { issuer: ctx.issuer, title: say('sheets.submissions.title'), subtitle: say('title') },
    columns,
    rows,
    freezeColumns: 2,
    paint: (cells, k) => {
      const fill = STATE_FILLS[states[k]!];
      if (fill) cells[6] = { ...cells[6], style: filled(cells[6]!.style!, fill.fill) };
    },
    after: {
      rows: totals.length,
      write: (out) => {
        for (const [name, n] of totals) {
          const cells: Cell[] = [];
          cells[1] = { value: `${say('total')}: ${name}`, style: TEXT };
          cells[6] = { value: n, style: COUNT_CENTRED };
          out.add(totalRow(cells, columns.length));
        }
      },
    },
  });
}
