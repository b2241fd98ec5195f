import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadMarkdownTemplates, loadWorkbookWording } from '../../src/io/report-templates.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { check, plan, registry, validUbnd } from '../validate/helpers.js';

/*
 * A month in which UBND quận explains one warning (more letters settled than received, UB.5) and
 * leaves another unexplained (citizens received with no session, UB.4): the report counts one
 * warning, lists it, and lists the explained one with the unit's words.
 */
const EXPLANATION = 'Gồm cả 9 đơn tồn | từ tháng 3';
const ub5 =
  '  UB.5:\n    status: thuong-xuyen\n    indicators: { cuoc_doi_thoai: 1, don_tiep_nhan: 31, don_da_giai_quyet: 40, vu_viec_phuc_tap: 3 }\n';
const text = (explanation?: string) =>
  validUbnd
    .replace(/ {2}UB\.5: .*\n/, `${ub5}${explanation === undefined ? '' : `    giai_trinh: ${explanation}\n`}`)
    .replace('buoi_tiep_cong_dan: 2, luot_cong_dan: 23', 'buoi_tiep_cong_dan: 0, luot_cong_dan: 23');
const SETTLED = 'Số đơn đã giải quyết (40) lớn hơn số đơn khiếu nại, tố cáo tiếp nhận (31).';

const modelOf = (explanation?: string) =>
  aggregatePeriod({
    plan: plan(),
    registry: registry(),
    period: parsePeriod('2020-04')!,
    results: [check(text(explanation), { file: '2020-04/ubnd-quan.yaml' })],
    date: '2020-04-22',
  });
const templates = loadMarkdownTemplates();

