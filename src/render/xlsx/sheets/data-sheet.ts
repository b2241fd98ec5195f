import { formatCount, monthShort } from '../../vi-format.js';
import { COUNT, FONT, finishSheet, fitColumns, writeTitle, type Column, type Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';

/**
 * Rows of the long table the workbook carries. Far below Excel's 1,048,576: exceljs holds every cell
 * in memory, and a city's year (3,000 units × 12 months × 60 indicators) would not fit. Beyond it
 * the sheet says so in its first row instead of silently dropping rows.
 */
export const MAX_DATA_ROWS = 100_000;

/** The long table (unit, month, task, indicator, value) as an Excel table, ready for a PivotTable. */
export function writeDataSheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('data'));
  const c = (k: string) => say(`sheets.data.columns.${k}`);
  const info = new Map(model.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators.map((i) => [i.ref, { group: g.id, task: t.id, i }] as const))));
  const columns: Column[] = [
    { header: c('unitId') }, { header: c('unit') }, { header: c('kind') }, { header: c('month') }, { header: c('group') }, { header: c('task') },
    { header: c('indicator'), maxWidth: 34 }, { header: c('label'), maxWidth: 50 }, { header: c('measure') }, { header: c('aggregation') }, { header: c('value'), numFmt: COUNT },
  ];
  const tooMany = model.records.length > MAX_DATA_ROWS;
  const rows: Value[][] = (tooMany ? [] : model.records).map((r) => {
    const u = model.units[r.unit]!;
    const x = info.get(r.ref);
    return [u.id, u.name, u.kindLabel, monthShort(r.month), x?.group ?? null, x?.task ?? null, r.ref, x?.i.label ?? null, x?.i.measure ?? null, x ? say(`kinds.${x.i.kind}`) : null, r.value];
  });
  const note = tooMany ? say('sheets.data.tooMany', { rows: formatCount(model.records.length), max: formatCount(MAX_DATA_ROWS) }) : undefined;
  const headerRow = writeTitle(ws, { issuer: ctx.issuer, title: say('sheets.data.title'), subtitle: say('title'), ...(note ? { note } : {}) }, columns.length);
  ws.addTable({
    name: say('sheets.data.table'),
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: columns.map((col) => ({ name: col.header, filterButton: true })),
    // An empty table is not valid in Excel; one blank row keeps the sheet openable.
    rows: rows.length > 0 ? rows.map((r) => r.map((v) => (v === undefined ? null : v))) as unknown[][] : [columns.map(() => null)],
  });
  for (let r = headerRow; r <= headerRow + Math.max(rows.length, 1); r++) {
    const row = ws.getRow(r);
    for (let col = 1; col <= columns.length; col++) row.getCell(col).font = { name: FONT, size: 11, bold: r === headerRow };
    if (r > headerRow) row.getCell(columns.length).numFmt = COUNT;
  }
  fitColumns(ws, columns, rows, headerRow);
  finishSheet(ws, { headerRow, lastRow: headerRow + rows.length, columns: columns.length, freezeColumns: 2, filter: false, header: ctx.pageHeader, footer: ctx.pageFooter });
}
