import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadWorkbookWording } from '../../src/io/report-templates.js';
import { CELL_LIMIT, splitText } from '../../src/render/xlsx/cell-text.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { checkWorkbook } from '../helpers/check-xlsx.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

const CONTINUED = ' [… còn tiếp ở dòng dưới]';
const CONTINUATION = '[… tiếp theo] ';

/** A long text of words, with a character outside the BMP (a surrogate pair) every few words. */
const longText = (words: number, tag: string) =>
  Array.from({ length: words }, (_, i) => (i % 7 === 0 ? `${tag}𝒜${i}` : `${tag}${i}`)).join(' ');

describe('texts longer than an Excel cell holds (32,767 characters)', () => {
  const summary = longText(9_000, 'tóm'); // about 70,000 characters
  const difficulty = longText(5_000, 'khó'); // about 40,000 characters

  /** April's report of the hostile files, UBND quận's summary of UB.1 (and its difficulties) long. */
  const modelWith = (long: { difficulties?: string }) =>
    aggregatePeriod({
      plan: testPlan(),
      registry: registryOf(units),
      period: parsePeriod('2020-04')!,
      results: hostileFiles()
        .map((f) =>
          f.unit === 'ubnd-quan'
            ? { ...f, ...long, tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 1000 }, summary } } }
            : f,
        )
        .map(fileResult),
      organisation,
    });

  it('go on in the rows under them with marks, whole, and no cell passes the limit', async () => {
    const model = modelWith({ difficulties: difficulty });
    expect(summary.length).toBeGreaterThan(2 * CELL_LIMIT);
    const bytes = await renderWorkbook(model, loadWorkbookWording());
    await checkWorkbook(bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.eachSheet((ws) =>
      ws.eachRow((row) => {
        expect(row.height ?? 0).toBeLessThanOrEqual(409);
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value.length).toBeLessThanOrEqual(CELL_LIMIT);
        });
      }),
    );

    const joined = (sheet: string, col: number, unitCol: number) => {
      const ws = wb.getWorksheet(sheet)!;
      const pieces: string[] = [];
      ws.eachRow((row) => {
        const v = row.getCell(col).value;
        if (
          row.getCell(unitCol).value === '=1+1' &&
          typeof v === 'string' &&
          (v.startsWith('tóm') || v.startsWith('khó') || v.startsWith(CONTINUATION))
        )
          pieces.push(v);
      });
      return pieces;
    };
    const s = joined('Tóm tắt kết quả', 6, 1);
    expect(s).toHaveLength(3);
    expect(
      s[0]!.endsWith(CONTINUED) &&
        s[1]!.startsWith(CONTINUATION) &&
        s[1]!.endsWith(CONTINUED) &&
        s[2]!.startsWith(CONTINUATION),
    ).toBe(true);
    expect(s.map((p) => p.replace(CONTINUATION, '').replace(CONTINUED, '')).join('')).toBe(summary);
    const d = joined('Khó khăn, đề xuất', 4, 2);
    expect(d).toHaveLength(2);
    expect(d.map((p) => p.replace(CONTINUATION, '').replace(CONTINUED, '')).join('')).toBe(difficulty);
  });

  it('go on in the next sheet when a long table passes a sheet in the middle of a text, in order', async () => {
    const model = modelWith({});
    // Two table rows a sheet: the summary's three rows fall on two sheets.
    const bytes = await renderWorkbook(model, loadWorkbookWording(), { maxRows: 9 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const pieces: { sheet: string; text: string }[] = [];
    for (const ws of wb.worksheets.filter((w) => w.name.startsWith('Tóm tắt kết quả')))
      ws.eachRow((row) => {
        const v = row.getCell(6).value;
        if (
          row.getCell(1).value === '=1+1' &&
          typeof v === 'string' &&
          (v.startsWith('tóm') || v.startsWith(CONTINUATION))
        )
          pieces.push({ sheet: ws.name, text: v });
      });
    expect(pieces).toHaveLength(3);
    expect(new Set(pieces.map((p) => p.sheet)).size).toBe(2);
    expect(pieces.map((p) => p.text.replace(CONTINUATION, '').replace(CONTINUED, '')).join('')).toBe(summary);
  });

  it('are cut at a space and never inside a surrogate pair', () => {
    const text = `${'𝒜'.repeat(30)} ${'b'.repeat(10)}`;
    const pieces = splitText(text, 41);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(41);
      expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p)).toBe(false);
    }
    const spaced = splitText(`${'a'.repeat(90)} ${'c'.repeat(20)}`, 100);
    expect(spaced).toEqual([`${'a'.repeat(90)} `, 'c'.repeat(20)]);
  });
});
