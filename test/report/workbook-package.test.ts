import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadWorkbookWording } from '../../src/io/report-templates.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { checkWorkbook, readZipStrictly } from '../helpers/check-xlsx.js';
import { fileResult, registryOf, repoRoot, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

const examples = join(repoRoot, 'examples', 'reports');
const committed = readdirSync(examples)
  .filter((n) => n.endsWith('.xlsx'))
  .sort();

describe('the workbook as a zip package', () => {
  it.each(committed)(
    "examples/reports/%s passes a strict zip read, unzip -t, an XML parser on each part and exceljs's streaming reader",
    async (name) => {
      const parts = await checkWorkbook(readFileSync(join(examples, name)));
      expect(parts.map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');
    },
  );

  it('a written workbook with its data sheet passes every check, a month and a quarter', async () => {
    for (const period of ['2020-04', '2020-Q2']) {
      const model = aggregatePeriod({
        plan: testPlan(),
        registry: registryOf(units),
        period: parsePeriod(period)!,
        results: hostileFiles().map(fileResult),
        organisation,
      });
      await checkWorkbook(await renderWorkbook(model, loadWorkbookWording()));
    }
  });

  it('the strict reader refuses a local header that says other than the central directory', async () => {
    const model = aggregatePeriod({
      plan: testPlan(),
      registry: registryOf(units),
      period: parsePeriod('2020-04')!,
      results: hostileFiles().map(fileResult),
      organisation,
    });
    const bytes = Buffer.from(await renderWorkbook(model, loadWorkbookWording()));
    readZipStrictly(bytes);
    // The first entry's flags: whether a data descriptor follows, as in the headers the re-packing broke.
    bytes.writeUInt16LE(bytes.readUInt16LE(6) ^ 0x08, 6);
    expect(() => readZipStrictly(bytes)).toThrow(/local flags .* differ/);
  });
});

describe('the workbook as the same bytes every time', () => {
  /** Every entry's DOS date and time, from its local header and from the central directory. */
  function entryDates(bytes: Uint8Array): string[] {
    const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const dates: string[] = [];
    const dos = (time: number, date: number) =>
      `${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')} ${time >> 11}:${(time >> 5) & 63}:${(time & 31) * 2}`;
    for (let i = 0, p = zip.readUInt32LE(eocd + 16); i < zip.readUInt16LE(eocd + 10); i++) {
      const local = zip.readUInt32LE(p + 42);
      dates.push(dos(zip.readUInt16LE(p + 12), zip.readUInt16LE(p + 14)));
      dates.push(dos(zip.readUInt16LE(local + 10), zip.readUInt16LE(local + 12)));
      p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
    return dates;
  }

  it('two renders of one model, in two time zones, are byte-identical, every entry dated the report date', async () => {
    const model = aggregatePeriod({
      plan: testPlan(),
      registry: registryOf(units),
      period: parsePeriod('2020-Q2')!,
      results: hostileFiles().map(fileResult),
      organisation,
      date: '2020-06-30',
    });
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const hanoi = await renderWorkbook(model, loadWorkbookWording());
      process.env.TZ = 'America/Los_Angeles';
      const losAngeles = await renderWorkbook(model, loadWorkbookWording());
      expect(Buffer.from(hanoi).equals(Buffer.from(losAngeles))).toBe(true);
      const dates = entryDates(hanoi);
      expect(dates.length).toBeGreaterThan(2 * 10);
      expect(new Set(dates)).toEqual(new Set(['2020-06-30 0:0:0']));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
