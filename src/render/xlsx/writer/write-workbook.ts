import { CellXml } from './cell-xml.js';
import {
  type ColumnarJob,
  type DeflateRows,
  deflateColumnar,
  type JobColumn,
  type SheetParts,
} from './columnar-rows.js';
import {
  appXml,
  commentsXml,
  contentTypes,
  coreXml,
  notesVml,
  sheetNotesRels,
  sheetPath,
  workbookRels,
  workbookXml,
} from './package-parts.js';
import { SharedStrings } from './shared-strings.js';
import { definedNames, sheetHead, sheetTail } from './sheet-xml.js';
import type { ColumnarBody, ColumnarColumn, SheetSpec, WorkbookSpec } from './sheet-spec.js';
import { StyleTable } from './style-table.js';
import type { ByteSink } from '../../byte-sink.js';
import { rootRels } from '../../ooxml/package.js';
import { ZipParts } from '../../ooxml/zip-parts.js';

/** Bytes of sheet XML gathered before they are handed to the zip. */
const CHUNK = 1 << 18;

/*
 * Why the project writes SpreadsheetML itself: exceljs's public API stamps every zip entry with the
 * time of the run, so two runs differ, and fixing the dates meant re-packing its zip, which is what
 * broke the files' headers. Here fflate lays out the zip with the report date on every entry, and the
 * parts are made by this writer: the same model gives the same bytes.
 */

/**
 * The workbook, into the sink. Sheets are written one after another straight into the zip, whose
 * bytes go on to the sink as they are made, so memory holds neither the sheets' XML nor the
 * compressed file. Columnar tables (the long data sheet) are made and
 * compressed by `deflateRows`, which the caller may run on another thread; they start before the
 * other sheets are written.
 */
export async function writeWorkbook(
  book: WorkbookSpec,
  sink: ByteSink,
  deflateRows: DeflateRows = deflateColumnar,
): Promise<void> {
  const strings = new SharedStrings();
  const styles = new StyleTable();
  const cells = new CellXml(strings, styles);
  const zip = new ZipParts(book.date, sink);
  const withNotes = book.sheets.flatMap((s, i) => ((s.notes?.length ?? 0) > 0 ? [i + 1] : []));

  zip.add('[Content_Types].xml', contentTypes(book.sheets.length, withNotes));
  zip.add('_rels/.rels', rootRels('xl/workbook.xml'));
  zip.add('docProps/core.xml', coreXml(book));
  zip.add('docProps/app.xml', appXml(book));
  zip.add('xl/workbook.xml', workbookXml(book, definedNames(book)));
  zip.add('xl/_rels/workbook.xml.rels', workbookRels(book.sheets.length));

  const stop = new AbortController();
  const columnar = startColumnar(book.sheets, cells, deflateRows, stop.signal);
  try {
    for (const [i, sheet] of book.sheets.entries()) {
      const k = i + 1;
      const made = columnar.sheets.get(sheet);
      if (made !== undefined && columnar.parts) {
        // Each compressed data sheet is let go once written (the zip has handed its bytes on), while
        // the next is still being made.
        zip.addDeflated(sheetPath(k), await columnar.parts.take(made));
        await zip.flushed();
      } else await streamSheet(zip, sheetPath(k), sheet, cells);
      if (sheet.notes && sheet.notes.length > 0) {
        zip.add(`xl/worksheets/_rels/sheet${k}.xml.rels`, sheetNotesRels(k));
        zip.add(`xl/comments${k}.xml`, commentsXml(sheet.notes, book.properties.creator));
        zip.add(`xl/drawings/vmlDrawing${k}.vml`, notesVml(sheet.notes));
      }
    }
  } catch (error) {
    stop.abort();
    await columnar.parts?.settled();
    throw error;
  }
  zip.add('xl/sharedStrings.xml', strings.xml());
  zip.add('xl/styles.xml', styles.xml());
  await zip.finish();
}

async function streamSheet(zip: ZipParts, name: string, sheet: SheetSpec, cells: CellXml): Promise<void> {
  const part = zip.stream(name);
  let xml = sheetHead(sheet);
  let n = 1;
  for (const row of sheet.rows) {
    n = row.at ?? n;
    xml += cells.row(row, n++);
    if (xml.length >= CHUNK) {
      await part.write(xml);
      xml = '';
    }
  }
  await part.write(xml + sheetTail(sheet));
  await part.end();
}

/**
 * The columnar sheets' job: their rows before the table, and each distinct cell's XML, made here
 * (through this workbook's string and style tables); the rows themselves by `deflateRows`.
 */
function startColumnar(
  sheets: readonly SheetSpec[],
  cells: CellXml,
  deflateRows: DeflateRows,
  signal: AbortSignal,
): { sheets: Map<SheetSpec, number>; parts: SheetParts | undefined } {
  const job: ColumnarJob = { tables: [], sheets: [] };
  const tables = new Map<readonly ColumnarColumn[], number>();
  const index = new Map<SheetSpec, number>();
  for (const sheet of sheets) {
    const body = sheet.body;
    if (!body) continue;
    let table = tables.get(body.columns);
    if (table === undefined) {
      tables.set(body.columns, (table = job.tables.length));
      job.tables.push(jobColumns(body, cells));
    }
    let head = sheetHead(sheet);
    let n = 1;
    for (const row of sheet.rows) {
      n = row.at ?? n;
      head += cells.row(row, n++);
    }
    if (body.firstRow < n)
      throw new Error(`${sheet.name}: the table starts at row ${body.firstRow}, inside the rows above it`);
    index.set(sheet, job.sheets.length);
    job.sheets.push({ table, head, tail: sheetTail(sheet), firstRow: body.firstRow, from: body.from, to: body.to });
  }
  return { sheets: index, parts: job.sheets.length > 0 ? deflateRows(job, signal) : undefined };
}

function jobColumns(body: ColumnarBody, cells: CellXml): JobColumn[] {
  return body.columns.map((c, i) =>
    c.kind === 'coded'
      ? { fragments: c.cells.map((cell) => cells.after(cell, i + 1) ?? '"/>'), codes: c.codes }
      : { start: cells.numberStart(c.style), values: c.values },
  );
}
