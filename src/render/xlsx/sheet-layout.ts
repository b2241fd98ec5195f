import type * as ExcelJS from 'exceljs';
import type { SheetContext } from './sheets/context.js';
import { columnLetter, type Cell, type CellStyle, type SheetRows, type Value } from './sheet-rows.js';
import { columnBreaks, printCentred } from './streaming-parts.js';
import { cellText } from './cell-text.js';

export type { Cell, CellStyle, Value } from './sheet-rows.js';

/*
 * The look every sheet shares: Times New Roman as in administrative documents, a title block,
 * one header row with a filter, frozen panes, widths measured from the content, A4 landscape.
 * Sheets are streamed: a sheet's layout (widths, panes, print setup) is decided before its first
 * row is written, and its rows are written once, in order.
 */

export const FONT = 'Times New Roman';
export const COUNT = '#,##0';
export const PERCENT = '0.0%';
export const SIGNED_COUNT = '+#,##0;-#,##0;0';
export const SIGNED_PERCENT = '+0.0%;-0.0%;0.0%';

export interface Column {
  header: string;
  numFmt?: string;
  /** Long text: wrapped, width capped. */
  wrap?: boolean;
  maxWidth?: number;
  align?: 'left' | 'center' | 'right';
  /**
   * Free text that seldom repeats (a file's name, a long summary): texts at least this long are
   * written in their cell, not in the shared-string table, which they would only fill.
   */
  inlineFrom?: number;
}

/**
 * From this length a summary is taken as written for its unit (inline in its cell); shorter ones are
 * the stock phrases many units use ("Tiếp tục thực hiện tốt nhiệm vụ theo kế hoạch."), shared.
 */
export const LONG_TEXT = 60;

export interface Fill {
  fill: string;
  font?: string;
}

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

/*
 * Styles are shared objects: the workbook's style table is keyed by object, so a million cells with
 * one look cost one entry and one look-up each. Derived looks (a fill, a bold total) are made once
 * per base style and kept.
 */
export const TEXT: CellStyle = { font: { name: FONT, size: 11 } };
export const HEADER: CellStyle = {
  font: { name: FONT, size: 11, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
  border: BORDER,
};

const derived = new WeakMap<CellStyle, Map<string, CellStyle>>();
function derive(base: CellStyle, key: string, make: () => CellStyle): CellStyle {
  let byKey = derived.get(base);
  if (!byKey) derived.set(base, (byKey = new Map()));
  let style = byKey.get(key);
  if (!style) byKey.set(key, (style = make()));
  return style;
}

/** A style with a number format. */
export const withFormat = (base: CellStyle, numFmt: string): CellStyle =>
  derive(base, `numFmt:${numFmt}`, () => ({ ...base, numFmt }));
/** A style with a horizontal alignment. */
export const aligned = (base: CellStyle, horizontal: 'left' | 'center' | 'right'): CellStyle =>
  derive(base, `align:${horizontal}`, () => ({ ...base, alignment: { ...base.alignment, horizontal } }));
/** A style filled with a colour, the text kept as it is. */
export const filled = (base: CellStyle, argb: string): CellStyle =>
  derive(base, `fill:${argb}`, () => ({ ...base, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } }));
/** A style filled and with coloured Times New Roman text (state and status colours). */
export const painted = (base: CellStyle, f: Fill): CellStyle =>
  derive(base, `paint:${f.fill}:${f.font ?? ''}`, () => ({
    ...base,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: f.fill } },
    font: { ...base.font, name: FONT, size: 11, color: { argb: f.font ?? 'FF000000' } },
  }));
/** The look of a totals row: bold on grey. */
export const total = (base: CellStyle | undefined): CellStyle => {
  const b = base ?? TEXT;
  return derive(b, 'total', () => ({
    ...b,
    font: { ...b.font, name: FONT, size: 11, bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: TOTAL_FILL } },
  }));
};
/** Cells of a totals row from column 1 to `width`, bold on grey, empty where nothing is given. */
export function totalRow(cells: readonly (Cell | undefined)[], width: number): Cell[] {
  return Array.from({ length: width }, (_, i) => {
    const cell = cells[i];
    return { value: cell?.value ?? null, style: total(cell?.style ?? TEXT) };
  });
}

/** How one column's cells look, by the kind of value (numbers right, short codes centred, text left). */
interface ColumnLook {
  number: CellStyle;
  short: CellStyle;
  text: CellStyle;
  empty: CellStyle;
}

const looks = new WeakMap<Column, ColumnLook>();
function lookOf(col: Column): ColumnLook {
  let look = looks.get(col);
  if (!look) {
    const base = (horizontal: 'left' | 'center' | 'right', numFmt?: string): CellStyle => ({
      font: { name: FONT, size: 11 },
      border: BORDER,
      ...(numFmt ? { numFmt } : {}),
      alignment: { vertical: 'top', horizontal: col.align ?? horizontal, wrapText: col.wrap ?? false },
    });
    look = { number: base('right', col.numFmt), short: base('center'), text: base('left'), empty: base('left') };
    looks.set(col, look);
  }
  return look;
}

