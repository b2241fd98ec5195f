import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/file-result.js';
import { summarizeValidation, validationExitCode } from '../../src/core/validate/summary.js';
import { check, codes, validUbnd } from './helpers.js';

/** UB.5 with more letters settled than received: the plan's rule `don-da-giai-quyet` warns. */
const UB5 = / {2}UB\.5: .*\n/;
const ub5With = (...lines: string[]) =>
  validUbnd.replace(
    UB5,
    [
      '  UB.5:',
      '    status: thuong-xuyen',
      '    indicators: { cuoc_doi_thoai: 1, don_tiep_nhan: 31, don_da_giai_quyet: 40, vu_viec_phuc_tap: 3 }',
      ...lines.map((l) => `    ${l}`),
      '',
    ].join('\n'),
  );
const explainedOf = (r: FileResult) =>
  (r.explained ?? []).map((d) => `${d.code}@${d.line}:${d.column} ${d.explanation}`);

describe('a unit explains a warning with giai_trinh under the task', () => {
  it('the warning is explained: kept apart with the text, not a warning, the file fully valid', () => {
    expect(codes(check(ub5With()))).toEqual(['rule@18:76']);
    const r = check(ub5With('giai_trinh: Gồm cả 9 đơn tồn từ tháng 3.'));
    expect(codes(r)).toEqual([]);
    expect(explainedOf(r)).toEqual(['rule@18:76 Gồm cả 9 đơn tồn từ tháng 3.']);
    expect(r.explained![0]).toMatchObject({ severity: 'warning', args: { rule: 'don-da-giai-quyet' } });
    expect(r.valid).toBe(true);
    expect(r.submission?.tasks['UB.5']?.giai_trinh).toBe('Gồm cả 9 đơn tồn từ tháng 3.');
  });

  it('a block text explains as a plain one does, its lines kept', () => {
    const r = check(ub5With('giai_trinh: |', '  Gồm cả 9 đơn tồn.', '  Đã đối chiếu sổ.'));
    expect(codes(r)).toEqual([]);
    expect(r.explained?.map((d) => d.explanation)).toEqual(['Gồm cả 9 đơn tồn.\nĐã đối chiếu sổ.']);
  });

  it('explains every warning of its task, the missing summary too', () => {
    const done = ub5With('giai_trinh: Đã đối chiếu.').replace(
      '  UB.5:\n    status: thuong-xuyen',
      '  UB.5:\n    status: hoan-thanh',
    );
    const r = check(done);
    expect(codes(r)).toEqual([]);
    expect(r.explained?.map((d) => d.code)).toEqual(['summary-empty', 'rule']);
  });

  it("does not explain another task's warning; an explanation with nothing to explain is a warning at its text", () => {
    const r = check(
      ub5With().replace(
        '    summary: Tiếp tục cung cấp dịch vụ công trực tuyến mức độ 3, 4.\n',
        '    summary: Tiếp tục cung cấp dịch vụ công trực tuyến mức độ 3, 4.\n    giai_trinh: Số liệu đúng.\n',
      ),
    );
    expect(codes(r)).toEqual(['explanation-unused@14:17', 'rule@19:76']);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', args: { task: 'UB.2' } });
    expect(r.explained).toBeUndefined();
  });

  it('never explains an error: the error stays and the explanation is said to be unused', () => {
    const r = check(
      validUbnd.replace(
        '    indicators: { ho_so_tiep_nhan: 1250, ho_so_da_giai_quyet: 1201, ho_so_dung_han: 1187 }\n',
        '    indicators: { ho_so_tiep_nhan: 1250, ho_so_da_giai_quyet: 1201, ho_so_dung_han: 1202 }\n    giai_trinh: Đúng.\n',
      ),
    );
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['rule', 'error'],
      ['explanation-unused', 'warning'],
    ]);
    expect(r.valid).toBe(false);
  });

  it('a broken line that may hold the warning is left out of the reading: the explanation is not called unused', () => {
    const broken = validUbnd.replace(
      UB5,
      '  UB.5:\n    status: thuong-xuyen\n    indicators:\n      don_tiep_nhan: 31\n      don_da_giai_quyet: "40\n    giai_trinh: Gồm cả đơn tồn.\n',
    );
    expect(check(broken).diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
  });

  it('an empty giai_trinh means nothing: no explanation, no finding', () => {
    expect(codes(check(ub5With('giai_trinh:')))).toEqual(['rule@18:76']);
    expect(codes(check(ub5With('giai_trinh: "  "')))).toEqual(['rule@18:76']);
    expect(
      codes(
        check(validUbnd.replace('  UB.3: { status: thuong-xuyen,', '  UB.3: { giai_trinh: , status: thuong-xuyen,')),
      ),
    ).toEqual([]);
  });

  it('a text YAML would cut at " #" is reported, as in every free text', () => {
    expect(codes(check(ub5With('giai_trinh: Theo Báo cáo #12 của quận')))).toContain('text-cut-by-comment@19:30');
  });

  it('the summary counts it apart, and it fails no run, not even with --fail-on warning', () => {
    const results = [check(ub5With('giai_trinh: Gồm cả đơn tồn.')), check(validUbnd)];
    const s = summarizeValidation(results);
    expect(s).toMatchObject({ files: 2, valid: 2, withWarnings: 0, warnings: 0, explained: 1 });
    expect(validationExitCode(s, 'warning')).toBe(0);
    expect(validationExitCode(summarizeValidation([check(ub5With())]), 'warning')).toBe(1);
  });
});
