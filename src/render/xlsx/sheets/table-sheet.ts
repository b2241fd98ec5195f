import { SheetRows } from '../sheet-rows.js';
import { finishSheet, firstFreeRow, measureWidths, openSheet, writeBody, writeHeader, writeTitle, type Cell, type Column, type TitleBlock, type Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';

export interface TableSheet {
  /** Key of the sheet under `sheets:` in the wording. */
  key: string;
  block: TitleBlock;
  columns: Column[];
  rows: Value[][];
  freezeColumns?: number;
  /** Restyles a body row's cells (state colours), `k` counting from 0. */
  paint?: (cells: Cell[], k: number) => void;
  /** Rows under the table (totals); they are not filtered. */
  after?: (rows: SheetRows) => void;
}

/** The usual sheet: a title block, one table with a filter, frozen header, widths that fit. */
export async function writeTableSheet(ctx: SheetContext, sheet: TableSheet): Promise<void> {
  const headerRow = firstFreeRow(sheet.block);
  const widths = measureWidths(sheet.columns, sheet.rows);
  const ws = openSheet(ctx, ctx.sheetName(sheet.key), { widths, headerRow, ...(sheet.freezeColumns ? { freezeColumns: sheet.freezeColumns } : {}) });
  writeTitle(ws, sheet.block, sheet.columns.length);
  const rows = new SheetRows(ctx.wb, ws, headerRow);
  writeHeader(rows, sheet.columns, widths);
  const last = await writeBody(rows, sheet.columns, sheet.rows, widths, sheet.paint);
  sheet.after?.(rows);
  finishSheet(ws, rows, { headerRow, lastRow: last, columns: sheet.columns.length });
}
