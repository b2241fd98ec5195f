import { COUNT, STATE_FILLS, finishSheet, fitColumns, styleTotalRow, writeTable, writeTitle, type Column, type Value } from '../sheet-layout.js';
import { dateShort, monthShort } from '../../vi-format.js';
import type { SheetContext } from './context.js';

/** One row per unit and month: deadline, date sent, state (coloured), days late, errors, warnings, file. */
export function writeSubmissionsSheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('submissions'));
  const c = (k: string) => say(`sheets.submissions.columns.${k}`);
  const columns: Column[] = [
    { header: c('number'), numFmt: COUNT }, { header: c('unit') }, { header: c('kind') }, { header: c('month'), align: 'center' },
    { header: c('deadline'), align: 'center' }, { header: c('submitted'), align: 'center' }, { header: c('state'), align: 'center' },
    { header: c('daysLate'), numFmt: COUNT }, { header: c('errors'), numFmt: COUNT }, { header: c('warnings'), numFmt: COUNT }, { header: c('file'), maxWidth: 50 },
  ];
  const states: string[] = [];
  const rows: Value[][] = [];
  for (const r of model.submissions.rows) {
    const unit = model.units[r.unit]!;
    for (const cell of r.cells) {
      states.push(cell.state);
      rows.push([
        rows.length + 1, unit.name, unit.kindLabel, monthShort(cell.month), dateShort(cell.deadline), cell.submitted ? dateShort(cell.submitted) : null,
        say(`states.${cell.state}`), cell.daysLate ?? null, cell.errors, cell.warnings, cell.files.join('\n') || null,
      ]);
    }
  }
  const headerRow = writeTitle(ws, { issuer: ctx.issuer, title: say('sheets.submissions.title'), subtitle: say('title') }, columns.length);
  const last = writeTable(ws, headerRow, columns, rows);
  states.forEach((s, k) => {
    const fill = STATE_FILLS[s];
    if (fill) ws.getRow(headerRow + 1 + k).getCell(7).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill.fill } };
  });
  // Totals: one row per state, its count in the state column.
  const t = model.submissions.total;
  const totals: [string, number][] = [
    [say('states.on-time'), t.onTime], [say('states.late'), t.late], [say('states.invalid'), t.invalid], [say('states.missing'), t.missing],
  ];
  let r = last + 1;
  for (const [name, n] of totals) {
    const row = ws.getRow(r);
    row.getCell(2).value = `${say('total')}: ${name}`;
    row.getCell(7).value = n;
    row.getCell(7).numFmt = COUNT;
    row.getCell(7).alignment = { horizontal: 'center' };
    styleTotalRow(ws, r, 1, columns.length);
    r++;
  }
  fitColumns(ws, columns, rows, headerRow);
  finishSheet(ws, { headerRow, lastRow: last, columns: columns.length, freezeColumns: 2, header: ctx.pageHeader, footer: ctx.pageFooter });
}
