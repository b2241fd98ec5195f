import { COUNT, FONT, NOT_REPORTED_FILL, cellRef, finishSheet, paint, styleTotalRow, textWidth, writeTitle } from '../sheet-layout.js';
import { reportsTask, type SheetContext } from './context.js';

/**
 * Units down, indicators across (the period and the year to date for each), with a totals row.
 * The totals are SUBTOTAL formulas, so a filter on units re-adds what is shown; their cached results
 * are the report's own totals (the same sum, since a unit that did not report leaves its cell empty).
 * "—" marks an indicator the unit had to report and did not; an empty grey cell, one it does not report.
 */
export function writeByUnitSheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('byUnit'));
  const c = (k: string) => say(`sheets.byUnit.columns.${k}`);
  const indicators = model.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators));
  const lead = 3;
  const width = lead + indicators.length * 2;
  const top = writeTitle(ws, { issuer: ctx.issuer, title: say('sheets.byUnit.title'), subtitle: say('title') }, 12);
  // Two header rows: the indicator over its two columns, then "period" / "year to date".
  const h1 = ws.getRow(top);
  const h2 = ws.getRow(top + 1);
  const headerCell = (cell: import('exceljs').Cell, text: string) => {
    cell.value = text;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  };
  [c('number'), c('unit'), c('kind')].forEach((text, i) => {
    headerCell(h1.getCell(i + 1), text);
    headerCell(h2.getCell(i + 1), text);
    ws.mergeCells(top, i + 1, top + 1, i + 1);
  });
  indicators.forEach((ind, k) => {
    const col = lead + 1 + k * 2;
    headerCell(h1.getCell(col), `${ind.ref}\n${ind.label} (${ind.measure})`);
    headerCell(h1.getCell(col + 1), '');
    ws.mergeCells(top, col, top, col + 1);
    headerCell(h2.getCell(col), c('period'));
    headerCell(h2.getCell(col + 1), c('ytd'));
  });
  h1.height = 75;
  h2.height = 30;

  const first = top + 2;
  const dash = say('notReported');
  model.units.forEach((u, ui) => {
    const row = ws.getRow(first + ui);
    row.getCell(1).value = ui + 1;
    row.getCell(2).value = u.name;
    row.getCell(3).value = u.kindLabel;
    indicators.forEach((ind, k) => {
      const col = lead + 1 + k * 2;
      const expected = ind.unitValues[ui] !== null || ind.unitYtd[ui] !== null || reportsTask(model, ind.taskId, u.kind);
      for (const [offset, v] of [[0, ind.unitValues[ui]], [1, ind.unitYtd[ui]]] as const) {
        const cell = row.getCell(col + offset);
        if (!expected) {
          paint(cell, NOT_REPORTED_FILL);
          continue;
        }
        cell.value = v ?? dash;
        if (v === null || v === undefined) cell.alignment = { horizontal: 'center' };
        else cell.numFmt = COUNT;
      }
    });
    for (let col = 1; col <= width; col++) row.getCell(col).font = { ...row.getCell(col).font, name: FONT, size: 11 };
  });

  const totalRow = first + model.units.length;
  const last = totalRow - 1;
  const tr = ws.getRow(totalRow);
  tr.getCell(2).value = say('total');
  indicators.forEach((ind, k) => {
    const col = lead + 1 + k * 2;
    for (const [offset, figure] of [[0, ind.period], [1, ind.ytd]] as const) {
      const cell = tr.getCell(col + offset);
      if (figure.value === undefined) {
        cell.value = dash;
        cell.alignment = { horizontal: 'center' };
      } else {
        cell.value = { formula: `SUBTOTAL(109,${cellRef(first, col + offset)}:${cellRef(Math.max(first, last), col + offset)})`, result: figure.value };
        cell.numFmt = COUNT;
      }
    }
  });
  styleTotalRow(ws, totalRow, 1, width);

  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = Math.min(Math.max(...model.units.map((u) => textWidth(u.name)), 12) + 2, 40);
  ws.getColumn(3).width = Math.min(Math.max(...model.units.map((u) => textWidth(u.kindLabel)), 10) + 2, 32);
  for (let col = lead + 1; col <= width; col++) ws.getColumn(col).width = 12;
  finishSheet(ws, { headerRow: top + 1, lastRow: last, columns: width, freezeColumns: 3, header: ctx.pageHeader, footer: ctx.pageFooter });
  ws.pageSetup.printTitlesRow = `${top}:${top + 1}`;
}


