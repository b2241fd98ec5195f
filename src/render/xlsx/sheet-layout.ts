import type * as ExcelJS from 'exceljs';

/*
 * The look every sheet shares: Times New Roman as in administrative documents, a title block,
 * one header row with a filter, frozen panes, widths measured from the content, A4 landscape.
 */

export const FONT = 'Times New Roman';
export const COUNT = '#,##0';
export const PERCENT = '0.0%';
export const SIGNED_COUNT = '+#,##0;-#,##0;0';
export const SIGNED_PERCENT = '+0.0%;-0.0%;0.0%';

export type Value = string | number | null | undefined | { formula: string; result: number };

export interface Column {
  header: string;
  numFmt?: string;
  /** Long text: wrapped, width capped. */
  wrap?: boolean;
  maxWidth?: number;
  align?: 'left' | 'center' | 'right';
}

export interface Fill { fill: string; font?: string }

/** Colours of states (ARGB): the usual good / neutral / bad of spreadsheet conditional formats. */
export const STATE_FILLS: Record<string, Fill> = {
  'on-time': { fill: 'FFC6EFCE', font: 'FF006100' },
  late: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  invalid: { fill: 'FFF8CBAD', font: 'FF833C0B' },
  missing: { fill: 'FFFFC7CE', font: 'FF9C0006' },
};
/** Task statuses in plan order: not started, in progress, regular, done; more statuses reuse the last. */
export const STATUS_FILLS: Fill[] = [
  { fill: 'FFFFC7CE', font: 'FF9C0006' },
  { fill: 'FFFFEB9C', font: 'FF9C5700' },
  { fill: 'FFDDEBF7', font: 'FF1F4E78' },
  { fill: 'FFC6EFCE', font: 'FF006100' },
];
export const NOT_REPORTED_FILL: Fill = { fill: 'FFEDEDED', font: 'FF595959' };
const HEADER_FILL = 'FFD9E1F2';
const TOTAL_FILL = 'FFF2F2F2';
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export function paint(cell: ExcelJS.Cell, f: Fill): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f.fill } };
  cell.font = { ...cell.font, name: FONT, size: 11, color: { argb: f.font ?? 'FF000000' } };
}

/** Display width of a value in characters: what Excel's column width counts. */
export function textWidth(value: Value, numFmt?: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'object') return textWidth(value.result, numFmt);
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return 7;
    return Math.round(Math.abs(value)).toLocaleString('en-US').length + (value < 0 || numFmt?.startsWith('+') ? 1 : 0);
  }
  return Math.max(...value.split('\n').map((l) => [...l.normalize('NFC')].length));
}

export interface TitleBlock {
  issuer: string;
  title: string;
  subtitle?: string;
  note?: string;
}

/** Rows 1–3 (or 4): who issues, the sheet's title, a subtitle or note. Returns the next free row. */
export function writeTitle(ws: ExcelJS.Worksheet, block: TitleBlock, width: number): number {
  const lines: { text: string; size: number; bold?: boolean; italic?: boolean }[] = [
    { text: block.issuer, size: 11, bold: true },
    { text: block.title, size: 14, bold: true },
  ];
  if (block.subtitle) lines.push({ text: block.subtitle, size: 11, italic: true });
  if (block.note) lines.push({ text: block.note, size: 10, italic: true });
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = line.text;
    cell.font = { name: FONT, size: line.size, bold: line.bold ?? false, italic: line.italic ?? false };
    cell.alignment = { vertical: 'middle', horizontal: 'left' };
    if (line.size > 12) row.height = 22;
    if (width > 1) ws.mergeCells(i + 1, 1, i + 1, Math.min(width, 12));
  });
  return lines.length + 2;
}

/** Writes a header row and data rows from `startRow`; returns the last row written. */
export function writeTable(ws: ExcelJS.Worksheet, startRow: number, columns: readonly Column[], rows: readonly Value[][], options: { firstColumn?: number } = {}): number {
  const c0 = options.firstColumn ?? 1;
  const header = ws.getRow(startRow);
  columns.forEach((col, i) => {
    const cell = header.getCell(c0 + i);
    cell.value = col.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = BORDER;
  });
  rows.forEach((values, r) => {
    const row = ws.getRow(startRow + 1 + r);
    columns.forEach((col, i) => {
      const cell = row.getCell(c0 + i);
      const v = values[i];
      cell.value = v === undefined ? null : v;
      cell.font = { name: FONT, size: 11 };
      cell.border = BORDER;
      const isNumber = typeof v === 'number' || (typeof v === 'object' && v !== null);
      if (col.numFmt && isNumber) cell.numFmt = col.numFmt;
      cell.alignment = {
        vertical: 'top',
        horizontal: col.align ?? (isNumber ? 'right' : typeof v === 'string' && v.length <= 2 ? 'center' : 'left'),
        wrapText: col.wrap ?? false,
      };
    });
  });
  return startRow + rows.length;
}

