import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32Combine, dosDateTime, repackZip, ZipFormatError } from '../../src/render/xlsx/zip-repack.js';

const fixed = new Date('2020-04-20T00:00:00Z');

/** A zip as a streaming writer makes one: entries dated at different times, data descriptors after the data. */
async function sample(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('xl/theme/theme1.xml', '<theme/>'.repeat(50), {
    date: new Date('2026-11-29T21:00:01Z'),
    createFolders: false,
  });
  zip.file('xl/worksheets/sheet1.xml', '<row r="1"/>'.repeat(5000), {
    date: new Date('2026-11-29T21:00:07Z'),
    createFolders: false,
  });
  zip.file('[Content_Types].xml', '<Types/>', { date: new Date('2026-11-29T21:00:09Z'), createFolders: false });
  zip.file('docProps/app.xml', '<Properties/>', { date: new Date('2026-11-29T21:00:09Z'), createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
}

describe('re-packing the workbook zip', () => {
  it('dates every entry with the report date, puts [Content_Types].xml first, keeps every entry as it was', async () => {
    const input = await sample();
    const out = repackZip(input, fixed);
    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(out);
    expect(Object.keys(after.files)).toEqual([
      '[Content_Types].xml',
      'xl/theme/theme1.xml',
      'xl/worksheets/sheet1.xml',
      'docProps/app.xml',
    ]);
    for (const [name, entry] of Object.entries(after.files)) {
      expect(entry.date.toISOString(), name).toBe('2020-04-20T00:00:00.000Z');
      expect(await entry.async('string')).toBe(await before.file(name)!.async('string'));
    }
    // Compressed bytes are copied, not recompressed: the file is exactly as long.
    expect(out.length).toBe(input.length);
  });

  it('gives the same bytes for the same entries written at different times', async () => {
    const a = await sample();
    const zip = await JSZip.loadAsync(a);
    for (const f of Object.values(zip.files)) f.date = new Date('2031-01-02T03:04:05Z');
    const b = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(repackZip(a, fixed)).equals(Buffer.from(repackZip(b, fixed)))).toBe(true);
  });

  it('stamps the local headers as well as the central directory', async () => {
    const out = repackZip(await sample(), fixed);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    const { time, date } = dosDateTime(fixed);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([time, date]);
    const nameLength = view.getUint16(26, true);
    expect(new TextDecoder().decode(out.subarray(30, 30 + nameLength))).toBe('[Content_Types].xml');
    const data = out.subarray(30 + nameLength + view.getUint16(28, true));
    expect(inflateRawSync(data).toString().startsWith('<Types/>')).toBe(true);
  });

  it('puts rows compressed elsewhere into a sheet: one valid entry, CRC checked, the rest as it was', async () => {
    const zip = new JSZip();
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><autoFilter ref="A1:A3"/></worksheet>';
    zip.file('xl/worksheets/sheet1.xml', sheet, { createFolders: false });
    zip.file('[Content_Types].xml', '<Types/>', { createFolders: false });
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
    const rows = Buffer.from(
      Array.from({ length: 3000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`).join(''),
      'latin1',
    );
    const splice = {
      data: deflateRawSync(rows, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }),
      crc: crc32(rows),
      length: rows.length,
    };
    const out = repackZip(input, fixed, { splices: new Map([['xl/worksheets/sheet1.xml', splice]]) });
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(back.files)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    expect(await back.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(
      sheet.replace('</sheetData>', `${rows.toString('latin1')}</sheetData>`),
    );
    expect(await back.file('[Content_Types].xml')!.async('string')).toBe('<Types/>');
    expect(back.files['xl/worksheets/sheet1.xml']!.date.toISOString()).toBe('2020-04-20T00:00:00.000Z');
  });

  it('combines CRC-32s as zlib does', () => {
    const a = Buffer.from('Báo cáo tháng 4/2020, '.repeat(37));
    const b = Buffer.from('<row r="7"><c r="A7" s="1" t="s"><v>12</v></c></row>'.repeat(1001));
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
    expect(crc32Combine(crc32(a), crc32(Buffer.alloc(0)), 0)).toBe(crc32(a));
  });

  it('refuses what is not a zip', () => {
    expect(() => repackZip(new TextEncoder().encode('not a zip at all, just some text'), fixed)).toThrow(
      ZipFormatError,
    );
  });
});
