import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadMarkdownTemplates, loadWorkbookWording } from '../../src/io/report-templates.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { renderWorkbook } from '../../src/render/xlsx/render-workbook.js';
import { checkWorkbook } from '../helpers/check-xlsx.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

/* Characters XML 1.0 cannot hold, as a submission's bytes can carry them: a noncharacter, controls, a lone surrogate. */
const BAD = 'Ô\uFFFEng \uFFFF A\u0001\u0008\u001b \uD800 cuối';
const SHOWN = 'Ô\uFFFDng \uFFFD A\uFFFD\uFFFD\uFFFD \uFFFD cuối';
/** Anything XML 1.0 cannot hold, in a JavaScript string. */
const UNHOLDABLE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function model() {
  const files = hostileFiles().map((f) =>
    f.unit === 'ubnd-quan'
      ? {
          ...f,
          difficulties: BAD,
          tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 1000 }, summary: `${BAD} ${'x'.repeat(80)}` } },
          file: `2020-04/${BAD}.yaml`,
        }
      : f,
  );
  const named = units.map((u) => (u.id === 'quan-doan' ? { ...u, name: BAD } : u));
  return aggregatePeriod({
    plan: testPlan(),
    registry: registryOf(named),
    period: parsePeriod('2020-04')!,
    results: files.map(fileResult),
    organisation: { ...organisation, body: `BAN ${BAD}` },
  });
}

describe('characters XML 1.0 cannot hold, in the outputs', () => {
  it('the workbook replaces them with U+FFFD in shared and inline strings, titles, names and page headers, and every part parses', async () => {
    const bytes = await renderWorkbook(model(), loadWorkbookWording());
    const parts = await checkWorkbook(bytes);
    for (const part of parts) expect(UNHOLDABLE.test(part.data.toString('utf8')), part.name).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.add(cell.value);
        }),
      ),
    );
    // The unit's name (shared), the difficulty (inline or shared), the long summary (inline), the file name.
    expect(texts).toContain(SHOWN);
    expect([...texts].some((t) => t.startsWith(SHOWN) && t.endsWith('x'.repeat(80)))).toBe(true);
    expect([...texts].some((t) => t.includes(`2020-04/${SHOWN}.yaml`))).toBe(true);
    expect([...texts].some((t) => t.includes(`BAN ${SHOWN}`))).toBe(true);
  });

  it('the Markdown report carries none of them', () => {
    const md = renderMarkdown(model(), loadMarkdownTemplates());
    expect(UNHOLDABLE.test(md)).toBe(false);
    expect(md).not.toMatch(/[\uFFFE\uFFFF]/);
    expect(md).toContain('\uFFFD');
  });
});
