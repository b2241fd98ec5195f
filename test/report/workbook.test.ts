import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import type { ReportModel } from '../../src/core/report-model.js';
import { loadWorkbookWording } from '../../src/io/report-templates.js';
import { TemplateError } from '../../src/render/markdown/render-markdown.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { mergeWording, type RawWording } from '../../src/render/xlsx/workbook-wording.js';
import { checkWorkbook } from '../helpers/check-xlsx.js';
import { rowsOf, tableOf } from '../helpers/data-table.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

const SHEETS = [
  'Tổng hợp',
  'Chỉ tiêu',
  'Chỉ tiêu theo đơn vị',
  'Tình hình nhiệm vụ',
  'Mô hình, điển hình',
  'Gửi báo cáo',
  'Chất lượng số liệu',
  'Khó khăn, đề xuất',
  'Tóm tắt kết quả',
  'Dữ liệu',
];

function model(period = '2020-04'): ReportModel {
  return aggregatePeriod({
    plan: testPlan(),
    registry: registryOf(units),
    period: parsePeriod(period)!,
    results: hostileFiles().map(fileResult),
    organisation,
    number: '25',
  });
}

/** Checks the package strictly (zip, XML, streaming reader), then opens it as a whole. */
async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  await checkWorkbook(bytes);
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

  it("totals the indicators by unit with SUBTOTAL formulas whose values are the report's totals", () => {
    const ws = wb.getWorksheet('Chỉ tiêu theo đơn vị')!;
    const header = rowWith(ws, 1, 'STT');
    let col = 0;
    header.eachCell((cell, c) => {
      if (col === 0 && String(cell.value).startsWith('UB.1.ho_so_tiep_nhan')) col = c;
    });
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
    for (const [sheet, col, text] of [
      ['Gửi báo cáo', 2, '=1+1'],
      ['Gửi báo cáo', 2, '@SUM(A1:A9)'],
      ['Gửi báo cáo', 2, '-2+3'],
      ['Khó khăn, đề xuất', 4, "+cmd|' /C calc'!A0"],
      ['Tóm tắt kết quả', 6, '=HYPERLINK("http://evil.example","bấm")'],
    ] as const) {
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

  it('writes long free texts in their cells (inline strings), exactly as written, markup escaped', async () => {
    const text = hostileFiles().find((f) => f.unit === 'phuong-ac')?.tasks?.['UB.1']?.summary ?? '';
    expect(text.length).toBeGreaterThanOrEqual(60);
    const cell = rowWith(wb.getWorksheet('Tóm tắt kết quả')!, 6, text).getCell(6);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    const file = rowWith(wb.getWorksheet('Gửi báo cáo')!, 11, '2020-04/phuong-ac|<b>.yaml').getCell(11);
    expect(file.type).toBe(ExcelJS.ValueType.String);
    const zip = await JSZip.loadAsync(bytes);
    const xml = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
          .map((n) => zip.file(n)!.async('string')),
      )
    ).join('');
    expect(xml).toContain(
      't="inlineStr"><is><t xml:space="preserve">Tóm tắt | có gạch\nxuống dòng &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(xml).toContain('t="inlineStr"><is><t>2020-04/phuong-ac|&lt;b&gt;.yaml</t></is>');
    // A short summary (stock phrases many units use alike) stays in the shared-string table.
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain(
      '<t>=HYPERLINK(&quot;http://evil.example&quot;,&quot;bấm&quot;)</t>',
    );
    expect(xml).not.toContain('<t>=HYPERLINK(');
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
    rowWith(tasks, 1, 'STT').eachCell((c, i) => {
      if (c.value === 'UB.1') ub1 = i;
    });
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

  it('has the long data under a workbook name and a filter, ready for a PivotTable', () => {
    const ws = wb.getWorksheet('Dữ liệu')!;
    const header = rowWith(ws, 1, 'Mã đơn vị');
    expect(header.values).toEqual([
      undefined,
      'Mã đơn vị',
      'Đơn vị',
      'Loại đơn vị',
      'Tháng',
      'Nhóm',
      'Mã nhiệm vụ',
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Cách tính',
      'Giá trị',
    ]);
    // Counted values of April only: phuong-ac's three UB.1 indicators and UBND quận's one.
    const records = rowsOf(m.data);
    expect(records).toHaveLength(4);
    const last = header.number + records.length;
    expect(wb.definedNames.getRanges('DuLieu').ranges).toEqual([`'Dữ liệu'!$A$${header.number}:$K$${last}`]);
    expect(ws.autoFilter).toBe(`A${header.number}:K${last}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number, xSplit: 2 });
    const rows = Array.from({ length: records.length }, (_, k) => ws.getRow(header.number + 1 + k));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(4).value, r.getCell(7).value, r.getCell(11).value])).toEqual(
      records.map((r) => [m.units[r.unit]!.id, '4/2020', r.ref, r.value]),
    );
    expect(rows[0]!.getCell(11).numFmt).toBe('#,##0');
    expect(ws.getRow(header.number + records.length + 1).getCell(1).value).toBeNull();
  });

  it('keeps what the streaming writer leaves out: centred printing, the Company property, merged and annotated headers', async () => {
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('docProps/app.xml')!.async('string')).toContain(
      '<Company>QUẬN ỦY HAI BÀ TRƯNG — BAN DÂN VẬN</Company>',
    );
    expect(wb.getWorksheet('Chỉ tiêu')!.pageSetup.horizontalCentered).toBe(true);
    // Wide sheets print across pages, not centred.
    expect(wb.getWorksheet('Chỉ tiêu theo đơn vị')!.pageSetup.horizontalCentered).toBeFalsy();
    const byUnit = wb.getWorksheet('Chỉ tiêu theo đơn vị')!;
    const top = rowWith(byUnit, 1, 'STT').number;
    expect(byUnit.getCell(top + 1, 1).isMerged).toBe(true);
    expect(byUnit.getCell(top, 5).master.address).toBe(byUnit.getCell(top, 4).address);
    const tasks = wb.getWorksheet('Tình hình nhiệm vụ')!;
    const head = rowWith(tasks, 1, 'STT');
    let ub1 = 0;
    head.eachCell((c, i) => {
      if (c.value === 'UB.1') ub1 = i;
    });
    expect(head.getCell(ub1).note).toBeTruthy();
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

describe('a long table larger than a worksheet', () => {
  /** Rows of the long table, sheet by sheet: [sheet name, unit id, ref, value][]. */
  function dataRows(wb: ExcelJS.Workbook): string[][] {
    const out: string[][] = [];
    for (const ws of wb.worksheets.filter((w) => w.name.startsWith('Dữ liệu'))) {
      const header = rowWith(ws, 1, 'Mã đơn vị').number;
      for (let r = header + 1; r <= ws.rowCount; r++)
        out.push([
          ws.name,
          String(ws.getRow(r).getCell(1).value),
          String(ws.getRow(r).getCell(7).value),
          String(ws.getRow(r).getCell(11).value),
        ]);
    }
    return out;
  }

  it('goes on in "Dữ liệu (2)", "Dữ liệu (3)": every row kept, in order, each part named and filtered', async () => {
    const m = model();
    // Five rows: two sheets of two and one of one (six rows of title and header, two of data per sheet).
    const counted = rowsOf(m.data);
    const records = [...counted, { ...counted[0]!, value: 99 }];
    m.data = tableOf(records);
    expect(records).toHaveLength(5);
    const wb = await open(await renderWorkbook(m, loadWorkbookWording(), { maxRows: 8 }));
    const parts = Math.ceil(records.length / 2);
    const names = ['Dữ liệu', ...Array.from({ length: parts - 1 }, (_, k) => `Dữ liệu (${k + 2})`)];
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Dữ liệu'))).toEqual(names);
    const rows = dataRows(wb);
    expect(rows.map((r) => r.slice(1))).toEqual(records.map((r) => [m.units[r.unit]!.id, r.ref, String(r.value)]));
    expect(rows.map((r) => r[0])).toEqual(records.map((_, k) => names[Math.floor(k / 2)]));
    names.forEach((name, k) => {
      const ws = wb.getWorksheet(name)!;
      expect(ws.rowCount).toBeLessThanOrEqual(8);
      const range = k === 0 ? 'DuLieu' : `DuLieu_${k + 1}`;
      const last = 6 + Math.min(2, records.length - 2 * k);
      expect(wb.definedNames.getRanges(range).ranges).toEqual([`'${name}'!$A$6:$K$${last}`]);
      expect(ws.autoFilter).toBe(`A6:K${last}`);
      // The note says which part this is and names the others.
      const note = String(ws.getRow(4).getCell(1).value);
      expect(note).toContain(`${k + 1}/${parts}`);
      expect(note).toContain(range);
      expect(note).toContain(`"${names[(k + 1) % parts]}"`);
    });
  });

  it('goes on in further sheets for any table, totals under the last part', async () => {
    const m = model();
    const expected = m.submissions.rows.flatMap((r) => r.cells.map(() => m.units[r.unit]!.name));
    expect(expected.length).toBeGreaterThan(4);
    // Twelve rows a sheet: a title block of six (with the note), two rows of the table, four of totals.
    const wb = await open(await renderWorkbook(m, loadWorkbookWording(), { maxRows: 12 }));
    const parts = wb.worksheets.filter((w) => w.name.startsWith('Gửi báo cáo'));
    expect(parts.map((w) => w.name)).toEqual([
      'Gửi báo cáo',
      ...Array.from({ length: Math.ceil(expected.length / 2) - 1 }, (_, k) => `Gửi báo cáo (${k + 2})`),
    ]);
    const names: string[] = [];
    for (const ws of parts) {
      const header = rowWith(ws, 1, 'STT').number;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
      for (let r = header + 1; r <= Math.min(ws.rowCount, header + 2); r++) {
        const v = ws.getRow(r).getCell(2).value;
        if (typeof v === 'string' && !v.startsWith('Cộng')) names.push(v);
      }
    }
    expect(names).toEqual(expected);
    expect(() => rowWith(parts[parts.length - 1]!, 2, 'Cộng: Đúng hạn')).not.toThrow();
    expect(() => rowWith(parts[0]!, 2, 'Cộng: Đúng hạn')).toThrow();
  });

  it('keeps out of the workbook the labels of the long table that no row has', async () => {
    const m = model();
    const data = m.data;
    // A month, a unit and an indicator the table knows but no row holds.
    const unused = m.units.length;
    m.units = [...m.units, { ...m.units[0]!, id: 'don-vi-khong-co-so', name: 'Đơn vị không có số' }];
    m.data = { ...data, months: [...data.months, '2020-11'], refs: [...data.refs, 'XX.9.chua_dung'] };
    const bytes = await renderWorkbook(m, loadWorkbookWording());
    const rows = dataRows(await open(bytes));
    expect(rows).toHaveLength(data.length);
    const shared = await (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('string');
    expect(shared).toContain(`<t>${m.units[0]!.id}</t>`);
    expect(shared).not.toContain('11/2020');
    expect(shared).not.toContain('XX.9.chua_dung');
    expect(shared).not.toContain(m.units[unused]!.id);
  });

  it('writes a long table in full, whatever its length', async () => {
    const m = model();
    const refs = [...new Set(rowsOf(m.data).map((r) => r.ref))];
    m.data = tableOf(
      Array.from({ length: 60_000 }, (_, k) => ({
        unit: k % m.units.length,
        month: '2020-04',
        ref: refs[k % refs.length]!,
        value: k,
      })),
    );
    const wb = await open(await renderWorkbook(m, loadWorkbookWording()));
    const rows = dataRows(wb);
    expect(rows).toHaveLength(60_000);
    expect(rows.reduce((n, r) => n + Number(r[3]), 0)).toBe((60_000 * 59_999) / 2);
    expect(rows[59_999]).toEqual([
      'Dữ liệu',
      m.units[59_999 % m.units.length]!.id,
      refs[59_999 % refs.length],
      '59999',
    ]);
  });
});

describe('workbook wording', () => {
  const defaults = loadWorkbookWording().raw;

  it('lays a partial wording file over the defaults', async () => {
    const raw = mergeWording(
      defaults,
      { sheets: { summary: { name: 'Tong hop' } }, states: { late: 'Nộp muộn' } },
      'mine.yaml',
    );
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
    for (const name of ['Dữ liệu', 'AB12', 'R1C1']) {
      const table = mergeWording(defaults, { sheets: { data: { table: name } } }, 'mine.yaml');
      await expect(renderWorkbook(model(), { raw: table, file: 'mine.yaml' })).rejects.toThrow(TemplateError);
    }
  });

  it('doubles "&" in the page header so Excel does not read it as a code', async () => {
    const raw = mergeWording(defaults as RawWording, { pageHeader: 'HĐND & UBND' }, 'mine.yaml');
    const wb = await open(await renderWorkbook(model(), { raw, file: 'mine.yaml' }));
    expect(wb.worksheets[1]!.headerFooter.oddHeader).toMatch(/HĐND && UBND$/);
  });
});

describe('the data-quality sheet', () => {
  it("lists a warning the unit explained apart, with the unit's explanation in its own column", async () => {
    const m = model();
    const warning = m.quality.warnings.flatMap((f) => f.diagnostics.map((d) => ({ f, d })))[0];
    expect(warning, 'the fixture has a warning to explain').toBeDefined();
    const { f, d } = warning!;
    m.quality.explained = [
      {
        file: f.file,
        unit: f.unit!,
        unitId: f.unitId ?? '',
        month: f.month!,
        task: 'UB.1',
        taskLabel: 'Nhiệm vụ',
        check: d.code,
        diagnostic: d,
        explanation: 'Số liệu tháng này gộp cả tháng trước, đã báo cáo Ban.',
      },
    ];
    const ws = (await open(await renderWorkbook(m, loadWorkbookWording()))).getWorksheet('Chất lượng số liệu')!;
    const header = rowWith(ws, 1, 'Mức độ');
    expect(header.getCell(9).value).toBe('Giải trình của đơn vị');
    const row = rowWith(ws, 1, 'Cảnh báo đã giải trình');
    expect(row.getCell(2).value).toBe(f.file);
    expect(row.getCell(9).value).toBe('Số liệu tháng này gộp cả tháng trước, đã báo cáo Ban.');
    expect(row.getCell(8).value).toBe(rowWith(ws, 1, 'Cảnh báo').getCell(8).value);
  });
});
