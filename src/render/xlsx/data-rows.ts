import { constants, createDeflateRaw, crc32 } from 'node:zlib';
import type { Splice } from './zip-repack.js';

/*
 * The rows of the long data sheet, as compressed SpreadsheetML, made apart from the rest of the
 * workbook. A city's year is about a million rows, some 350 MB of XML: compressing it is most of
 * the workbook's cost, so it is done on a worker thread while this thread writes the other sheets
 * (on two cores, side by side), and the compressed rows are put into the data sheet's zip entry
 * when the workbook is re-packed. Everything here is data in, bytes out: the same job gives the
 * same bytes on a worker or on this thread.
 */

/** Cells of a row after their reference (`<c r="A7` + this), by what the row is about. */
export interface RowCells {
  /** Per unit (index in the report's units): id, name, kind. */
  unit: (readonly [string, string, string] | undefined)[];
  /** Per month index: the month cell. */
  month: string[];
  /** Per indicator index: group, task, ref, label, measure, aggregation. */
  ref: (readonly [string, string, string, string, string, string])[];
  /** Style index of the value cell. */
  numberStyle: number;
}

export interface DataRowsJob {
  cells: RowCells;
  /** The long table, one entry per row: unit, month and indicator indexes and the value. */
  unit: Int32Array;
  month: Uint16Array;
  ref: Uint16Array;
  value: Float64Array;
  /** Each part of the table: its rows [from, to) and the sheet row number of its first. */
  parts: { from: number; to: number; firstRow: number }[];
  /** zlib level, as for the rest of the workbook. */
  level: number;
}

/** One part's rows, compressed: what the re-packing splices into the data sheet's zip entry. */
export type DeflatedRows = Splice;

/** Bytes of row XML handed to zlib at a time. */
const CHUNK = 1 << 18;

export async function deflateDataRows(job: DataRowsJob): Promise<DeflatedRows[]> {
  const out: DeflatedRows[] = [];
  for (const part of job.parts) out.push(await deflatePart(job, part));
  return out;
}

async function deflatePart(job: DataRowsJob, part: DataRowsJob['parts'][number]): Promise<DeflatedRows> {
  // A sync flush at the end leaves the stream open on a byte boundary: the sheet's end is compressed
  // after it, and the pieces read as one stream.
  const deflate = createDeflateRaw({ level: job.level, finishFlush: constants.Z_SYNC_FLUSH });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const { cells } = job;
  const number = `" s="${cells.numberStyle}"><v>`;
  let crc = 0;
  let length = 0;
  let xml = '';
  for (let i = part.from, row = part.firstRow; i < part.to; i++, row++) {
    const u = cells.unit[job.unit[i]!]!;
    const m = cells.month[job.month[i]!]!;
    const x = cells.ref[job.ref[i]!]!;
    const n = String(row);
    xml +=
      `<row r="${n}"><c r="A${n}${u[0]}<c r="B${n}${u[1]}<c r="C${n}${u[2]}<c r="D${n}${m}<c r="E${n}${x[0]}<c r="F${n}${x[1]}` +
      `<c r="G${n}${x[2]}<c r="H${n}${x[3]}<c r="I${n}${x[4]}<c r="J${n}${x[5]}<c r="K${n}${number}${job.value[i]}</v></c></row>`;
    if (xml.length >= CHUNK) {
      const bytes = Buffer.from(xml, 'latin1');
      xml = '';
      crc = crc32(bytes, crc);
      length += bytes.length;
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
  }
  const bytes = Buffer.from(xml, 'latin1');
  crc = crc32(bytes, crc);
  length += bytes.length;
  deflate.end(bytes);
  await done;
  // An array of its own (not a slice of Node's shared pool), so it can move to another thread.
  const data = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return { data, crc, length };
}

/** Rows worth a thread: below this the worker's start costs more than it saves. */
export const WORKER_ROWS = 50_000;

/**
 * Compresses the rows: on this thread by default (deflateDataRows); the report passes one that uses
 * a worker thread for a long table (src/io/data-rows-thread.ts), since starting threads is the
 * file system's and the process's business, not the renderer's.
 */
export type StartRows = (job: DataRowsJob, signal?: AbortSignal) => Promise<DeflatedRows[]>;