/** The table cell of a value in a column. */
export function bodyCell(col: Column, value: Value): Cell {
  const look = lookOf(col);
  if (typeof value === 'number' || (typeof value === 'object' && value !== null)) return { value, style: look.number };
  if (typeof value === 'string') {
    const style = value.length <= 2 ? look.short : look.text;
    return col.inlineFrom !== undefined && value.length >= col.inlineFrom
      ? { value, style, inline: true }
      : { value, style };
  }
  return { value: null, style: look.empty };
}

/** Display width of a value in characters: what Excel's column width counts. */
export function textWidth(value: Value, numFmt?: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'object') return textWidth(value.result, numFmt);
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return 7;
    return Math.round(Math.abs(value)).toLocaleString('en-US').length + (value < 0 || numFmt?.startsWith('+') ? 1 : 0);
  }
  // The longest line in characters (code points), counted without splitting the text into arrays.
  const text = value.normalize('NFC');
  let longest = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (length > longest) longest = length;
      length = 0;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    length++;
  }
  return Math.max(longest, length);
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** What `\s` matches in a regular expression: white space and line ends, Unicode's included. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** Column widths from the longest value (headers wrap, so they count up to 18 characters). */
export function measureWidths(columns: readonly Column[], rows: Iterable<readonly Value[]>): number[] {
  const widths = columns.map((col) => {
    const longestWord = Math.max(...col.header.split(/\s+/).map((w) => [...w].length));
    return Math.max(Math.min([...col.header].length, 18), longestWord);
  });
  const caps = columns.map((col) => col.maxWidth ?? (col.wrap ? 70 : 45));
  // A column already as wide as its cap needs no more measuring: long texts are measured once, not 70,000 times.
  const open = columns.map((_, i) => i).filter((i) => widths[i]! + 2 < caps[i]!);
  for (const r of rows) {
    for (let k = 0; k < open.length; k++) {
      const i = open[k]!;
      const v = r[i];
      // A text no longer than the column is now cannot widen it (a character is at least one unit wide).
      if (typeof v === 'string' ? v.length > widths[i]! : v !== null && v !== undefined)
        widths[i] = Math.max(widths[i]!, textWidth(v, columns[i]!.numFmt));
      if (widths[i]! + 2 >= caps[i]!) open.splice(k--, 1);
    }
    if (open.length === 0) break;
  }
  return columns.map((_, i) => Math.min(Math.max(widths[i]! + 2, 6), caps[i]!));
}

/** Height of one line of 11-point text, in points. */
export const LINE = 15;

/** Lines a text takes when wrapped at a column width (in characters), word by word. */
export function linesOf(value: Value, width: number): number {
  if (typeof value !== 'string') return 1;
  const room = Math.max(width - 1.5, 1);
  if (value.length <= room && !value.includes('\n')) return 1;
  // Words are laid out one after the other, a space between, a new line when the next does not fit,
  // and a word longer than a line breaks over several. Words are what \s+ separates (an empty one
  // where a paragraph starts or ends with a space); characters are code points. Scanned in place:
  // a city's report measures some hundred thousand texts.
  let lines = 0;
  let used = 0;
  let word = 0;
  const place = () => {
    if (used > 0 && used + 1 + word > room) {
      lines++;
      used = word;
    } else {
      used += (used > 0 ? 1 : 0) + word;
    }
    while (used > room) {
      lines++;
      used -= room;
    }
    word = 0;
  };
  lines++;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10) {
      place();
      lines++;
      used = 0;
    } else if (isSpace(c)) {
      place();
      // A run of spaces separates once.
      while (i + 1 < value.length && value.charCodeAt(i + 1) !== 10 && isSpace(value.charCodeAt(i + 1))) i++;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) i++;
      word++;
    }
  }
  place();
  return lines;
}

/** The height a header row needs for its wrapped titles. */
export const headerHeight = (columns: readonly Column[], widths: readonly number[]) =>
  LINE * Math.max(1, ...columns.map((col, i) => linesOf(col.header, widths[i] ?? 10)));

/** The height a body row needs for its wrapped text; undefined when one line will do. */
export function rowHeight(
  columns: readonly Column[],
  values: readonly Value[],
  widths: readonly number[],
): number | undefined {
  let lines = 1;
  columns.forEach((col, i) => {
    if (col.wrap) lines = Math.max(lines, linesOf(values[i], widths[i] ?? 10));
  });
  return lines > 1 ? LINE * lines : undefined;
}

export interface TitleBlock {
  issuer: string;
  title: string;
  subtitle?: string;
  note?: string;
}

/** The row a table's header takes under a title block (two rows of space after it). */
export const firstFreeRow = (block: TitleBlock) => 2 + (block.subtitle ? 1 : 0) + (block.note ? 1 : 0) + 2;

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
    cell.value = cellText(line.text);
    cell.font = { name: FONT, size: line.size, bold: line.bold ?? false, italic: line.italic ?? false };
    cell.alignment = { vertical: 'middle', horizontal: 'left' };
    if (line.size > 12) row.height = 22;
    if (width > 1) ws.mergeCells(i + 1, 1, i + 1, Math.min(width, 12));
  });
  return firstFreeRow(block);
}

