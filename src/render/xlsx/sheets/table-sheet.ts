import { CELL_LIMIT, splitLongRows } from '../cell-text.js';
import { rowHeight, WidthMeter } from '../sheet-measure.js';
import {
  bodyCells,
  type Column,
  firstFreeRow,
  headerRows,
  sheetFrame,
  type TitleBlock,
  titleBlock,
  totalsRow,
  valuesOf,
} from '../sheet-layout.js';
import type { Row, SheetSpec, Value } from '../writer/sheet-spec.js';
import type { SheetContext } from './context.js';
import { sheetParts } from './sheet-parts.js';

export interface TableSheet<R> {
  /** Key of the sheet under `sheets:` in the wording. */
  key: string;
  block: TitleBlock;
  columns: Column<R>[];
  rows: readonly R[];
  freezeColumns?: number;
  /** A reference sheet (full texts): a print of the workbook takes its title and header only. */
  printTitleOnly?: boolean;
  /** Rows under the table (totals), values by column key, on its last sheet; they are not filtered. */
  totals?: readonly Readonly<Record<string, Value>>[];
}

/**
 * The usual sheet: a title block, one table with a filter, frozen header, widths that fit. A table
 * longer than a worksheet goes on in further sheets, each with the title block and header. A text
 * longer than a cell holds goes on in the rows under it (splitLongRows).
 */
export function tableSheets<R>(ctx: SheetContext, sheet: TableSheet<R>): SheetSpec[] {
  const { columns } = sheet;
  const withNote = { ...sheet.block, note: sheet.block.note ?? ' ' };
  const marks = { continued: ` ${ctx.say('cellContinued')}`, continuation: `${ctx.say('cellContinuation')} ` };
  // A table row as the sheet's rows: more than one when a text is longer than a cell holds.
  const split = (values: Value[]): Value[][] =>
    values.some((v) => typeof v === 'string' && v.length > CELL_LIMIT) ? splitLongRows([values], marks).rows : [values];

  // Widths, and how many sheet rows the table takes, measured now; the rows themselves are made
  // again as they are written, so that a sheet of a region's hundreds of thousands of rows is not
  // held in memory while the others are written.
  const meter = new WidthMeter(columns);
  const taller = new Map<number, number>();
  let total = 0;
  sheet.rows.forEach((r, k) => {
    const rows = split(valuesOf(columns, r));
    if (rows.length > 1) taller.set(k, rows.length);
    for (const values of rows) meter.add(values);
    total += rows.length;
  });
  const measured = meter.widths();
  const widths = columns.map((c, i) => c.width ?? measured[i]!);
  const totals = sheet.totals ?? [];
  const capacity = ctx.maxRows - firstFreeRow(withNote) - totals.length;
  const parts = sheetParts(ctx, sheet.key, total, capacity);

  /** The sheet rows [from, to) of the table, made from the table rows. */
  function* bodyRows(from: number, to: number): Generator<Row> {
    let at = 0;
    for (let k = 0; k < sheet.rows.length && at < to; k++) {
      const taken = taller.get(k) ?? 1;
      if (at + taken <= from) {
        at += taken;
        continue;
      }
      const row = sheet.rows[k]!;
      for (const values of split(valuesOf(columns, row))) {
        if (at >= from && at < to)
          yield { cells: bodyCells(columns, row, values), height: rowHeight(columns, values, widths) };
        at++;
      }
    }
  }
  return parts.map((part, k) => {
    const notes = [sheet.block.note, part.note].filter((n) => n !== undefined);
    const block = { ...sheet.block, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
    const at = firstFreeRow(block);
    const title = titleBlock(block, columns.length);
    const header = headerRows(columns, widths, at);
    const headerRow = at + header.rows.length - 1;
    const last = headerRow + part.to - part.from;
    function* rows(): Generator<Row> {
      yield* title.rows;
      yield* header.rows;
      yield* bodyRows(part.from, part.to);
      if (k === parts.length - 1) for (const t of totals) yield { cells: totalsRow(columns, t) };
    }
    return {
      ...sheetFrame(ctx, {
        name: part.name,
        widths,
        headerRow,
        ...(sheet.freezeColumns ? { freezeColumns: sheet.freezeColumns } : {}),
        ...(sheet.printTitleOnly ? { printArea: [headerRow, columns.length] as const } : {}),
      }),
      rows: rows(),
      merges: [...title.merges, ...header.merges],
      notes: header.notes,
      ...(last > headerRow ? { autoFilter: { from: [headerRow, 1], to: [last, columns.length] } } : {}),
    };
  });
}
