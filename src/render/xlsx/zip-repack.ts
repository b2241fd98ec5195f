import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/*
 * The workbook's zip, re-packed without recompressing: every entry keeps its compressed bytes, the
 * entries are stamped with one fixed date (the zip writer stamps the time of the run, so two runs
 * would differ), and `[Content_Types].xml` goes first, where tools that sniff a file's type look for
 * it. Only the headers are rewritten, so this costs a copy of the compressed file, never the
 * uncompressed sheets in memory. An entry can also take rows compressed elsewhere (the data sheet's):
 * they go before its `</sheetData>`, its short head and tail are compressed again around them.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const EXTENDED_TIME = 0x5455;

export class ZipFormatError extends Error {}

interface Entry {
  name: string;
  /** Bytes of the central directory record. */
  central: Uint8Array;
  /** Local header, data and data descriptor, as written. */
  start: number;
  end: number;
}

/** Rows to put into an entry: raw deflate data ending on a sync flush, and the CRC-32 and length of what it holds. */
export interface Splice {
  data: Uint8Array;
  crc: number;
  length: number;
}

const SHEET_DATA_END = '</sheetData>';

/** The CRC-32 of two texts one after the other, from theirs (zlib's crc32_combine). */
export function crc32Combine(crc1: number, crc2: number, length2: number): number {
  const times = (mat: Uint32Array, vec: number) => {
    let sum = 0;
    for (let i = 0, v = vec >>> 0; v !== 0; i++, v >>>= 1) if (v & 1) sum ^= mat[i]!;
    return sum >>> 0;
  };
  const square = (out: Uint32Array, mat: Uint32Array) => {
    for (let n = 0; n < 32; n++) out[n] = times(mat, mat[n]!);
  };
  if (length2 <= 0) return crc1 >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  square(even, odd);
  square(odd, even);
  let crc = crc1 >>> 0;
  let len = length2;
  for (;;) {
    square(even, odd);
    if (len % 2 === 1) crc = times(even, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
    square(odd, even);
    if (len % 2 === 1) crc = times(odd, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
  }
  return (crc ^ crc2) >>> 0;
}

/**
 * An entry's new local header and data, with rows put in: head and tail recompressed, the rows'
 * compressed bytes as they are; sizes and CRC in the header, so no data descriptor.
 */
function spliced(
  zip: Uint8Array,
  view: DataView,
  e: Entry,
  rows: Splice,
): { header: Uint8Array; parts: Uint8Array[]; crc: number; size: number; compressed: number } {
  const cd = new DataView(e.central.buffer, e.central.byteOffset, e.central.byteLength);
  if (cd.getUint16(10, true) !== 8) throw new ZipFormatError(`${e.name} is not deflated`);
  const nameLength = view.getUint16(e.start + 26, true);
  const dataStart = e.start + 30 + nameLength + view.getUint16(e.start + 28, true);
  const xml = inflateRawSync(zip.subarray(dataStart, dataStart + cd.getUint32(20, true))).toString('latin1');
  const at = xml.lastIndexOf(SHEET_DATA_END);
  if (at < 0) throw new ZipFormatError(`${e.name} has no ${SHEET_DATA_END}`);
  const head = Buffer.from(xml.slice(0, at), 'latin1');
  const tail = Buffer.from(xml.slice(at), 'latin1');
  const parts = [
    deflateRawSync(head, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }),
    rows.data,
    deflateRawSync(tail, { level: 1 }),
  ];
  const crc = crc32(tail, crc32Combine(crc32(head), rows.crc, rows.length));
  const size = head.length + rows.length + tail.length;
  const compressed = parts.reduce((n, p) => n + p.length, 0);
  if (size > 0xfffffffe || compressed > 0xfffffffe)
    throw new ZipFormatError(`${e.name} is too large for a zip without zip64`);
  // A copy of its own: `zip` may be a Buffer, whose slice() shares memory with it, and a DataView
  // over a view's buffer starts at the buffer's first byte, not the view's.
  const header = new Uint8Array(zip.subarray(e.start, e.start + 30 + nameLength));
  const h = new DataView(header.buffer, header.byteOffset, header.byteLength);
  h.setUint16(6, h.getUint16(6, true) & ~0x0008, true);
  h.setUint32(14, crc, true);
  h.setUint32(18, compressed, true);
  h.setUint32(22, size, true);
  h.setUint16(28, 0, true);
  return { header, parts, crc, size, compressed };
}

/** DOS date and time fields of a date, read in UTC so the bytes do not depend on the machine's zone. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function readEntries(zip: Uint8Array, view: DataView): Entry[] {
  // The end record is the last 22 bytes unless the archive has a comment; search back for it.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory record');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new ZipFormatError('zip64 archives are not re-packed');
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError(`central directory record ${i} is damaged`);
    const nameLength = view.getUint16(p + 28, true);
    const length = 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const start = view.getUint32(p + 42, true);
    if (start === 0xffffffff || view.getUint32(p + 20, true) === 0xffffffff)
      throw new ZipFormatError('zip64 entries are not re-packed');
    if (view.getUint32(start, true) !== LOCAL) throw new ZipFormatError(`local header of entry ${i} is damaged`);
    entries.push({
      name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLength)),
      central: zip.subarray(p, p + length),
      start,
      end: 0,
    });
    p += length;
  }
  // Each entry runs to the next local header (or to the central directory): header, data, descriptor.
  const byOffset = [...entries].sort((a, b) => a.start - b.start);
  byOffset.forEach((e, i) => {
    e.end = byOffset[i + 1]?.start ?? cdOffset;
  });
  return entries;
}

/** Sets the modification time in a header's "extended timestamp" extra field, if it has one. */
function stampExtra(view: DataView, from: number, to: number, seconds: number): void {
  for (let p = from; p + 4 <= to; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === EXTENDED_TIME && size >= 5 && (view.getUint8(p + 4) & 1) === 1) view.setUint32(p + 5, seconds, true);
    p += 4 + size;
  }
}

