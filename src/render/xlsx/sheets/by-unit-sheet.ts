import type { ReportModel } from '../../../core/report-model.js';
import { aligned, asTotals, COUNT, FONT, NOT_REPORTED_FILL, painted, TEXT, withFormat } from '../sheet-styles.js';
import { textWidth } from '../sheet-measure.js';
import {
  bodyCells,
  cellsByKey,
  type Column,
  firstFreeRow,
  headerRows,
  sheetFrame,
  titleBlock,
  valuesOf,
} from '../sheet-layout.js';
import type { Cell, CellStyle, Row, SheetSpec } from '../writer/sheet-spec.js';
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

type UnitRow = { index: number; unit: ReportModel['units'][number] };

/**
 * Units down, indicators across (the period and the year to date for each), with a totals row.
 * The totals are SUBTOTAL formulas, so a filter on units re-adds what is shown; their cached results
 * are the report's own totals (the same sum, since a unit that did not report leaves its cell empty).
 * "—" marks an indicator the unit had to report and did not; an empty grey cell, one it does not report.
 */
export function byUnitSheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.byUnit.columns.${k}`);
  const dash = say('notReported');
  const indicators = model.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators));
  type Indicator = (typeof indicators)[number];
  const plain = () => TEXT;
  const expected = (ind: Indicator, r: UnitRow) =>
    (ind.unitValues[r.index] ?? null) !== null ||
    (ind.unitYtd[r.index] ?? null) !== null ||
    reportsTask(model, ind.taskId, r.unit.kind);
  // A figure, or "—" where the unit had to report the indicator and did not, or an empty grey cell.
  const figure = (ind: Indicator, which: 'period' | 'ytd'): Column<UnitRow> => ({
    key: `${ind.ref}.${which}`,
    header: c(which),
    group: `${ind.ref}\n${ind.label} (${ind.measure})`,
    width: 12,
    value: (r) => (which === 'period' ? ind.unitValues : ind.unitYtd)[r.index] ?? (expected(ind, r) ? dash : null),
    paint: (_, v) => (v === null ? GREY : typeof v === 'string' ? DASH : NUMBER),
  });
  const columns: Column<UnitRow>[] = [
    { key: 'number', header: c('number'), width: 5, value: (r) => r.index + 1, paint: plain },
    {
      key: 'unit',
      header: c('unit'),
      width: Math.min(Math.max(...model.units.map((u) => textWidth(u.name)), 12) + 2, 34),
      value: (r) => r.unit.name,
      paint: plain,
    },
    {
      key: 'kind',
      header: c('kind'),
      width: Math.min(Math.max(...model.units.map((u) => textWidth(u.kindLabel)), 10) + 2, 24),
      value: (r) => r.unit.kindLabel,
      paint: plain,
    },
    ...indicators.flatMap((ind) => [figure(ind, 'period'), figure(ind, 'ytd')]),
  ];
  const widths = columns.map((col) => col.width ?? 12);
  // The unit's own columns, before the indicators' figures: frozen, and repeated on every printed page.
  const lead = columns.filter((col) => col.group === undefined).length;
  const block = { issuer: ctx.issuer, title: say('sheets.byUnit.title'), subtitle: say('title') };
  const top = firstFreeRow(block);
  const title = titleBlock(block, 12);
  const header = headerRows(columns, widths, top, [75, 30], HEAD);
  const first = top + 2;
  const last = first + model.units.length - 1;

  const totals: Record<string, Cell> = { unit: { value: say('total'), style: TEXT } };
  for (const ind of indicators)
    for (const which of ['period', 'ytd'] as const) {
      const result = ind[which].value;
      totals[`${ind.ref}.${which}`] =
        result === undefined
          ? { value: dash, style: DASH }
          : { value: { subtotalOfRows: [first, Math.max(first, last)], result }, style: NUMBER };
    }

  function* rows(): Generator<Row> {
    yield* title.rows;
    yield* header.rows;
    for (const [index, unit] of model.units.entries()) {
      const r = { index, unit };
      yield { cells: bodyCells(columns, r, valuesOf(columns, r)) };
    }
    yield { cells: asTotals(cellsByKey(columns, totals)) };
  }
  return [
    {
      ...sheetFrame(ctx, {
        name: ctx.sheetName('byUnit'),
        widths,
        headerRow: top + 1,
        printTitles: [top, top + 1],
        freezeColumns: lead,
        print: printBands(widths, lead, indicators.length),
      }),
      rows: rows(),
      merges: [...title.merges, ...header.merges],
      ...(last > top + 1 ? { autoFilter: { from: [top + 1, 1], to: [last, columns.length] } } : {}),
    },
  ];
}
