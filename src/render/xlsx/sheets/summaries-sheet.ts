import { monthShort } from '../../vi-format.js';
import { finishSheet, fitColumns, writeTable, writeTitle, type Column, type Value } from '../sheet-layout.js';
import { label, type SheetContext } from './context.js';

/** Each unit's latest summary of each task in the period, in full (the Markdown report quotes only a few). */
export function writeSummariesSheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('summaries'));
  const c = (k: string) => say(`sheets.summaries.columns.${k}`);
  const columns: Column[] = [
    { header: c('unit') }, { header: c('month'), align: 'center' }, { header: c('task'), maxWidth: 8 }, { header: c('label'), wrap: true, maxWidth: 40 },
    { header: c('status') }, { header: c('summary'), wrap: true, maxWidth: 90 },
  ];
  const rows: Value[][] = [];
  model.units.forEach((u, ui) => {
    for (const g of model.groups) {
      for (const t of g.tasks) {
        const s = t.summaries.find((x) => x.unit === ui);
        if (!s) continue;
        const status = t.unitStatus[ui];
        rows.push([u.name, monthShort(s.month), t.id, t.label, status ? label(model.vocab.taskStatuses, status) : null, s.text]);
      }
    }
  });
  const headerRow = writeTitle(ws, { issuer: ctx.issuer, title: say('sheets.summaries.title'), subtitle: say('title') }, columns.length);
  const last = writeTable(ws, headerRow, columns, rows);
  fitColumns(ws, columns, rows, headerRow);
  finishSheet(ws, { headerRow, lastRow: last, columns: columns.length, freezeColumns: 1, header: ctx.pageHeader, footer: ctx.pageFooter });
}
