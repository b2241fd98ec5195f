import { splitLongRows } from '../cell-text.js';
import { measureWidths, rowHeight } from '../sheet-measure.js';
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
  const { rows: all, origin } = splitLongRows(
    sheet.rows.map((r) => valuesOf(columns, r)),
    { continued: ` ${ctx.say('cellContinued')}`, continuation: `${ctx.say('cellContinuation')} ` },
  );
  const measured = measureWidths(columns, all);
  const widths = columns.map((c, i) => c.width ?? measured[i]!);
  const totals = sheet.totals ?? [];
  const capacity = ctx.maxRows - firstFreeRow(withNote) - totals.length;
  const parts = sheetParts(ctx, sheet.key, all.length, capacity);
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
      for (let i = part.from; i < part.to; i++) {
        const values = all[i]!;
        yield {
          cells: bodyCells(columns, sheet.rows[origin[i]!]!, values),
          height: rowHeight(columns, values, widths),
        };
      }
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
