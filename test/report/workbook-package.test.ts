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
