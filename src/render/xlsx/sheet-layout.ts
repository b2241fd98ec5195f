import type { SheetContext } from './sheets/context.js';
import type { Area, Cell, CellStyle, PrintSetup, Row, SheetSpec, Value } from './writer/sheet-spec.js';

export type { Cell, CellStyle, Value } from './writer/sheet-spec.js';

/*
 * The look every sheet shares: Times New Roman as in administrative documents, a title block,
 * one header row with a filter, frozen panes, widths measured from the content, A4 landscape.
 * Sheets declare their columns (Column: a header, how to get the value from a row, how it looks);
 * what comes out is a SheetSpec for the workbook writer, which alone knows Excel's column letters.
 */

export const FONT = 'Times New Roman';
export const COUNT = '#,##0';
export const PERCENT = '0.0%';
export const SIGNED_COUNT = '+#,##0;-#,##0;0';
export const SIGNED_PERCENT = '+0.0%;-0.0%;0.0%';

/** How a column's cells look: numbers right, short codes centred, text left, unless it says otherwise. */
export interface ColumnStyle {
  numFmt?: string;
  /** Long text: wrapped, the row as tall as it needs. */
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A column of a table, declared by the sheet: its key, header, the value of a row, its look. */
export interface Column<R = never> {
  key: string;
  header: string;
  value: (row: R) => Value;
  style?: ColumnStyle;
  /** A fixed width; by default measured from the header and the values, up to `maxWidth`. */
  width?: number;
  maxWidth?: number;
  /**
   * Free text that seldom repeats (a file's name, a long summary): texts at least this long are
   * written in their cell, not in the shared-string table, which they would only fill.
   */
  inlineFrom?: number;
  /** A cell's look other than the column's usual one (a state's colour), from the row and value. */
  paint?: (row: R, value: Value, look: CellStyle) => CellStyle;
  /** A note on the header cell (a task's full name above its narrow column). */
  note?: string;
  /** Neighbouring columns of one group share a merged cell above their headers (an indicator's two figures). */
  group?: string;
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
/** A row's cells in the look of a totals row. */
export const asTotals = (cells: readonly Cell[]): Cell[] =>
  cells.map((cell) => ({ value: cell.value ?? null, style: total(cell.style ?? TEXT) }));

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
      alignment: { vertical: 'top', horizontal: col.style?.align ?? horizontal, wrapText: col.style?.wrap ?? false },
    });
    look = { number: base('right', col.style?.numFmt), short: base('center'), text: base('left'), empty: base('left') };
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
  const caps = columns.map((col) => col.maxWidth ?? (col.style?.wrap ? 70 : 45));
  // A column already as wide as its cap needs no more measuring: long texts are measured once, not 70,000 times.
  const open = columns.map((_, i) => i).filter((i) => widths[i]! + 2 < caps[i]!);
  for (const r of rows) {
    for (let k = 0; k < open.length; k++) {
      const i = open[k]!;
      const v = r[i];
      // A text no longer than the column is now cannot widen it (a character is at least one unit wide).
      if (typeof v === 'string' ? v.length > widths[i]! : v !== null && v !== undefined)
        widths[i] = Math.max(widths[i]!, textWidth(v, columns[i]!.style?.numFmt));
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
    if (col.style?.wrap) lines = Math.max(lines, linesOf(values[i], widths[i] ?? 10));
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

/** Rows 1–3 (or 4): who issues, the sheet's title, a subtitle or note, each merged across up to twelve columns. */
export function titleBlock(block: TitleBlock, columns: number): { rows: Row[]; merges: Area[] } {
  const lines: { text: string; size: number; bold?: boolean; italic?: boolean }[] = [
    { text: block.issuer, size: 11, bold: true },
    { text: block.title, size: 14, bold: true },
  ];
  if (block.subtitle) lines.push({ text: block.subtitle, size: 11, italic: true });
  if (block.note) lines.push({ text: block.note, size: 10, italic: true });
  const width = Math.min(columns, 12);
  return {
    rows: lines.map((line, i) => ({
      at: i + 1,
      cells: [{ value: line.text, style: titleStyle(line.size, line.bold ?? false, line.italic ?? false) }],
      ...(line.size > 12 ? { height: 22 } : {}),
    })),
    merges: width > 1 ? lines.map((_, i) => ({ from: [i + 1, 1], to: [i + 1, width] }) as Area) : [],
  };
}

const titleStyles = new Map<string, CellStyle>();
function titleStyle(size: number, bold: boolean, italic: boolean): CellStyle {
  const key = `${size}:${bold}:${italic}`;
  let style = titleStyles.get(key);
  if (!style)
    titleStyles.set(
      key,
      (style = {
        font: { name: FONT, size, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) },
        alignment: { vertical: 'middle', horizontal: 'left' },
      }),
    );
  return style;
}

export interface SheetLayout {
  name: string;
  /** Column widths, from column 1. */
  widths: readonly number[];
  /** The (last) header row: frozen above, repeated on every printed page. */
  headerRow: number;
  /** Header rows repeated on printed pages, when more than the last one. */
  printTitles?: readonly [number, number];
  freezeColumns?: number;
  /** A sheet of small tables: no frozen pane, no grid lines. */
  plain?: boolean;
  /**
   * How the sheet prints when it is not fitted to the page width: at this scale, a new page before
   * each of these columns (an indicator's columns stay on one page).
   */
  print?: { scale: number; breaksBefore: readonly number[] };
  /** Only the cells up to this one print (a reference sheet: its title, not its thousands of rows). */
  printArea?: readonly [number, number];
}

/** A sheet's panes and print setup: A4 landscape, the page header and footer, titles repeated on each page. */
export function sheetFrame(
  ctx: SheetContext,
  layout: SheetLayout,
): Pick<SheetSpec, 'name' | 'widths' | 'view' | 'print'> {
  const freeze = layout.freezeColumns ?? 0;
  const wide = layout.widths.length > 16 || layout.print !== undefined;
  const page = {
    header: `&C&"${FONT},Bold"&11${ctx.pageHeader}`,
    footer: `&C&"${FONT},Regular"&10${ctx.pageFooter}`,
  };
  if (layout.plain)
    return {
      name: layout.name,
      widths: layout.widths,
      view: { gridLines: false },
      print: { fit: 'width', centred: true, ...page },
    };
  const print: PrintSetup = {
    // A wide sheet (indicators across) prints across several pages with the unit columns repeated.
    fit: wide ? { scale: layout.print?.scale ?? 70 } : 'width',
    centred: !wide,
    titleRows: layout.printTitles ?? [layout.headerRow, layout.headerRow],
    ...(freeze ? { titleColumns: freeze } : {}),
    ...(layout.printArea ? { area: layout.printArea } : {}),
    ...(layout.print && layout.print.breaksBefore.length > 0 ? { columnBreaks: layout.print.breaksBefore } : {}),
    ...page,
  };
  return {
    name: layout.name,
    widths: layout.widths,
    view: { frozenRows: layout.headerRow, frozenColumns: freeze },
    print,
  };
}

/**
 * The header of a table at `at`: one row, or two when columns are grouped (a group's title merged
 * over its columns, an ungrouped header merged down both rows). Notes on header cells come with it.
 */
export function headerRows(
  columns: readonly Column[],
  widths: readonly number[],
  at: number,
  heights?: readonly [number, number],
  style: CellStyle = HEADER,
): { rows: Row[]; merges: Area[]; notes: { at: readonly [number, number]; text: string }[] } {
  const notes = columns.flatMap((col, i) =>
    col.note === undefined ? [] : [{ at: [at, i + 1] as const, text: col.note }],
  );
  if (!columns.some((c) => c.group !== undefined)) {
    const cells = columns.map((col) => ({ value: col.header, style }));
    return { rows: [{ at, cells, height: heights?.[0] ?? headerHeight(columns, widths) }], merges: [], notes };
  }
  const top: Cell[] = [];
  const bottom: Cell[] = [];
  const merges: Area[] = [];
  columns.forEach((col, i) => {
    if (col.group === undefined) {
      // The cell under a merged header is covered: its border only.
      top.push({ value: col.header, style });
      bottom.push({ style });
      merges.push({ from: [at, i + 1], to: [at + 1, i + 1] });
      return;
    }
    const first = i === 0 || columns[i - 1]!.group !== col.group;
    top.push(first ? { value: col.group, style } : { style });
    bottom.push({ value: col.header, style });
    if (first) {
      let last = i;
      while (columns[last + 1]?.group === col.group) last++;
      if (last > i) merges.push({ from: [at, i + 1], to: [at, last + 1] });
    }
  });
  return {
    rows: [
      { at, cells: top, height: heights?.[0] ?? LINE * 2 },
      { cells: bottom, height: heights?.[1] ?? LINE * 2 },
    ],
    merges,
    notes,
  };
}

/** The values of a row, column by column. */
export const valuesOf = <R>(columns: readonly Column<R>[], row: R): Value[] => columns.map((c) => c.value(row));

/** A body row's cells: each value in its column's look, or the look the column paints it. */
export function bodyCells<R>(columns: readonly Column<R>[], row: R, values: readonly Value[]): Cell[] {
  return columns.map((col, i) => {
    const cell = bodyCell(col, values[i]);
    return col.paint ? { ...cell, style: col.paint(row, values[i], cell.style!) } : cell;
  });
}

/**
 * A totals row under a table: values by column key, bold on grey, without the table's borders; a
 * number with its column's format (thousands separators when the column has none) and alignment.
 */
export function totalsRow(columns: readonly Column[], values: Readonly<Record<string, Value>>): Cell[] {
  return columns.map((col) => {
    const value = values[col.key] ?? null;
    if (typeof value !== 'number' && (typeof value !== 'object' || value === null))
      return { value, style: total(TEXT) };
    const number = withFormat(TEXT, col.style?.numFmt ?? COUNT);
    return { value, style: total(col.style?.align ? aligned(number, col.style.align) : number) };
  });
}

/** A row's cells from cells given by column key (the columns left out stay empty). */
export const cellsByKey = (columns: readonly Column[], cells: Readonly<Record<string, Cell>>): Cell[] =>
  columns.map((col) => cells[col.key] ?? {});
