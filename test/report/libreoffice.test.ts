import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadWorkbookWording } from '../../src/io/report-templates.js';
import { checkWorkbook } from '../helpers/check-xlsx.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { rowsOf } from '../helpers/data-table.js';
import { convertWithSoffice, hasSoffice } from '../helpers/soffice.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

/** What a person prints from the example quarter's workbook, at most: the working sheets, not the reference ones. */
const MAX_PAGES = 36;

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

// A real spreadsheet program reads and prints what danvan writes. CI installs LibreOffice and poppler-utils
// (.ci/run), so there the tests must run; on a developer's machine without it, it is skipped.
describe.skipIf(!hasSoffice() && !process.env.CI)('LibreOffice reads and prints the workbook', () => {
  it('converts the workbook to CSV: the totals, the text as written, the long table in its two parts', async () => {
    const model = aggregatePeriod({
      plan: testPlan(),
      registry: registryOf(units),
      period: parsePeriod('2020-04')!,
      results: hostileFiles().map(fileResult),
      organisation,
    });
    const dir = tempDir('danvan-lo-');
    const xlsx = join(dir, 'bao-cao.xlsx');
    // Room for two rows of data per sheet: the four values of April go on a second data sheet.
    const bytes = await renderWorkbook(model, loadWorkbookWording(), { maxRows: 8 });
    await checkWorkbook(bytes);
    writeFileSync(xlsx, bytes);
    // Options: comma, double quote, UTF-8, from line 1, …, raw values rather than as shown, every sheet (-1).
    convertWithSoffice(
      xlsx,
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      dir,
      120_000,
    );
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(csvs).toContain('bao-cao-Chỉ tiêu theo đơn vị.csv');
    const sheet = (name: string) => parseCsv(readFileSync(join(dir, `bao-cao-${name}.csv`), 'utf8'));

    const data = [...sheet('Dữ liệu'), ...sheet('Dữ liệu (2)')].filter((row) => /^UB\.|^[A-Z]+\.\d/.test(row[6] ?? ''));
    expect(data.map((row) => [row[0], row[6], row[10]])).toEqual(
      rowsOf(model.data).map((rec) => [model.units[rec.unit]!.id, rec.ref, String(rec.value)]),
    );

    const rows = sheet('Chỉ tiêu theo đơn vị');

    const header = rows.find((row) => row[0] === 'STT')!;
    const col = header.findIndex((c) => c.startsWith('UB.1.ho_so_tiep_nhan'));
    expect(col).toBeGreaterThan(2);
    const total = rows.find((row) => row[1] === 'Cộng')!;
    expect(total[col]).toBe('1235567');
    expect(total[col + 1]).toBe('1235574');
    const names = rows.map((row) => row[1]);
    // Formula-looking names stay text: "=1+1", not 2.
    expect(names).toContain('=1+1');
    expect(names).toContain('@SUM(A1:A9)');
    expect(names).toContain('-2+3');
    expect(names).toContain(units[0]!.name);

    // Long free texts and file names are inline strings: read as written, line break and markup included.
    const summary = hostileFiles().find((f) => f.unit === 'phuong-ac')?.tasks?.['UB.1']?.summary ?? '';
    expect(sheet('Tóm tắt kết quả').map((row) => row[5])).toContain(summary);
    expect(sheet('Gửi báo cáo').map((row) => row[10])).toContain('2020-04/phuong-ac|<b>.yaml');
  }, 180_000);

  it(`prints the example quarter whole on at most ${MAX_PAGES} A4 pages, and no page of the per-unit sheet holds half of an indicator`, () => {
    const dir = tempDir('danvan-print-');
    try {
      const xlsx = join(repoRoot, 'examples', 'reports', 'bao-cao-2020-Q2.xlsx');
      convertWithSoffice(xlsx, 'pdf', dir, 170_000);
      const pdf = join(dir, readdirSync(dir).find((n) => n.endsWith('.pdf'))!);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      expect(pages).toBeGreaterThan(10);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);

      // On each page of the per-unit sheet, every indicator shown has both its columns: as many
      // "year to date" headers as indicator ids, and as many as period headers.
      let perUnitPages = 0;
      for (let page = 1; page <= pages; page++) {
        const text = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
          encoding: 'utf8',
        }).stdout;
        if (!text.includes('Chỉ tiêu theo đơn vị')) continue;
        perUnitPages++;
        const ids = new Set(text.match(/\b[A-Z]{2}\.\d+\.[a-z_]+/g) ?? []).size;
        const ytd = (text.match(/Lũy kế/g) ?? []).length;
        const period = (text.match(/Quý II/g) ?? []).length;
        expect(ids, `page ${page}`).toBeGreaterThan(0);
        expect([ytd, period], `page ${page}`).toEqual([ids, ids]);
      }
      expect(perUnitPages).toBeGreaterThan(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
