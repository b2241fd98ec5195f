/*
 * The workbook's zip, re-packed without recompressing: every entry keeps its compressed bytes, the
 * entries are stamped with one fixed date (the zip writer stamps the time of the run, so two runs
 * would differ), and `[Content_Types].xml` goes first, where tools that sniff a file's type look for
 * it. Only the headers are rewritten, so this costs a copy of the compressed file, never the
 * uncompressed sheets in memory.
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
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipFormatError('zip64 archives are not re-packed');
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError(`central directory record ${i} is damaged`);
    const nameLength = view.getUint16(p + 28, true);
    const length = 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const start = view.getUint32(p + 42, true);
    if (start === 0xffffffff || view.getUint32(p + 20, true) === 0xffffffff) throw new ZipFormatError('zip64 entries are not re-packed');
    if (view.getUint32(start, true) !== LOCAL) throw new ZipFormatError(`local header of entry ${i} is damaged`);
    entries.push({ name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLength)), central: zip.subarray(p, p + length), start, end: 0 });
    p += length;
  }
  // Each entry runs to the next local header (or to the central directory): header, data, descriptor.
  const byOffset = [...entries].sort((a, b) => a.start - b.start);
  byOffset.forEach((e, i) => { e.end = byOffset[i + 1]?.start ?? cdOffset; });
  return entries;
}

/** Sets the modification time in a header's "extended timestamp" extra field, if it has one. */
function stampExtra(view: DataView, from: number, to: number, seconds: number): void {
  for (let p = from; p + 4 <= to;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === EXTENDED_TIME && size >= 5 && (view.getUint8(p + 4) & 1) === 1) view.setUint32(p + 5, seconds, true);
    p += 4 + size;
  }
}

/**
 * Re-packs `zip` with every entry dated `date` and the entries named in `first` moved to the front (in
 * that order), the others in their original order. Compressed data is copied as it is.
 */
export function repackZip(zip: Uint8Array, date: Date, first: readonly string[] = ['[Content_Types].xml']): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = readEntries(zip, view);
  const rank = (e: Entry) => {
    const i = first.indexOf(e.name);
    return i < 0 ? first.length : i;
  };
  const ordered = entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
  const dataLength = ordered.reduce((n, e) => n + (e.end - e.start), 0);
  const cdLength = ordered.reduce((n, e) => n + e.central.length, 0);
  const out = new Uint8Array(dataLength + cdLength + 22);
  const o = new DataView(out.buffer);
  const { time, date: day } = dosDateTime(date);
  const seconds = Math.floor(date.getTime() / 1000);

  let p = 0;
  const offsets: number[] = [];
  for (const e of ordered) {
    offsets.push(p);
    out.set(zip.subarray(e.start, e.end), p);
    o.setUint16(p + 10, time, true);
    o.setUint16(p + 12, day, true);
    const nameLength = o.getUint16(p + 26, true);
    const extraLength = o.getUint16(p + 28, true);
    stampExtra(o, p + 30 + nameLength, p + 30 + nameLength + extraLength, seconds);
    p += e.end - e.start;
  }
  const cdOffset = p;
  ordered.forEach((e, i) => {
    out.set(e.central, p);
    o.setUint16(p + 12, time, true);
    o.setUint16(p + 14, day, true);
    o.setUint32(p + 42, offsets[i]!, true);
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
