import { splitLongRows } from '../cell-text.js';
import { SheetRows } from '../sheet-rows.js';
import {
  finishSheet,
  printRange,
  firstFreeRow,
  measureWidths,
  openSheet,
  writeBody,
  writeHeader,
  writeTitle,
  type Cell,
  type Column,
  type TitleBlock,
  type Value,
} from '../sheet-layout.js';
import type { SheetContext } from './context.js';
import { sheetParts } from './sheet-parts.js';

export interface TableSheet {
  /** Key of the sheet under `sheets:` in the wording. */
  key: string;
  block: TitleBlock;
  columns: Column[];
  rows: Value[][];
  freezeColumns?: number;
  /** Restyles a body row's cells (state colours), `k` counting from 0. */
  paint?: (cells: Cell[], k: number) => void;
  /** A reference sheet (full texts): a print of the workbook takes its title and header only. */
  printTitleOnly?: boolean;
  /** Rows under the table (totals), on its last sheet; they are not filtered. */
  after?: { rows: number; write: (rows: SheetRows) => void };
}

/**
 * The usual sheet: a title block, one table with a filter, frozen header, widths that fit. A table
 * longer than a worksheet goes on in further sheets, each with the title block and header. A text
 * longer than a cell holds goes on in the rows under it (splitLongRows).
 */
export async function writeTableSheet(ctx: SheetContext, sheet: TableSheet): Promise<void> {
  const withNote = { ...sheet.block, note: sheet.block.note ?? ' ' };
  const { rows: all, origin } = splitLongRows(sheet.rows, {
    continued: ` ${ctx.say('cellContinued')}`,
    continuation: `${ctx.say('cellContinuation')} `,
  });
  const widths = measureWidths(sheet.columns, all);
  const capacity = ctx.maxRows - firstFreeRow(withNote) - (sheet.after?.rows ?? 0);
  const parts = sheetParts(ctx, sheet.key, all.length, capacity);
  for (const [k, part] of parts.entries()) {
    const notes = [sheet.block.note, part.note].filter((n) => n !== undefined);
    const block = { ...sheet.block, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
    const headerRow = firstFreeRow(block);
    const ws = openSheet(ctx, part.name, {
      widths,
      headerRow,
      ...(sheet.freezeColumns ? { freezeColumns: sheet.freezeColumns } : {}),
      ...(sheet.printTitleOnly ? { printArea: printRange(sheet.columns.length, headerRow) } : {}),
    });
    writeTitle(ws, block, sheet.columns.length);
    const rows = new SheetRows(ctx.wb, ws, headerRow);
    writeHeader(rows, sheet.columns, widths);
    const paint = sheet.paint && ((cells: Cell[], i: number) => sheet.paint!(cells, origin[part.from + i]!));
    const last = await writeBody(rows, sheet.columns, all.slice(part.from, part.to), widths, paint);
    if (k === parts.length - 1) sheet.after?.write(rows);
    finishSheet(ws, rows, { headerRow, lastRow: last, columns: sheet.columns.length });
  }
}
