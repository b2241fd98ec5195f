import type * as ExcelJS from 'exceljs';
import { streamingParts, type SheetStream, type StreamingBook } from './streaming-parts.js';
import { escapeXml } from '../xml.js';
import { cellText } from './cell-text.js';

/*
 * Table rows written straight into a streamed worksheet as SpreadsheetML. exceljs's own row objects
 * cost several microseconds a cell, and a city's year fills the other sheets with hundreds of
 * thousands of cells (submissions, summaries, difficulties): here a row is one string. Strings and
 * styles still go through the workbook's own shared-string and style tables, so the file is what
 * exceljs would write. Every text is a shared string (t="s") or, for free texts that seldom repeat,
 * an inline string (t="inlineStr"): tens of thousands of unique texts would only make the shared
 * table slow to fill and to write. A text is never a formula, whatever it starts with. The worksheet's stream and the workbook's tables are not in exceljs's typings: see
 * streaming-parts.ts. (The long data sheet's rows are made apart: data-rows.ts.)
 */

export type CellStyle = Partial<ExcelJS.Style>;
export type Value = string | number | null | undefined | { formula: string; result: number };

export interface Cell {
  value?: Value;
  style?: CellStyle;
  /** A text written in the cell itself (an inline string) rather than in the shared-string table. */
  inline?: boolean;
}

// exceljs's ValueType numbers, for the style table (a number style gets the "General" format).
const NUMBER = 2;
const STRING = 3;
const NULL = 0;

/** Excel's tallest row, in points: a taller one makes Excel call the file damaged. */
const MAX_HEIGHT = 409;

/** Bytes of sheet XML gathered before they are handed to the zip. */
const CHUNK = 1 << 18;
/** Bytes the zip may have waiting before writing pauses: memory stays bounded whatever the sheet's size. */
const BACKLOG = 8 << 20;

const letters: string[] = [''];
export function columnLetter(n: number): string {
  while (letters.length <= n) {
    let s = '';
    for (let x = letters.length; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    letters.push(s);
  }
  return letters[n]!;
}

/** A formula's text: markup characters escaped (formulas are the totals this program makes, never a submission's text). */
const escapeFormula = (s: string) =>
  s.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));

/**
 * Writes rows from `first` on. exceljs's own rows (title, merged or annotated header) must all be
 * written before: the constructor commits them, and no exceljs row may be touched afterwards.
 */
export class SheetRows {
  private readonly book: StreamingBook;
  private readonly stream: SheetStream;
  private readonly styleIds = new Map<CellStyle, number>();
  private buffer = '';
  private next: number;

  constructor(wb: unknown, ws: ExcelJS.Worksheet, first: number) {
    // Committing the row before the first one flushes exceljs's rows and opens <sheetData>.
    ws.getRow(first - 1).commit();
    ({ book: this.book, stream: this.stream } = streamingParts(wb, ws));
    this.next = first;
  }

  /** The row the next `add` writes. */
  get row(): number {
    return this.next;
  }

  /** The workbook's shared-string index of a text (the table finds a text it has already). */
  stringId(text: string): number {
    return this.book.sharedStrings.add(cellText(text));
  }

  /** The workbook's style index of a style object (objects are compared by identity: reuse them). */
  styleId(style: CellStyle | undefined, kind: number = STRING): number {
    if (style === undefined) return 0;
    let id = this.styleIds.get(style);
    if (id === undefined) {
      id = this.book.styles.addStyleModel(style, kind);
      this.styleIds.set(style, id);
    }
    return id;
  }

  /** One row of cells from column 1 (an undefined entry leaves its cell out); returns its number. */
  add(cells: readonly (Cell | undefined)[], height?: number): number {
    const n = this.next++;
    let xml = height ? `<row r="${n}" ht="${Math.min(height, MAX_HEIGHT)}" customHeight="1">` : `<row r="${n}">`;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell !== undefined) xml += this.cell(cell, columnLetter(i + 1) + n);
    }
    this.write(`${xml}</row>`);
    return n;
  }

  /** Leaves rows empty. */
  skip(count = 1): void {
    this.next += count;
  }

  private cell(cell: Cell, ref: string): string {
    const v = cell.value;
    if (typeof v === 'string') {
      if (!cell.inline) return `<c r="${ref}"${this.s(cell.style, STRING)} t="s"><v>${this.stringId(v)}</v></c>`;
      // Spaces at the ends and line breaks kept, as exceljs keeps them in the shared-string table.
      const space = /^\s|\n|\s$/.test(v) ? ' xml:space="preserve"' : '';
      return `<c r="${ref}"${this.s(cell.style, STRING)} t="inlineStr"><is><t${space}>${escapeXml(cellText(v))}</t></is></c>`;
    }
    if (typeof v === 'number') return `<c r="${ref}"${this.s(cell.style, NUMBER)}><v>${v}</v></c>`;
    if (v !== null && v !== undefined)
      return `<c r="${ref}"${this.s(cell.style, NUMBER)}><f>${escapeFormula(v.formula)}</f><v>${v.result}</v></c>`;
    const s = this.s(cell.style, NULL);
    return s === '' ? '' : `<c r="${ref}"${s}/>`;
  }

  private s(style: CellStyle | undefined, kind: number): string {
    const id = this.styleId(style, kind);
    return id === 0 ? '' : ` s="${id}"`;
  }

  private write(xml: string): void {
    this.buffer += xml;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.buffer === '') return;
    this.stream.write(this.buffer);
    this.buffer = '';
  }

  /**
   * Waits while the zip is behind. exceljs's sheet stream has no back-pressure of its own: without
   * this, a long sheet would sit in memory as XML before being compressed.
   */
  async drain(): Promise<void> {
    this.flush();
    while (this.backlog() >= BACKLOG) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  /** Bytes of this sheet written and not yet taken by the zip. */
  backlog(): number {
    const into = this.stream.pipes?.[0];
    return (into?._writableState?.length ?? 0) + (into?._readableState?.length ?? 0);
  }

  /** Hands the last rows to the sheet; call before the worksheet's commit. */
  finish(): void {
    this.flush();
  }
}
