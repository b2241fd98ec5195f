import { crc32, createDeflateRaw } from 'node:zlib';
import { columnLetter } from './cell-xml.js';
import { LEVEL, type DeflatedPart } from '../../ooxml/zip-parts.js';

/*
 * The rows of a long columnar table (ColumnarBody) as whole, deflated sheet entries. A city's year
 * is about a million rows, some 350 MB of XML: making and compressing them is most of the workbook's
 * cost, so the writer may hand this job to a worker thread while it writes the other sheets. Data in,
 * bytes out: the same job gives the same bytes on a worker or on this thread.
 */

/** A column of the job: per code, the cell's XML after its reference; or numbers after a fixed start. */
export type JobColumn =
  | { fragments: string[]; codes: Int32Array | Uint16Array }
  | { start: string; values: Float64Array };

export interface ColumnarJob {
  /** The tables' columns (a table split over several sheets is one table). */
  tables: JobColumn[][];
  sheets: {
    table: number;
    /** The sheet's XML before the table's first row and after its last. */
    head: string;
    tail: string;
    firstRow: number;
    from: number;
    to: number;
  }[];
}

/** The deflated entries of a job's sheets, each ready on its own, asked for in order. */
export interface SheetParts {
  /** Sheet `index`'s entry, once; asking for it lets the sheets after it be made. */
  take(index: number): Promise<DeflatedPart>;
  /** Settles when every sheet begun is made or has failed (after a stop: the thread has ended). */
  settled(): Promise<void>;
}

/**
 * Makes and compresses the sheets of a job, one after another, so that the writer can put one in
 * the zip and let it go while the next is made.
 */
export type DeflateRows = (job: ColumnarJob, signal?: AbortSignal) => SheetParts;

/**
 * Sheets made before the writer asks for them. The writer writes the other sheets first, which for a
 * region's year takes longer than making all the data sheets; each made sheet waiting would hold some
 * fifty megabytes. Two keep a worker busy for a city's year, and the memory bounded for any year.
 */
export const AHEAD = 2;

/**
 * Sheet parts begun in order, none more than `AHEAD` beyond the last one asked for. `begin(k)` starts
 * making sheet k (after sheet k − 1) and gives its entry.
 */
export function inTurn(count: number, begin: (index: number) => Promise<DeflatedPart>): SheetParts {
  const begun: (Promise<DeflatedPart> | undefined)[] = [];
  const all: Promise<unknown>[] = [];
  const beginUpTo = (n: number) => {
    for (let k = begun.length; k < Math.min(n, count); k++) {
      const part = begin(k);
      // Asked for later, or never when the workbook fails first: either way not an unhandled rejection.
      // Its outcome only, not the part (a part's `catch` would hold the part as its own value).
      all.push(
        part.then(
          () => undefined,
          () => undefined,
        ),
      );
      begun.push(part);
    }
  };
  beginUpTo(AHEAD);
  return {
    take(index) {
      beginUpTo(index + 1 + AHEAD);
      const part = begun[index];
      if (part === undefined) throw new Error(`sheet part ${index} was taken before, or there is none`);
      // Held by the writer alone from now on, and let go once it is in the zip.
      begun[index] = undefined;
      return part;
    },
    settled: async () => void (await Promise.all(all)),
  };
}

/** Rows worth a thread: below this the worker's start costs more than it saves. */
export const WORKER_ROWS = 50_000;

/** The job's typed arrays, to move to another thread without a copy. */
export function transferables(job: ColumnarJob): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const table of job.tables)
    for (const c of table) buffers.add(('codes' in c ? c.codes.buffer : c.values.buffer) as ArrayBuffer);
  return [...buffers];
}

/** Rows in the job. */
export const jobRows = (job: ColumnarJob) => job.sheets.reduce((n, s) => n + s.to - s.from, 0);

/** Bytes of row XML handed to zlib at a time. */
const CHUNK = 1 << 18;

export const deflateColumnar: DeflateRows = (job) => {
  let previous: Promise<unknown> = Promise.resolve();
  return inTurn(job.sheets.length, (index) => {
    const data: Uint8Array<ArrayBuffer>[] = [];
    const part = previous.then(async () => ({
      data,
      ...(await deflateSheetOf(job, index, (piece) => data.push(piece))),
    }));
    previous = part;
    return part;
  });
};

/** Sheet `index` of the job, made and compressed: its pieces given to `emit` in order as they are made. */
export const deflateSheetOf = (
  job: ColumnarJob,
  index: number,
  emit: (piece: Uint8Array<ArrayBuffer>) => void,
): Promise<{ crc: number; size: number }> => {
  const sheet = job.sheets[index]!;
  return deflateSheet(job.tables[sheet.table]!, sheet, new Pieces(emit));
};

async function deflateSheet(
  columns: JobColumn[],
  sheet: ColumnarJob['sheets'][number],
  pieces: Pieces,
): Promise<{ crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: LEVEL });
  deflate.on('data', (chunk: Buffer) => pieces.add(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (xml: string) => {
    const bytes = Buffer.from(xml, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(sheet.head);
  const refs = columns.map((_, i) => `<c r="${columnLetter(i + 1)}`);
  let xml = '';
  for (let i = sheet.from, row = sheet.firstRow; i < sheet.to; i++, row++) {
    const n = String(row);
    xml += `<row r="${n}">`;
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      xml +=
        'codes' in c ? `${refs[k]}${n}${c.fragments[c.codes[i]!]}` : `${refs[k]}${n}${c.start}${c.values[i]}</v></c>`;
    }
    xml += '</row>';
    if (xml.length >= CHUNK) {
      await write(xml);
      xml = '';
    }
  }
  await write(xml + sheet.tail);
  deflate.end();
  await done;
  pieces.end();
  return { crc, size };
}

/** Bytes of compressed data in a piece. */
const PIECE = 4 << 20;

/**
 * A sheet's compressed bytes, handed on in pieces of some megabytes, each copied out of one scratch
 * block the moment it is full: zlib's many small chunks are let go at once, and a sheet's bytes are
 * never gathered whole and then copied (twice a sheet's fifty megabytes). A piece is an array of its
 * own (not a slice of Node's shared pool), so it can move to another thread as soon as it is made.
 */
class Pieces {
  private readonly block = new Uint8Array(PIECE);
  private at = 0;

  constructor(private readonly emit: (piece: Uint8Array<ArrayBuffer>) => void) {}

  add(chunk: Uint8Array): void {
    for (let from = 0; from < chunk.length; ) {
      const n = Math.min(chunk.length - from, PIECE - this.at);
      this.block.set(chunk.subarray(from, from + n), this.at);
      this.at += n;
      from += n;
      if (this.at === PIECE) this.end();
    }
  }

  /** Hands on what the block holds. */
  end(): void {
    if (this.at > 0) this.emit(this.block.slice(0, this.at));
    this.at = 0;
  }
}
