import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { FileResult } from '../../src/core/file-result.js';
import { buildInitTemplate } from '../../src/core/init-template.js';
import { formatters } from '../../src/render/diagnostics/formats.js';
import type { RenderOptions } from '../../src/render/diagnostics/options.js';
import { check, plan, registry, validUbnd } from './helpers.js';

const options = (extra: Partial<RenderOptions> = {}): RenderOptions => ({
  lang: 'vi',
  color: new Chalk({ level: 0 }),
  sources: new Map(),
  version: 't',
  ...extra,
});

function unfilledTemplate() {
  const unit = registry().byId.get('ubnd-quan')!;
  const text = buildInitTemplate({ plan: plan(), unit, period: '2020-04', schemaRef: '' });
  return check(text, { file: 'submissions/2020-04/ubnd-quan.yaml' });
}

describe('a summary that fits a screen', () => {
  it('an unfilled template: one line per kind of finding, with its count and lines, and how much is left', () => {
    const result = unfilledTemplate();
    const empty = result.diagnostics.filter((d) => d.code === 'empty-value');
    expect(empty.length).toBeGreaterThan(20);
    const out = formatters.stylish([result], options());
    const findingLines = out.split('\n').filter((l) => /:\d+:\d+ {2}lỗi/.test(l));
    expect(findingLines.length).toBeLessThanOrEqual(3);
    expect(findingLines.join('\n')).toMatch(/Mục bắt buộc chưa điền: \d+ chỗ, ở dòng \d+, \d+/);
    expect(out).toContain(`Còn ${empty.length} chỗ chưa điền.`);
    expect(out.split('\n').length).toBeLessThan(24);
  });

  it('--verbose shows every finding; json, sarif and junit always do', () => {
    const result = unfilledTemplate();
    const n = result.diagnostics.length;
    const verbose = formatters.stylish([result], options({ verbose: true }));
    expect(verbose.split('\n').filter((l) => /:\d+:\d+ {2}lỗi/.test(l))).toHaveLength(n);
    expect(JSON.parse(formatters.json([result], options())).files[0].diagnostics).toHaveLength(n);
    expect(JSON.parse(formatters.sarif([result], options())).runs[0].results).toHaveLength(n);
    expect(formatters.junit([result], options()).match(/\[?empty-value/g)?.length ?? 0).toBeGreaterThanOrEqual(
      empty(result),
    );
  });

  it('fewer than four findings of a kind stay one by one, with their frames', () => {
    const result = check(validUbnd.replace('status: dang-thuc-hien', 'status: dang thuc hien'));
    const out = formatters.stylish([result], options());
    expect(out).toContain('"Tình hình thực hiện"');
    expect(out).not.toContain('chỗ, ở dòng');
  });
});

/** A file with a key written twice on each of `n` lines: each finding its own hint, so none are gathered. */
function manyMistakes(n: number): FileResult {
  const file = 'submissions/2020-04/ubnd-quan.yaml';
  const diagnostics: Diagnostic[] = Array.from({ length: n }, (_, i) => ({
    code: 'duplicate-key',
    severity: 'error',
    file,
    line: 2 * i + 2,
    column: 1,
    path: [],
    args: { key: `k${i}`, firstLine: 2 * i + 1 },
  }));
  return { file, diagnostics, valid: false };
}

describe('a file with a mistake on a thousand lines', () => {
  const result = manyMistakes(1000);
  const heads = (out: string) => [...out.matchAll(/:(\d+):1 {2}lỗi {2}Mục "k\d+"/g)].map((m) => Number(m[1]));

  it('shows the first 200 in line order, then how many more and how to see them all', () => {
    const out = formatters.stylish([result], options());
    expect(heads(out)).toEqual(Array.from({ length: 200 }, (_, i) => 2 * i + 2));
    expect(out).toContain(
      '  … và 800 thông báo nữa trong tệp này (chỉ in 200 thông báo đầu). Xem tất cả: thêm --verbose, hoặc ghi ra tệp: --format json --output-json ket-qua.json\n',
    );
    // The count line follows the last finding shown; the summary still counts every error.
    expect(out.indexOf('… và 800')).toBeGreaterThan(out.lastIndexOf('Mục "k199"'));
    expect(out).toContain('(1000 lỗi, 0 cảnh báo)');
    expect(formatters.stylish([result], options({ lang: 'en' }))).toContain(
      '  … and 800 more finding(s) in this file (only the first 200 are shown).',
    );
  });

  it("the github format's report for people is held to 200 as well; its annotations are all there", () => {
    const out = formatters.github([result], options());
    expect(out.match(/^::error /gm)).toHaveLength(1000);
    expect(heads(out)).toHaveLength(200);
  });

  it('json, sarif and junit keep all 1,000; --verbose shows all 1,000 with no count line', () => {
    expect(JSON.parse(formatters.json([result], options())).files[0].diagnostics).toHaveLength(1000);
    expect(JSON.parse(formatters.sarif([result], options())).runs[0].results).toHaveLength(1000);
    expect(formatters.junit([result], options()).match(/k\d+/g)!.length).toBeGreaterThanOrEqual(1000);
    const verbose = formatters.stylish([result], options({ verbose: true }));
    expect(heads(verbose)).toHaveLength(1000);
    expect(verbose).not.toContain('thông báo nữa');
  });

  it('a file of exactly 200 has no count line; one more gathered kind is counted by its findings', () => {
    expect(formatters.stylish([manyMistakes(200)], options())).not.toContain('thông báo nữa');
    const gathered = manyMistakes(200);
    // Five of one kind, after the 200: one gathered line, not shown, counted as its five findings.
    for (let i = 0; i < 5; i++)
      gathered.diagnostics.push({
        code: 'tab-indent',
        severity: 'error',
        file: gathered.file,
        line: 1000 + i,
        column: 1,
        path: [],
        args: {},
      });
    expect(formatters.stylish([gathered], options())).toContain('… và 5 thông báo nữa');
  });

  it('a large count is written with thousands marks', () => {
    expect(formatters.stylish([manyMistakes(100_200)], options())).toContain('… và 100.000 thông báo nữa');
  });
});

const empty = (r: ReturnType<typeof check>) => r.diagnostics.filter((d) => d.code === 'empty-value').length;

describe('a standalone check says what it did not check', () => {
  it('without a unit list the result line is a warning naming what was not checked, never a plain ✔', () => {
    const result = check(validUbnd, { withRegistry: false });
    expect(result.diagnostics).toEqual([]);
    const out = formatters.stylish([result], options({ unchecked: 'registry' }));
    expect(out).not.toContain('✔');
    expect(out).toMatch(/^⚠ /m);
    expect(out).toContain('Chưa kiểm tra mã đơn vị và các nhiệm vụ đơn vị phải báo cáo');
    expect(formatters.stylish([result], options())).toMatch(/^✔ /m);
  });

  it("unit: bach-mai in ubnd-quan.yaml: suggests the file's id, which exists, never renaming to one that does not", () => {
    const result = check(validUbnd.replace('unit: ubnd-quan', 'unit: bach-mai'));
    const unknown = result.diagnostics.find((d) => d.code === 'unknown-unit');
    expect(unknown?.args).toMatchObject({ unit: 'bach-mai', suggestion: 'ubnd-quan' });
    const out = formatters.stylish([result], options());
    expect(out).toContain('Sửa thành: unit: ubnd-quan');
    expect(out).not.toContain('bach-mai.yaml');
  });

  it('without a unit list, a mismatch does not suggest renaming the file to the written id', () => {
    const result = check(validUbnd.replace('unit: ubnd-quan', 'unit: bach-mai'), { withRegistry: false });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unit-mismatch']);
    expect(formatters.stylish([result], options())).not.toContain('bach-mai.yaml');
  });
});
