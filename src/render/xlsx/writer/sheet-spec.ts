/*
 * What a sheet says about itself to the workbook writer: its rows of cells, its widths, panes,
 * filter, merged and annotated cells, and how it prints. Positions are numbers (row and column from
 * 1); the writer alone turns them into Excel's letters. Nothing here knows about zip entries,
 * compression or threads.
 */

export interface Edge {
  style: 'thin';
  color?: { argb: string };
}

/** How a cell looks. Objects are compared by identity first: share one object among many cells. */
export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: { argb: string } };
  fill?: { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
  border?: { top?: Edge; left?: Edge; bottom?: Edge; right?: Edge };
  alignment?: { horizontal?: 'left' | 'center' | 'right'; vertical?: 'top' | 'middle' | 'bottom'; wrapText?: boolean };
  numFmt?: string;
}

/** A total over some rows of the cell's own column (Excel's SUBTOTAL 109: what a filter shows), with its result. */
export interface ColumnSubtotal {
  subtotalOfRows: readonly [number, number];
  result: number;
}

export type Value = string | number | null | undefined | ColumnSubtotal;

export interface Cell {
  value?: Value;
  style?: CellStyle | undefined;
  /** A text written in the cell itself (an inline string) rather than in the shared-string table. */
  inline?: boolean;
}

export interface Row {
  /** The row's number; by default the one after the previous row. */
  at?: number;
  /** Cells from column 1; an undefined entry leaves its cell out. */
  cells: readonly (Cell | undefined)[];
  /** Height in points; by default Excel's. */
  height?: number;
}

/** A cell's place: row and column, both from 1. */
export type Place = readonly [row: number, column: number];

export interface Area {
  from: Place;
  to: Place;
}

/**
 * A long table given as columns rather than rows: each row of a coded column is an index into its
 * cells (a unit, a month, an indicator), a number column holds the values. The writer may make and
 * compress these rows on another thread: they are data, not functions.
 */
export type ColumnarColumn =
  | { kind: 'coded'; codes: Int32Array | Uint16Array; cells: readonly Cell[] }
  | { kind: 'number'; values: Float64Array; style: CellStyle };

export interface ColumnarBody {
  /** The sheet row of the body's first row. */
  firstRow: number;
  /** Which rows of the columns this sheet holds: [from, to). */
  from: number;
  to: number;
  columns: readonly ColumnarColumn[];
}

export interface PrintSetup {
  /** Fit every column on the page width, or print at this scale (per cent). */
  fit: 'width' | { scale: number };
  centred: boolean;
  /** Rows repeated on every printed page. */
  titleRows?: readonly [number, number];
  /** Columns 1 to this one repeated on every printed page. */
  titleColumns?: number;
  /** Only the cells from A1 to this place print. */
  area?: Place;
  /** A new printed page before each of these columns. */
  columnBreaks?: readonly number[];
  /** Page header and footer, in Excel's header syntax. */
  header: string;
  footer: string;
}

export interface SheetSpec {
  name: string;
  /** Column widths from column 1, in characters. */
  widths: readonly number[];
  /** Frozen rows and columns above and left of the scrolling part; or a plain sheet without grid lines. */
  view: { frozenRows: number; frozenColumns: number } | { gridLines: false };
  rows: Iterable<Row>;
  /** A long table after the rows, written apart (see ColumnarBody). */
  body?: ColumnarBody;
  merges?: readonly Area[];
  /** Notes (comments) on cells. */
  notes?: readonly { at: Place; text: string }[];
  autoFilter?: Area;
  print: PrintSetup;
}

/** A workbook-level name of a range (a PivotTable's source). */
export interface RangeName {
  name: string;
  sheet: string;
  area: Area;
}

export interface WorkbookSpec {
  /** The report date (YYYY-MM-DD): the document's dates and every zip entry's. */
  date: string;
  properties: { creator: string; title: string; subject: string; company: string };
  sheets: readonly SheetSpec[];
  names: readonly RangeName[];
}
