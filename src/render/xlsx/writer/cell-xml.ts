import { escapeXml } from '../../xml.js';
import { cellText } from '../cell-text.js';
import type { SharedStrings } from './shared-strings.js';
import type { Area, Cell, CellStyle, Place, Row } from './sheet-spec.js';
import type { StyleTable } from './style-table.js';

/** Excel's tallest row, in points: a taller one makes Excel call the file damaged. */
const MAX_HEIGHT = 409;

const letters: string[] = [''];
/** A column's letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  while (letters.length <= n) {
    let s = '';
    for (let x = letters.length; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    letters.push(s);
  }
  return letters[n]!;
}

export const placeRef = ([row, column]: Place) => `${columnLetter(column)}${row}`;
export const areaRef = (a: Area) => `${placeRef(a.from)}:${placeRef(a.to)}`;
/** An area with "$" before each part, as defined names take it. */
export const absoluteRef = (a: Area) => `$${columnLetter(a.from[1])}$${a.from[0]}:$${columnLetter(a.to[1])}$${a.to[0]}`;

/**
 * Cells as SpreadsheetML, through the workbook's string and style tables. A text is a shared string
 * (t="s") or, for free texts that seldom repeat, an inline string; it is never a formula, whatever it
 * starts with. The only formulas are the totals this program makes.
 */
export class CellXml {
  constructor(
    private readonly strings: SharedStrings,
    private readonly styles: StyleTable,
  ) {}

  /**
   * What follows `<c r="B7` for a cell in a column (its style, type, value, the closing tag), or
   * undefined when the cell is to be left out (no value and the default look).
   */
  after(cell: Cell, column: number): string | undefined {
    const v = cell.value;
    const id = this.styles.id(cell.style);
    const s = id === 0 ? '"' : `" s="${id}"`;
    if (typeof v === 'string') {
      const text = cellText(v);
      if (!cell.inline) return `${s} t="s"><v>${this.strings.id(text)}</v></c>`;
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
      return `${s} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
    }
    if (typeof v === 'number') return Number.isFinite(v) ? `${s}><v>${v}</v></c>` : `${s}/>`;
    if (v !== null && v !== undefined) {
      const [from, to] = v.subtotalOfRows;
      const letter = columnLetter(column);
      return `${s}><f>SUBTOTAL(109,${letter}${from}:${letter}${to})</f><v>${v.result}</v></c>`;
    }
    return id === 0 ? undefined : `${s}/>`;
  }

  /** What follows `<c r="K7` for a number cell in a style, up to the number itself. */
  numberStart(style: CellStyle): string {
    const id = this.styles.id(style);
    return id === 0 ? '"><v>' : `" s="${id}"><v>`;
  }

  /** One row's XML. */
  row(row: Row, n: number): string {
    let xml = row.height
      ? `<row r="${n}" ht="${Math.min(row.height, MAX_HEIGHT)}" customHeight="1">`
      : `<row r="${n}">`;
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i];
      const after = cell && this.after(cell, i + 1);
      if (after !== undefined) xml += `<c r="${columnLetter(i + 1)}${n}${after}`;
    }
    return `${xml}</row>`;
  }
}
