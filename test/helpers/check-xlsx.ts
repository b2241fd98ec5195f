import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { tempDir } from './cli.js';

/*
 * A strict look at a written workbook, for every test that writes one: the zip read the way its
 * central directory and its local headers each describe it (they must agree, and every entry's CRC
 * and size must hold), `unzip -t` on it, every XML part through a conforming XML parser, and
 * exceljs's streaming reader, which reads the local headers in order as Excel's repair check does.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;

/** `unzip` must be there in CI; on a developer's machine without it, the zip is only read here. */
const unzipPresent = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
if (!unzipPresent && process.env.CI) throw new Error('unzip is missing: .ci/run installs it');

export interface ZipPart {
  name: string;
  data: Buffer;
}

/** Reads every entry of a zip strictly; throws a message naming the entry at the first fault. */
export function readZipStrictly(bytes: Uint8Array): ZipPart[] {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || zip.readUInt32LE(eocd) !== END) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  let p = zip.readUInt32LE(eocd + 16);
  if (p + cdSize !== eocd) throw new Error('the central directory does not end where the end record is');
  const parts: ZipPart[] = [];
  let expectedStart = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`central directory record ${i} is damaged`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const start = zip.readUInt32LE(p + 42);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);

    // Entries follow one another with nothing between or overlapping.
    if (start !== expectedStart) throw new Error(`${name}: local header at ${start}, expected at ${expectedStart}`);
    if (zip.readUInt32LE(start) !== LOCAL) throw new Error(`${name}: no local header signature`);
    const localFlags = zip.readUInt16LE(start + 6);
    if (localFlags !== flags)
      throw new Error(`${name}: local flags ${localFlags} differ from the central directory's ${flags}`);
    if (zip.readUInt16LE(start + 8) !== method) throw new Error(`${name}: compression method differs`);
    const localName = zip.subarray(start + 30, start + 30 + zip.readUInt16LE(start + 26)).toString('utf8');
    if (localName !== name) throw new Error(`${name}: local header names "${localName}"`);
    const dataStart = start + 30 + zip.readUInt16LE(start + 26) + zip.readUInt16LE(start + 28);
    let end = dataStart + compressed;
    if (flags & 0x08) {
      // A data descriptor follows the data (signature optional) and repeats CRC and sizes.
      const at = zip.readUInt32LE(end) === DESCRIPTOR ? end + 4 : end;
      if (zip.readUInt32LE(at) !== crc || zip.readUInt32LE(at + 4) !== compressed || zip.readUInt32LE(at + 8) !== size)
        throw new Error(`${name}: data descriptor differs from the central directory`);
      end = at + 12;
    } else {
      const local = [zip.readUInt32LE(start + 14), zip.readUInt32LE(start + 18), zip.readUInt32LE(start + 22)];
      if (local[0] !== crc || local[1] !== compressed || local[2] !== size)
        throw new Error(
          `${name}: local header CRC and sizes ${local.join('/')} differ from the central directory's ${[crc, compressed, size].join('/')}`,
        );
    }
    const raw = zip.subarray(dataStart, dataStart + compressed);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : undefined;
    if (!data) throw new Error(`${name}: compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, ${size} declared`);
    if (crc32(data) !== crc) throw new Error(`${name}: bad CRC`);
    parts.push({ name, data });
    expectedStart = end;
  }
  if (expectedStart !== zip.readUInt32LE(eocd + 16))
    throw new Error('bytes between the last entry and the central directory');
  return parts;
}

/** Parses an XML part with a conforming parser (well-formedness and XML 1.0 characters); throws naming the part. */
export function parseXmlStrictly(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${name}: ${failure.message}`);
}

/** Every check above on a workbook's bytes; resolves to its parts. */
export async function checkWorkbook(bytes: Uint8Array): Promise<ZipPart[]> {
  const parts = readZipStrictly(bytes);
  for (const part of parts)
    if (/\.(xml|rels|vml)$/.test(part.name)) parseXmlStrictly(part.name, part.data.toString('utf8'));
  if (unzipPresent) {
    const dir = tempDir('danvan-zip-');
    const file = join(dir, 'check.xlsx');
    writeFileSync(file, bytes);
    const r = spawnSync('unzip', ['-tqq', file], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`unzip -t: ${r.stdout}${r.stderr}`);
  }
  await readStreaming(bytes);
  return parts;
}

/** Reads every sheet through exceljs's streaming reader, which walks the local headers in order. */
async function readStreaming(bytes: Uint8Array): Promise<void> {
  const { Readable } = await import('node:stream');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of reader)
    for await (const _row of sheet) {
      /* every row read */
    }
}