export function styleTotalRow(ws: ExcelJS.Worksheet, rowNumber: number, from: number, to: number): void {
  const row = ws.getRow(rowNumber);
  for (let c = from; c <= to; c++) {
    const cell = row.getCell(c);
    cell.font = { ...cell.font, name: FONT, size: 11, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TOTAL_FILL } };
  }
}

/**
 * Column widths from the longest value (headers wrap, so they count up to 18 characters), then row
 * heights for wrapped text: spreadsheet programs do not grow a row for wrapped text on their own.
 */
export function fitColumns(ws: ExcelJS.Worksheet, columns: readonly Column[], rows: readonly Value[][], headerRow?: number, firstColumn = 1): void {
  const widths = measureWidths(columns, rows);
  widths.forEach((w, i) => {
    ws.getColumn(firstColumn + i).width = w;
  });
  if (headerRow !== undefined) fitRows(ws, headerRow, columns, rows, widths);
}

export function measureWidths(columns: readonly Column[], rows: readonly Value[][]): number[] {
  return columns.map((col, i) => {
    const longestWord = Math.max(...col.header.split(/\s+/).map((w) => [...w].length));
    let width = Math.max(Math.min([...col.header].length, 18), longestWord);
    for (const r of rows) width = Math.max(width, textWidth(r[i], col.numFmt));
    const max = col.maxWidth ?? (col.wrap ? 70 : 45);
    return Math.min(Math.max(width + 2, 6), max);
  });
}

/** Grows the header row and the rows with wrapped text to show all their lines. */
export function fitRows(ws: ExcelJS.Worksheet, headerRow: number, columns: readonly Column[], rows: readonly Value[][], widths: readonly number[]): void {
  ws.getRow(headerRow).height = LINE * Math.max(1, ...columns.map((col, i) => linesOf(col.header, widths[i] ?? 10)));
  rows.forEach((r, k) => {
    const lines = Math.max(1, ...columns.map((col, i) => (col.wrap ? linesOf(r[i], widths[i] ?? 10) : 1)));
    if (lines > 1) ws.getRow(headerRow + 1 + k).height = LINE * lines;
  });
}

/** Height of one line of 11-point text, in points. */
export const LINE = 15;

/** Lines a text takes when wrapped at a column width (in characters), word by word. */
export function linesOf(value: Value, width: number): number {
  if (typeof value !== 'string') return 1;
  const room = Math.max(width - 1.5, 1);
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/)) {
      const w = [...word].length;
      if (used > 0 && used + 1 + w > room) {
        lines++;
        used = w;
      } else {
        used += (used > 0 ? 1 : 0) + w;
      }
      while (used > room) {
        lines++;
        used -= room;
      }
    }
  }
  return lines;
}

/** Frozen header (and first columns), a filter over the table, A4 landscape with the header row on every page. */
export function finishSheet(ws: ExcelJS.Worksheet, opts: { headerRow: number; lastRow: number; columns: number; freezeColumns?: number; filter?: boolean; header: string; footer: string }): void {
  ws.views = [{ state: 'frozen', xSplit: opts.freezeColumns ?? 0, ySplit: opts.headerRow, topLeftCell: cellRef(opts.headerRow + 1, (opts.freezeColumns ?? 0) + 1), activeCell: cellRef(opts.headerRow + 1, 1) }];
  if (opts.filter !== false && opts.lastRow > opts.headerRow) {
    ws.autoFilter = { from: { row: opts.headerRow, column: 1 }, to: { row: opts.lastRow, column: opts.columns } };
  }
  const wide = opts.columns > 16;
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    // A wide sheet (indicators across) prints across several pages with the unit columns repeated.
    ...(wide ? { fitToPage: false, scale: 70 } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    horizontalCentered: !wide,
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${opts.headerRow}:${opts.headerRow}`,
    ...(opts.freezeColumns ? { printTitlesColumn: `A:${columnLetter(opts.freezeColumns)}` } : {}),
  };
  ws.headerFooter = { oddHeader: `&C&"${FONT},Bold"&11${opts.header}`, oddFooter: `&C&"${FONT},Regular"&10${opts.footer}` };
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const cellRef = (row: number, column: number) => `${columnLetter(column)}${row}`;
