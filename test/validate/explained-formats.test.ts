import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/file-result.js';
import { formatters } from '../../src/render/diagnostics/formats.js';
import type { RenderOptions } from '../../src/render/diagnostics/options.js';
import { check, validUbnd } from './helpers.js';

const require = createRequire(import.meta.url);

/** UB.5 with more letters settled than received (a warning of the plan), and the unit's explanation of it. */
const UB5 =
  '  UB.5:\n    status: thuong-xuyen\n    indicators: { cuoc_doi_thoai: 1, don_tiep_nhan: 31, don_da_giai_quyet: 40, vu_viec_phuc_tap: 3 }\n';
const EXPLANATION = 'Gồm cả 9 đơn tồn từ tháng 3 <đã đối chiếu>.';
const explainedFile = check(validUbnd.replace(/ {2}UB\.5: .*\n/, `${UB5}    giai_trinh: ${EXPLANATION}\n`), {
  file: 'submissions/2020-04/ubnd-quan.yaml',
});
const warnedFile = check(validUbnd.replace(/ {2}UB\.5: .*\n/, UB5), { file: 'ban-nhap/2020-04/ubnd-quan.yaml' });
const options: RenderOptions = {
  lang: 'vi',
  color: new Chalk({ level: 0 }),
  sources: new Map(),
  version: '0.0.0-test',
};
const render = (results: FileResult[], o: Partial<RenderOptions> = {}) => ({
  stylish: formatters.stylish(results, { ...options, ...o }),
  json: formatters.json(results, { ...options, ...o }),
  sarif: formatters.sarif(results, { ...options, ...o }),
  junit: formatters.junit(results, { ...options, ...o }),
  github: formatters.github(results, { ...options, ...o }),
});

describe('an explained warning in each format', () => {
  it('the sample has one explained warning and, in the other file, the same warning unexplained', () => {
    expect(explainedFile.diagnostics).toEqual([]);
    expect(explainedFile.explained).toHaveLength(1);
    expect(warnedFile.diagnostics.map((d) => d.code)).toEqual(['rule']);
  });

  it('stylish: shown calm as "đã giải trình: …" with the warning it answers, not as a warning; ✔ when nothing else', () => {
    const only = render([explainedFile]).stylish;
    expect(only).toContain(
      `  submissions/2020-04/ubnd-quan.yaml:18:76  đã giải trình: ${EXPLANATION}\n` +
        '    (cảnh báo: Số đơn đã giải quyết (40) lớn hơn số đơn khiếu nại, tố cáo tiếp nhận (31).)  [rule]\n',
    );
    expect(only).not.toMatch(/ {2}cảnh báo {2}/);
    expect(only).not.toContain('Cách sửa');
    expect(only.trimEnd().split('\n').at(-1)).toBe(
      '✔ 1 tệp đã kiểm tra: 1 hợp lệ, 0 có cảnh báo, 0 không hợp lệ (0 lỗi, 0 cảnh báo; 1 cảnh báo đã giải trình).',
    );
    const both = render([explainedFile, warnedFile]).stylish;
    expect(both).toContain('ban-nhap/2020-04/ubnd-quan.yaml:18:76  cảnh báo  Số đơn đã giải quyết (40)');
    expect(both).toMatch(/⚠ 2 tệp đã kiểm tra: 1 hợp lệ, 1 có cảnh báo, .*1 cảnh báo; 1 cảnh báo đã giải trình\)/);
    expect(render([explainedFile], { lang: 'en' }).stylish).toContain(`18:76  explained: ${EXPLANATION}`);
  });

  it('json: the warning kept under "explained" with the unit\'s words, counted apart in the summary', () => {
    const json = JSON.parse(render([explainedFile, warnedFile]).json) as {
      summary: { warnings: number; explained: number; withWarnings: number };
      files: { diagnostics: { code: string }[]; explained?: Record<string, unknown>[] }[];
    };
    expect(json.summary).toMatchObject({ warnings: 1, explained: 1, withWarnings: 1 });
    expect(json.files[0]!.diagnostics).toEqual([]);
    expect(json.files[0]!.explained).toEqual([
      expect.objectContaining({
        code: 'rule',
        severity: 'warning',
        line: 18,
        column: 76,
        path: ['tasks', 'UB.5', 'indicators', 'don_da_giai_quyet'],
        explanation: EXPLANATION,
        args: expect.objectContaining({ rule: 'don-da-giai-quyet' }),
      }),
    ]);
    expect(json.files[1]).not.toHaveProperty('explained');
  });

  it('sarif: a result with an accepted in-source suppression whose justification is the explanation, valid SARIF', () => {
    const sarif = JSON.parse(render([explainedFile, warnedFile]).sarif) as {
      runs: { results: { ruleId: string; level: string; suppressions?: unknown[] }[] }[];
    };
    const results = sarif.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level, r.suppressions])).toEqual([
      ['rule', 'warning', [{ kind: 'inSource', status: 'accepted', justification: EXPLANATION }]],
      ['rule', 'warning', undefined],
    ]);
    const Ajv04 = require('ajv-draft-04') as new (
      o: object,
    ) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
    const addFormats = require('ajv-formats') as (ajv: unknown) => void;
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(
        readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
      ) as object,
    );
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });

  it('junit: the case passes, with the explanation as a note', () => {
    const junit = render([explainedFile]).junit;
    expect(junit).toContain('failures="0"');
    expect(junit).not.toContain('<failure');
    expect(junit).toContain('đã giải trình: Gồm cả 9 đơn tồn từ tháng 3 &lt;đã đối chiếu&gt;.</system-out>');
  });

  it('github: no warning annotation for it; the log after the annotations shows it explained', () => {
    const github = render([explainedFile, warnedFile]).github;
    expect(github.match(/^::warning /gm)).toHaveLength(1);
    expect(github).toContain('file=ban-nhap/2020-04/ubnd-quan.yaml');
    expect(github).toContain(`đã giải trình: ${EXPLANATION}`);
  });
});