/**
 * Re-packs `zip` with every entry dated `date` and `[Content_Types].xml` moved to the front, the
 * others in their original order. Compressed data is copied as it is, but for the entries in
 * `splices`, which take the rows given.
 */
export function repackZip(
  zip: Uint8Array,
  date: Date,
  options: { splices?: ReadonlyMap<string, Splice> } = {},
): Uint8Array {
  const first = ['[Content_Types].xml'];
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = readEntries(zip, view);
  for (const name of options.splices?.keys() ?? [])
    if (!entries.some((e) => e.name === name)) throw new ZipFormatError(`no entry ${name} to put rows into`);
  const rank = (e: Entry) => {
    const i = first.indexOf(e.name);
    return i < 0 ? first.length : i;
  };
  const ordered = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map((x) => x.e);
  const replaced = new Map(
    ordered.flatMap((e) => {
      const rows = options.splices?.get(e.name);
      return rows ? [[e, spliced(zip, view, e, rows)] as const] : [];
    }),
  );
  const sizeOf = (e: Entry) => {
    const r = replaced.get(e);
    return r ? r.header.length + r.compressed : e.end - e.start;
  };
  const dataLength = ordered.reduce((n, e) => n + sizeOf(e), 0);
  const cdLength = ordered.reduce((n, e) => n + e.central.length, 0);
  if (dataLength + cdLength > 0xfffffffe) throw new ZipFormatError('the workbook is too large for a zip without zip64');
  const out = new Uint8Array(dataLength + cdLength + 22);
  const o = new DataView(out.buffer);
  const { time, date: day } = dosDateTime(date);
  const seconds = Math.floor(date.getTime() / 1000);

  let p = 0;
  const offsets: number[] = [];
  for (const e of ordered) {
    offsets.push(p);
    const r = replaced.get(e);
    if (r) {
      out.set(r.header, p);
      let at = p + r.header.length;
      for (const part of r.parts) {
        out.set(part, at);
        at += part.length;
      }
    } else {
      out.set(zip.subarray(e.start, e.end), p);
    }
    o.setUint16(p + 10, time, true);
    o.setUint16(p + 12, day, true);
    const nameLength = o.getUint16(p + 26, true);
    const extraLength = o.getUint16(p + 28, true);
    stampExtra(o, p + 30 + nameLength, p + 30 + nameLength + extraLength, seconds);
    p += sizeOf(e);
  }
  const cdOffset = p;
  ordered.forEach((e, i) => {
    out.set(e.central, p);
    o.setUint16(p + 12, time, true);
    o.setUint16(p + 14, day, true);
    o.setUint32(p + 42, offsets[i]!, true);
    const r = replaced.get(e);
    if (r) {
      o.setUint16(p + 8, o.getUint16(p + 8, true) & ~0x0008, true);
      o.setUint32(p + 16, r.crc, true);
      o.setUint32(p + 20, r.compressed, true);
      o.setUint32(p + 24, r.size, true);
    }
    const nameLength = o.getUint16(p + 28, true);
    const extraLength = o.getUint16(p + 30, true);
    stampExtra(o, p + 46 + nameLength, p + 46 + nameLength + extraLength, seconds);
    p += e.central.length;
  });
  o.setUint32(p, END, true);
  o.setUint16(p + 8, ordered.length, true);
  o.setUint16(p + 10, ordered.length, true);
  o.setUint32(p + 12, cdLength, true);
  o.setUint32(p + 16, cdOffset, true);
  return out;
}
