import type * as ExcelJS from 'exceljs';
import type { CellStyle } from './sheet-rows.js';
import { escapeXml } from '../xml.js';

/*
 * The parts of exceljs 4.4's streaming writer that its typings do not show and that the workbook
 * needs, in one place: an exceljs upgrade that moves them breaks here, and the workbook tests
 * (test/report/workbook.test.ts) fail, rather than a report coming out subtly different.
 */

/** What the row writer writes through: the workbook's shared strings and styles. */
export interface StreamingBook {
  sharedStrings: { add(text: string): number };
  styles: { addStyleModel(style: CellStyle, cellType: number): number };
}

/** A streamed worksheet's XML stream (exceljs's StreamBuf, piped into the zip by archiver). */
export interface SheetStream {
  write(chunk: string): unknown;
  /**
   * Where the zip takes the sheet's bytes from: a PassThrough that fills until the zip gets to this
   * entry. archiver's comes from readable-stream 2, which has no writableLength: its states tell.
   */
  pipes?: { _writableState?: { length?: number }; _readableState?: { length?: number } }[];
}

interface StreamingSheet {
  stream?: SheetStream;
  _writePageMargins?: () => void;
  _writeRowBreaks?: () => void;
}

interface StreamingZip {
  zip?: { append(data: unknown, options: { name: string }): unknown };
}

function missing(what: string): Error {
  return new Error(`exceljs streaming writer: ${what} not found (exceljs version changed?)`);
}

export function bookParts(wb: unknown): StreamingBook {
  const book = wb as Partial<StreamingBook>;
  if (typeof book.sharedStrings?.add !== 'function' || typeof book.styles?.addStyleModel !== 'function')
    throw missing('shared strings or styles');
  return book as StreamingBook;
}

export function streamingParts(wb: unknown, ws: unknown): { book: StreamingBook; stream: SheetStream } {
  const stream = (ws as StreamingSheet).stream;
  if (typeof stream?.write !== 'function') throw missing('sheet stream');
  return { book: bookParts(wb), stream };
}

/**
 * Prints the sheet centred across the page. The streaming writer does not write <printOptions>;
 * it belongs just before <pageMargins>, so it goes in front of them.
 */
export function printCentred(ws: ExcelJS.Worksheet): void {
  const sheet = ws as unknown as StreamingSheet;
  const margins = sheet._writePageMargins;
  if (typeof margins !== 'function' || typeof sheet.stream?.write !== 'function') throw missing('page margins writer');
  sheet._writePageMargins = () => {
    sheet.stream!.write('<printOptions horizontalCentered="1"/>');
    margins.call(sheet);
  };
}

/** The document's Company property (File › Properties), which the streaming writer leaves empty. */
export function setCompany(wb: unknown, company: string): void {
  const zip = (wb as StreamingZip).zip;
  if (typeof zip?.append !== 'function') throw missing('zip');
  const append = zip.append.bind(zip);
  zip.append = (data, options) =>
    append(
      options.name === 'docProps/app.xml' && typeof data === 'string'
        ? data.replace('<Company></Company>', `<Company>${escapeXml(company)}</Company>`)
        : data,
      options,
    );
}

/**
 * Workbook-level names over ranges. exceljs keeps a name cell by cell (a million-row range would be
 * eleven million entries) and writes what its `model` gives: the names are given as ranges there.
 */
export function setDefinedNames(wb: unknown, names: readonly { name: string; range: string }[]): void {
  const definedNames = (wb as { definedNames?: object }).definedNames;
  if (!definedNames || !('model' in definedNames)) throw missing('defined names');
  Object.defineProperty(definedNames, 'model', { get: () => names.map((n) => ({ name: n.name, ranges: [n.range] })) });
}

/**
 * Manual page breaks between columns: before each column given (1-based), a new printed page. The
 * streaming writer writes row breaks only; column breaks belong right after them.
 */
export function columnBreaks(ws: ExcelJS.Worksheet, before: readonly number[]): void {
  if (before.length === 0) return;
  const sheet = ws as unknown as StreamingSheet;
  const rowBreaks = sheet._writeRowBreaks;
  if (typeof rowBreaks !== 'function' || typeof sheet.stream?.write !== 'function') throw missing('row breaks writer');
  // A break's id is the zero-based index of the first column of the new page, so the 1-based column before it.
  const breaks = before.map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`).join('');
  sheet._writeRowBreaks = () => {
    rowBreaks.call(sheet);
    sheet.stream!.write(
      `<colBreaks count="${before.length}" manualBreakCount="${before.length}">${breaks}</colBreaks>`,
    );
  };
}
