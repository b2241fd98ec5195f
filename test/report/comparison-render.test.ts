import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import type { ReportModel } from '../../src/core/report-model.js';
import { loadMarkdownTemplates, loadWorkbookWording } from '../../src/io/report-templates.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { fileResult, registryOf, testPlan, type FileSpec } from './helpers.js';

/*
 * The previous-period rule as the reader sees it: a month against the whole month before, a quarter
 * against a first quarter of which only March is inside the plan, a half-year whose previous half is
 * wholly before the plan.
 */

const units = [{ id: 'phuong-vinh-tuy', name: 'Phường Vĩnh Tuy', kind: 'phuong' }];
const files: FileSpec[] = ['2020-03', '2020-04', '2020-05', '2020-06'].map((month, i) => ({
  unit: 'phuong-vinh-tuy',
  month,
  tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 10 * (i + 1), ho_so_da_giai_quyet: 10, ho_so_dung_han: 8 + i } } },
}));

const model = (period: string): ReportModel =>
  aggregatePeriod({
    plan: testPlan(),
    registry: registryOf(units),
    period: parsePeriod(period)!,
    results: files.map(fileResult),
  });

/** The header line and the row of "Hồ sơ TTHC tiếp nhận" in the Markdown's task UB.1 table. */
function ub1Table(text: string): { header: string; row: string } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('| Hồ sơ TTHC tiếp nhận |'));
  let h = at;
  while (h > 0 && lines[h - 1]!.startsWith('|')) h--;
  return { header: lines[h]!, row: lines[at]! };
}

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());

async function indicatorHeaders(m: ReportModel): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderWorkbook(m, loadWorkbookWording())) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Chỉ tiêu')!;
  for (let r = 1; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as unknown[]).slice(1).map(String);
    if (values.includes('Mã chỉ tiêu') || values.some((v) => v.startsWith('Lũy kế'))) return values;
  }
  throw new Error('no header row on the indicators sheet');
}

describe('comparison with the previous period', () => {
  it('a month whose previous month is inside the plan: the previous month, the change and the change in %', async () => {
    const text = renderMarkdown(model('2020-04'), loadMarkdownTemplates());
    const { header, row } = ub1Table(text);
    expect(cells(header)).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Tháng 4/2020',
      'Lũy kế từ đầu năm',
      'Tháng 3/2020',
      'Tăng, giảm',
      'Tỷ lệ tăng, giảm',
      'Đơn vị đã báo cáo',
    ]);
    expect(cells(row).slice(2, 7)).toEqual(['20', '30', '10', '+10', '+100%']);
    expect(text).toContain('So sánh với tháng 3/2020;');
    const headers = await indicatorHeaders(model('2020-04'));
    expect(headers).toContain('Tháng 3/2020');
    expect(headers).toContain('Tỷ lệ tăng, giảm');
  });

  it('the second quarter against a first quarter of March alone: named by what it holds, no change at all', async () => {
    const text = renderMarkdown(model('2020-Q2'), loadMarkdownTemplates());
    const { header, row } = ub1Table(text);
    expect(cells(header)).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Quý II/2020',
      'Lũy kế từ đầu năm',
      'Quý I/2020 (chỉ có tháng 3)',
      'Đơn vị đã báo cáo',
    ]);
    expect(cells(row).slice(2, 5)).toEqual(['90', '100', '10']);
    expect(text).not.toMatch(/Tăng, giảm|điểm %/);
    expect(text).toContain('Cột quý I/2020 (chỉ có tháng 3) chỉ để tham khảo');
    const headers = await indicatorHeaders(model('2020-Q2'));
    expect(headers).toContain('Quý I/2020 (chỉ có tháng 3)');
    expect(headers.filter((h) => /Tăng, giảm/.test(h))).toEqual([]);
  });

  it('the first half-year, whose previous half lies wholly before the plan: no comparison column', async () => {
    const text = renderMarkdown(model('2020-H1'), loadMarkdownTemplates());
    const { header } = ub1Table(text);
    expect(cells(header)).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      '6 tháng đầu năm 2020',
      'Lũy kế từ đầu năm',
      'Đơn vị đã báo cáo',
    ]);
    expect(text).not.toContain('6 tháng cuối năm 2019 |');
    expect(text).toContain('Không so sánh với 6 tháng cuối năm 2019');
    const headers = await indicatorHeaders(model('2020-H1'));
    expect(headers.filter((h) => /2019|Tăng, giảm/.test(h))).toEqual([]);
  });

  it('keeps every row of the key-ratio table as wide as its header in all three cases', () => {
    for (const period of ['2020-04', '2020-Q2', '2020-H1']) {
      const lines = renderMarkdown(model(period), loadMarkdownTemplates()).split('\n');
      const at = lines.findIndex((l) => l.startsWith('| Chỉ số |'));
      const width = cells(lines[at]!).length;
      for (let i = at; lines[i]?.startsWith('|'); i++)
        expect(cells(lines[i]!).length, `${period}: ${lines[i]}`).toBe(width);
    }
  });
});