describe('a report with a warning the unit explained', () => {
  it('the model lists it by unit, month, task and check, with the explanation, apart from the warnings', () => {
    const model = modelOf(`"${EXPLANATION}"`);
    expect(model.quality.warnings.flatMap((f) => f.diagnostics.map((d) => d.path[1]))).toEqual(['UB.4']);
    expect(model.quality.explained).toEqual([
      expect.objectContaining({
        file: '2020-04/ubnd-quan.yaml',
        unit: model.units.findIndex((u) => u.id === 'ubnd-quan'),
        unitId: 'ubnd-quan',
        month: '2020-04',
        task: 'UB.5',
        taskLabel: plan().tasks.get('UB.5')!.task.label,
        check: 'don-da-giai-quyet',
        explanation: EXPLANATION,
      }),
    ]);
    expect(model.quality.explained[0]!.diagnostic).toMatchObject({ code: 'rule', line: 18, column: 76 });
  });

  it('Markdown: warnings counted without it, how many were explained, and a table with the explanation', () => {
    const md = renderMarkdown(modelOf(`"${EXPLANATION}"`), templates);
    const quality = md.slice(md.indexOf('## 5. CHẤT LƯỢNG SỐ LIỆU'));
    expect(quality).toContain(
      'Cảnh báo (báo cáo vẫn được tính, đề nghị đơn vị kiểm tra lại): 1 cảnh báo ở 1 báo cáo, không kể 1 cảnh báo đơn vị đã giải trình.',
    );
    expect(quality).toContain(
      `| 2020-04/ubnd-quan.yaml | UBND quận Hai Bà Trưng | 4/2020 | 18:76 | UB.5 | ${SETTLED} | Gồm cả 9 đơn tồn \\| từ tháng 3 |`,
    );
    // The explained warning is not among the warnings still to check.
    const warnings = quality.slice(0, quality.indexOf('Cảnh báo đơn vị đã giải trình'));
    expect(warnings).not.toContain(SETTLED);
    expect(warnings).toContain(
      '| 2020-04/ubnd-quan.yaml | UBND quận Hai Bà Trưng | 4/2020 | 15:67 | Có lượt công dân được tiếp',
    );
  });

  it('Markdown: without an explanation both warnings are listed as warnings and nothing as explained', () => {
    const md = renderMarkdown(modelOf(), templates);
    expect(md).toContain('2 cảnh báo ở 1 báo cáo.');
    expect(md).not.toContain('đã giải trình');
  });

  it('Word: the quality section of the appendix has the count and the explanation', async () => {
    const model = modelOf(`"${EXPLANATION}"`);
    const bytes = await renderDocx({ model, markdown: renderMarkdown(model, templates) });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('không kể 1 cảnh báo đơn vị đã giải trình');
    expect(xml).toContain('Giải trình của đơn vị');
    expect(xml).toContain(EXPLANATION);
    expect(xml.split(SETTLED)).toHaveLength(2);
    // The warnings still to check are a table of five columns, the month among them, in every row.
    const table = xml.slice(xml.lastIndexOf('<w:tbl>', xml.indexOf('Có lượt công dân được tiếp')));
    const rows = table.slice(0, table.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
    const cells = (row: string) => [...row.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(cells(rows[0]!)).toEqual(['Tệp', 'Đơn vị', 'Tháng', 'Dòng:cột', 'Cảnh báo']);
    expect(rows).toHaveLength(2);
    expect(cells(rows[1]!).slice(0, 4)).toEqual([
      '2020-04/ubnd-quan.yaml',
      'UBND quận Hai Bà Trưng',
      '4/2020',
      '15:67',
    ]);
  });
});

/** April and May of UBND quận, each with the two warnings; May's UB.5 explained when `explanation` is given. */
const quarterOf = (explanation?: string) => {
  const may = text(explanation)
    .replace('period: 2020-04', 'period: 2020-05')
    .replace('submitted: 2020-04-17', 'submitted: 2020-05-15');
  return aggregatePeriod({
    plan: plan(),
    registry: registry(),
    period: parsePeriod('2020-Q2')!,
    results: [check(text(), { file: '2020-04/ubnd-quan.yaml' }), check(may, { file: '2020-05/ubnd-quan.yaml' })],
    date: '2020-06-20',
  });
};

describe('the warnings table of a report over several months', () => {
  it("says which month's file each warning came from", () => {
    const model = quarterOf();
    const md = renderMarkdown(model, templates);
    expect(md).toContain('| Tệp | Đơn vị | Tháng | Dòng:cột | Cảnh báo |');
    for (const [file, month] of [
      ['2020-04/ubnd-quan.yaml', '4/2020'],
      ['2020-05/ubnd-quan.yaml', '5/2020'],
    ])
      expect(md).toContain(`| ${file} | UBND quận Hai Bà Trưng | ${month} | 15:67 | Có lượt công dân được tiếp`);
  });
});

describe("the workbook's data-quality sheet of a report over several months", () => {
  it("says which month's file each warning and each explained warning came from", async () => {
    const model = quarterOf(`"${EXPLANATION}"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderWorkbook(model, loadWorkbookWording())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Chất lượng số liệu')!;
    const rows = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1));
    const header = rows.find((r) => r.getCell(1).value === 'Mức độ')!;
    const col = (name: string) => (header.values as unknown[]).indexOf(name);
    expect(col('Tháng')).toBeGreaterThan(0);
    const cell = (r: ExcelJS.Row, name: string) => r.getCell(col(name)).value;
    const listed = rows
      .filter((r) => r.number > header.number)
      .map((r) => [cell(r, 'Mức độ'), cell(r, 'Tệp'), cell(r, 'Tháng'), cell(r, 'Dòng')].join(' '));
    expect(listed).toEqual([
      'Cảnh báo 2020-04/ubnd-quan.yaml 4/2020 15',
      'Cảnh báo 2020-04/ubnd-quan.yaml 4/2020 18',
      'Cảnh báo 2020-05/ubnd-quan.yaml 5/2020 15',
      'Cảnh báo đã giải trình 2020-05/ubnd-quan.yaml 5/2020 18',
    ]);
  });
});
