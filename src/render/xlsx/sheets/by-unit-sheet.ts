import type * as ExcelJS from 'exceljs';
import { cellText } from '../cell-text.js';
import { SheetRows } from '../sheet-rows.js';
import {
  COUNT,
  FONT,
  NOT_REPORTED_FILL,
  TEXT,
  aligned,
  cellRef,
  finishSheet,
  firstFreeRow,
  openSheet,
  painted,
  textWidth,
  totalRow,
  withFormat,
  writeTitle,
  type Cell,
  type CellStyle,
} from '../sheet-layout.js';
import { reportsTask, type SheetContext } from './context.js';

const HEAD: CellStyle = {
  font: { name: FONT, size: 11, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } },
};
const NUMBER = withFormat(TEXT, COUNT);
const DASH = aligned(TEXT, 'center');
const GREY = painted({}, NOT_REPORTED_FILL);

/** Printable width of an A4 landscape page inside the sheets' margins (0.4 inch each side), in points. */
const PAGE_WIDTH = (297 / 25.4 - 0.8) * 72;
/**
 * Points a unit of column width may take on paper. Excel's default font gives about 5.3; programs
 * that draw it with another font, up to a third more: bands are planned for the wider.
 */
const CHAR_POINTS = 7;
const PRINT_SCALE = 65;

/**
 * The per-unit sheet on paper: the unit columns repeated on every page and, beside them, as many
 * whole indicators (two columns each) as fit; a manual break before each further band, so an
 * indicator's two columns are never printed on two pages.
 */
function printBands(
  widths: readonly number[],
  lead: number,
  indicators: number,
): { scale: number; breaksBefore: number[] } {
  const room = (PAGE_WIDTH * 100) / PRINT_SCALE - widths.slice(0, lead).reduce((n, w) => n + w, 0) * CHAR_POINTS;
  const perPage = Math.max(1, Math.floor(room / (((widths[lead] ?? 12) + (widths[lead + 1] ?? 12)) * CHAR_POINTS)));
  const breaksBefore: number[] = [];
  for (let k = perPage; k < indicators; k += perPage) breaksBefore.push(lead + 1 + 2 * k);
  return { scale: PRINT_SCALE, breaksBefore };
}

/**
 * Units down, indicators across (the period and the year to date for each), with a totals row.
 * The totals are SUBTOTAL formulas, so a filter on units re-adds what is shown; their cached results
 * are the report's own totals (the same sum, since a unit that did not report leaves its cell empty).
 * "—" marks an indicator the unit had to report and did not; an empty grey cell, one it does not report.
 */
export async function writeByUnitSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.byUnit.columns.${k}`);
  const indicators = model.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators));
  const lead = 3;
  const width = lead + indicators.length * 2;
  const block = { issuer: ctx.issuer, title: say('sheets.byUnit.title'), subtitle: say('title') };
  const top = firstFreeRow(block);
  const widths = [
    5,
    Math.min(Math.max(...model.units.map((u) => textWidth(u.name)), 12) + 2, 34),
    Math.min(Math.max(...model.units.map((u) => textWidth(u.kindLabel)), 10) + 2, 24),
    ...indicators.flatMap(() => [12, 12]),
  ];
  const ws = openSheet(ctx, ctx.sheetName('byUnit'), {
    widths,
    headerRow: top + 1,
    printTitles: `${top}:${top + 1}`,
    freezeColumns: 3,
    print: printBands(widths, lead, indicators.length),
  });
  writeTitle(ws, block, 12);
  // Two header rows through exceljs (they merge cells): the indicator over its two columns, then "period" / "year to date".
  const h1 = ws.getRow(top);
  const h2 = ws.getRow(top + 1);
  const headerCell = (cell: ExcelJS.Cell, text: string) => {
    cell.value = cellText(text);
    cell.style = HEAD;
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
  const out = new SheetRows(ctx.wb, ws, first);
  const dash = say('notReported');
  for (const [ui, u] of model.units.entries()) {
    const cells: Cell[] = [
      { value: ui + 1, style: TEXT },
      { value: u.name, style: TEXT },
      { value: u.kindLabel, style: TEXT },
    ];
    indicators.forEach((ind) => {
      const period = ind.unitValues[ui] ?? null;
      const ytd = ind.unitYtd[ui] ?? null;
      const expected = period !== null || ytd !== null || reportsTask(model, ind.taskId, u.kind);
      for (const v of [period, ytd])
        cells.push(
          !expected ? { style: GREY } : v === null ? { value: dash, style: DASH } : { value: v, style: NUMBER },
        );
    });
    out.add(cells);
    if (ui % 512 === 511) await out.drain();
  }

  const last = first + model.units.length - 1;
  const totals: Cell[] = [];
  totals[1] = { value: say('total'), style: TEXT };
  indicators.forEach((ind, k) => {
    const col = lead + 1 + k * 2;
    [ind.period, ind.ytd].forEach((figure, offset) => {
      totals[col - 1 + offset] =
        figure.value === undefined
          ? { value: dash, style: DASH }
          : {
              value: {
                formula: `SUBTOTAL(109,${cellRef(first, col + offset)}:${cellRef(Math.max(first, last), col + offset)})`,
                result: figure.value,
              },
              style: NUMBER,
            };
    });
  });
  out.add(totalRow(totals, width));
  finishSheet(ws, out, { headerRow: top + 1, lastRow: last, columns: width });
}
