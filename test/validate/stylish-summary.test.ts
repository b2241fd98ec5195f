import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
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