export interface SheetLayout {
  /** Column widths, from column 1. */
  widths: readonly number[];
  /** The (last) header row: frozen above, repeated on every printed page. */
  headerRow: number;
  /** Header rows repeated on printed pages, when more than the last one. */
  printTitles?: string;
  freezeColumns?: number;
  /** A sheet of small tables: no frozen pane, no grid lines. */
  plain?: boolean;
  /**
   * How the sheet prints when it is not fitted to the page width: at this scale, a new page before
   * each of these columns (an indicator's columns stay on one page).
   */
  print?: { scale: number; breaksBefore: readonly number[] };
  /** Only this range prints (a reference sheet: its title, not its thousands of rows). */
  printArea?: string;
}

/**
 * Opens a streamed sheet with its layout: panes and the fit-to-page flag are written with the
 * sheet's first bytes, widths with its first row, so all of it is decided here.
 */
export function openSheet(ctx: SheetContext, name: string, layout: SheetLayout): ExcelJS.Worksheet {
  const columns = layout.widths.length;
  const freeze = layout.freezeColumns ?? 0;
  const wide = columns > 16 || layout.print !== undefined;
  const margins = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 };
  const pageSetup: Partial<ExcelJS.PageSetup> = layout.plain
    ? {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins,
      }
    : {
        paperSize: 9,
        orientation: 'landscape',
        // A wide sheet (indicators across) prints across several pages with the unit columns repeated.
        ...(wide
          ? { fitToPage: false, scale: layout.print?.scale ?? 70 }
          : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
        ...(layout.printArea ? { printArea: layout.printArea } : {}),
        horizontalCentered: !wide,
        margins,
        printTitlesRow: layout.printTitles ?? `${layout.headerRow}:${layout.headerRow}`,
        ...(freeze ? { printTitlesColumn: `A:${columnLetter(freeze)}` } : {}),
      };
  const views: Partial<ExcelJS.WorksheetView>[] = layout.plain
    ? [{ state: 'normal', showGridLines: false }]
    : [
        {
          state: 'frozen',
          xSplit: freeze,
          ySplit: layout.headerRow,
          topLeftCell: cellRef(layout.headerRow + 1, freeze + 1),
          activeCell: cellRef(layout.headerRow + 1, 1),
        },
      ];
  const ws = ctx.wb.addWorksheet(name, {
    views,
    pageSetup,
    headerFooter: {
      oddHeader: `&C&"${FONT},Bold"&11${ctx.pageHeader}`,
      oddFooter: `&C&"${FONT},Regular"&10${ctx.pageFooter}`,
    },
  });
  // The streaming writer lays its defaults under the options; the page setup is exactly the one above.
  ws.pageSetup = pageSetup as ExcelJS.PageSetup;
  if (pageSetup.horizontalCentered) printCentred(ws);
  if (layout.print) columnBreaks(ws, layout.print.breaksBefore);
  layout.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return ws;
}

/** The header row of a table, through the row writer. */
export function writeHeader(rows: SheetRows, columns: readonly Column[], widths: readonly number[]): number {
  return rows.add(
    columns.map((col) => ({ value: col.header, style: HEADER })),
    headerHeight(columns, widths),
  );
}

/**
 * Body rows of a table, each value styled by its column, rows as tall as their wrapped text.
 * Returns the last row written. Pauses while the zip catches up, so it is asynchronous.
 */
export async function writeBody(
  rows: SheetRows,
  columns: readonly Column[],
  values: Iterable<readonly Value[]>,
  widths: readonly number[],
  paint?: (cells: Cell[], k: number) => void,
): Promise<number> {
  let last = rows.row - 1;
  let k = 0;
  for (const v of values) {
    const cells = columns.map((col, i) => bodyCell(col, v[i]));
    paint?.(cells, k);
    last = rows.add(cells, rowHeight(columns, v, widths));
    if (++k % 2048 === 0) await rows.drain();
  }
  return last;
}

/** Ends a sheet: the last rows, the filter over the table, then the sheet's closing parts. */
export function finishSheet(
  ws: ExcelJS.Worksheet,
  rows: SheetRows,
  filter?: { headerRow: number; lastRow: number; columns: number },
): void {
  rows.finish();
  if (filter && filter.lastRow > filter.headerRow) {
    ws.autoFilter = { from: { row: filter.headerRow, column: 1 }, to: { row: filter.lastRow, column: filter.columns } };
  }
  ws.commit();
}

export const cellRef = (row: number, column: number) => `${columnLetter(column)}${row}`;

/**
 * A print area from A1 to a column and row, as exceljs takes it: it puts a "$" before each end, and
 * the rows need theirs too (LibreOffice ignores a print area of "$A1:$F5").
 */
export const printRange = (columns: number, lastRow: number) => `A$1:${columnLetter(columns)}$${lastRow}`;
