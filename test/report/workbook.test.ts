import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import type { ReportModel } from '../../src/core/report-model.js';
import { loadWorkbookWording } from '../../src/io/report-templates.js';
import { TemplateError } from '../../src/render/markdown/render-markdown.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { MAX_DATA_ROWS } from '../../src/render/xlsx/sheets/data-sheet.js';
import { mergeWording, type RawWording } from '../../src/render/xlsx/workbook-wording.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

const SHEETS = ['Tổng hợp', 'Chỉ tiêu', 'Chỉ tiêu theo đơn vị', 'Tình hình nhiệm vụ', 'Mô hình, điển hình', 'Gửi báo cáo', 'Chất lượng số liệu', 'Khó khăn, đề xuất', 'Tóm tắt kết quả', 'Dữ liệu'];

function model(period = '2020-04'): ReportModel {
  return aggregatePeriod({ plan: testPlan(), registry: registryOf(units), period: parsePeriod(period)!, results: hostileFiles().map(fileResult), organisation, number: '25' });
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Finds the row whose column `col` holds `text`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === text) return ws.getRow(r);
  throw new Error(`no row with "${text}" in column ${col} of ${ws.name}`);
}

describe('the workbook, opened again with exceljs', () => {
  let m: ReportModel;
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    m = model();
    bytes = await renderWorkbook(m, loadWorkbookWording());
    wb = await open(bytes);
  });

  it('has the sheets in order, with Vietnamese names', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
  });

  it('totals the indicators by unit with SUBTOTAL formulas whose values are the report\'s totals', () => {
    const ws = wb.getWorksheet('Chỉ tiêu theo đơn vị')!;
    const header = rowWith(ws, 1, 'STT');
    let col = 0;
    header.eachCell((cell, c) => { if (col === 0 && String(cell.value).startsWith('UB.1.ho_so_tiep_nhan')) col = c; });
    expect(col).toBeGreaterThan(3);
    const total = rowWith(ws, 2, 'Cộng');
    const cell = total.getCell(col);
    expect(cell.formula).toMatch(/^SUBTOTAL\(109,[A-Z]+\d+:[A-Z]+\d+\)$/);
    expect(cell.result).toBe(1_235_567);
    expect(total.getCell(col + 1).result).toBe(1_235_574);
    expect(cell.numFmt).toBe('#,##0');
    // The invalid file's unit shows "—" for the period (not reported), its valid March in the year to date.
    const bachDang = rowWith(ws, 2, 'Phường Bạch Đằng');
    expect(bachDang.getCell(col).value).toBe('—');
    expect(bachDang.getCell(col + 1).value).toBe(7);
  });

  it('keeps text that looks like a formula as text', async () => {
    for (const [sheet, col, text] of [['Gửi báo cáo', 2, '=1+1'], ['Gửi báo cáo', 2, '@SUM(A1:A9)'], ['Gửi báo cáo', 2, '-2+3'], ['Khó khăn, đề xuất', 4, "+cmd|' /C calc'!A0"], ['Tóm tắt kết quả', 6, '=HYPERLINK("http://evil.example","bấm")']] as const) {
      const cell = rowWith(wb.getWorksheet(sheet)!, col, text).getCell(col);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    // In the file itself: shared strings, and no formula anywhere but the totals' SUBTOTAL.
    const zip = await JSZip.loadAsync(bytes);
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(shared).toContain('<t>=1+1</t>');
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      for (const f of xml.match(/<f>[^<]*<\/f>/g) ?? []) expect(f).toMatch(/^<f>SUBTOTAL\(109,/);
    }
  });

  it('formats numbers with thousands separators and percentages, colours states', () => {
    const indicators = wb.getWorksheet('Chỉ tiêu')!;
    const row = rowWith(indicators, 3, 'UB.1.ho_so_tiep_nhan');
    expect(row.getCell(7).value).toBe(1_235_567);
    expect(row.getCell(7).numFmt).toBe('#,##0');
    const summary = wb.getWorksheet('Tổng hợp')!;
    const total = rowWith(summary, 1, 'Cộng');
    expect(total.getCell(9).value).toBeCloseTo(2 / 5);
    expect(total.getCell(9).numFmt).toBe('0.0%');
    const status = wb.getWorksheet('Gửi báo cáo')!;
    const late = rowWith(status, 2, units[0]!.name).getCell(7);
    expect(late.value).toBe('Muộn');
    expect((late.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    const tasks = wb.getWorksheet('Tình hình nhiệm vụ')!;
    const done = rowWith(tasks, 2, units[0]!.name);
    let ub1 = 0;
    rowWith(tasks, 1, 'STT').eachCell((c, i) => { if (c.value === 'UB.1') ub1 = i; });
    expect(done.getCell(ub1).value).toBe('Hoàn thành');
    expect((done.getCell(ub1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
  });

  it('freezes the header, filters, prints A4 landscape with the title in the page header', () => {
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    const headerRow = rowWith(ws, 1, 'Nhóm').number;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow, xSplit: 4 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.headerFooter.oddHeader).toContain('Báo cáo kết quả thực hiện Kế hoạch số 394-KH/BDVQU, tháng 4/2020');
    expect(ws.headerFooter.oddFooter).toContain('Trang &P/&N');
    for (const name of SHEETS.slice(1)) expect(wb.getWorksheet(name)!.pageSetup.orientation).toBe('landscape');
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(20);
  });

  it('has the long data as an Excel table', () => {
    const ws = wb.getWorksheet('Dữ liệu')!;
    const table = ws.getTable('DuLieu') as unknown as { table: { ref: string; columns: { name: string }[] } };
    expect(table.table.columns.map((c) => c.name)).toEqual(['Mã đơn vị', 'Đơn vị', 'Loại đơn vị', 'Tháng', 'Nhóm', 'Mã nhiệm vụ', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Cách tính', 'Giá trị']);
    // Counted values of April only: phuong-ac's three UB.1 indicators and UBND quận's one.
    expect(m.records).toHaveLength(4);
  });

  it('carries the report date as its document dates and on every zip entry', async () => {
    expect(wb.created.toISOString()).toBe('2020-04-20T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2020-04-20T00:00:00.000Z');
    const zip = await JSZip.loadAsync(bytes);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2020-04-20T00:00:00.000Z']);
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
  });

  it('is byte for byte the same when written again', async () => {
    const again = await renderWorkbook(model(), loadWorkbookWording());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a period too large for the long table', () => {
  it('leaves the data sheet empty with a note rather than dropping rows unseen', async () => {
    const m = model();
    const one = m.records[0]!;
    m.records = Array.from({ length: MAX_DATA_ROWS + 1 }, () => one);
    const wb = await open(await renderWorkbook(m, loadWorkbookWording()));
    const ws = wb.getWorksheet('Dữ liệu')!;
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts.some((t) => t.includes('100.001 dòng số liệu, quá 100.000 dòng'))).toBe(true);
    expect(texts).not.toContain(one.ref);
    expect(rowWith(wb.getWorksheet('Chỉ tiêu')!, 3, 'UB.1.ho_so_tiep_nhan').getCell(7).value).toBe(1_235_567);
  });
});

describe('workbook wording', () => {
  const defaults = loadWorkbookWording().raw;

  it('lays a partial wording file over the defaults', async () => {
    const raw = mergeWording(defaults, { sheets: { summary: { name: 'Tong hop' } }, states: { late: 'Nộp muộn' } }, 'mine.yaml');
    const wb = await open(await renderWorkbook(model(), { raw, file: 'mine.yaml' }));
    expect(wb.worksheets[0]!.name).toBe('Tong hop');
    expect(rowWith(wb.getWorksheet('Gửi báo cáo')!, 2, units[0]!.name).getCell(7).value).toBe('Nộp muộn');
  });

  it('refuses unknown keys, non-text values and sheet names Excel would reject', async () => {
    expect(() => mergeWording(defaults, { sheets: { sumary: { name: 'x' } } }, 'mine.yaml')).toThrow(TemplateError);
    expect(() => mergeWording(defaults, { title: { a: 1 } }, 'mine.yaml')).toThrow(TemplateError);
    const bad = mergeWording(defaults, { sheets: { data: { name: 'Dữ liệu [1]' } } }, 'mine.yaml');
    await expect(renderWorkbook(model(), { raw: bad, file: 'mine.yaml' })).rejects.toThrow(TemplateError);
    const twice = mergeWording(defaults, { sheets: { data: { name: 'Tổng hợp' } } }, 'mine.yaml');
    await expect(renderWorkbook(model(), { raw: twice, file: 'mine.yaml' })).rejects.toThrow(TemplateError);
    const table = mergeWording(defaults, { sheets: { data: { table: 'Dữ liệu' } } }, 'mine.yaml');
    await expect(renderWorkbook(model(), { raw: table, file: 'mine.yaml' })).rejects.toThrow(TemplateError);
  });

  it('doubles "&" in the page header so Excel does not read it as a code', async () => {
    const raw = mergeWording(defaults as RawWording, { pageHeader: 'HĐND & UBND' }, 'mine.yaml');
    const wb = await open(await renderWorkbook(model(), { raw, file: 'mine.yaml' }));
    expect(wb.worksheets[1]!.headerFooter.oddHeader).toMatch(/HĐND && UBND$/);
  });
});
