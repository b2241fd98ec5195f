import type { SheetContext } from './sheets/context.js';
import { headerHeight, LINE } from './sheet-measure.js';
import { aligned, BORDER, COUNT, FONT, HEADER, TEXT, total, withFormat } from './sheet-styles.js';
import type { Area, Cell, CellStyle, PrintSetup, Row, SheetSpec, Value } from './writer/sheet-spec.js';

/*
 * The look every sheet shares: Times New Roman as in administrative documents, a title block,
 * one header row with a filter, frozen panes, widths measured from the content, A4 landscape.
 * Sheets declare their columns (Column: a header, how to get the value from a row, how it looks);
 * what comes out is a SheetSpec for the workbook writer, which alone knows Excel's column letters.
 */

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
