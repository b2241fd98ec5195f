import { describe, expect, it } from 'vitest';
import { check, codes, validUbnd } from './helpers.js';

const reasons = (text: string) =>
  check(text).diagnostics.map(
    (d) => `${d.code}${d.code === 'yaml-syntax' ? `:${d.args.reason}` : ''}@${d.line}:${d.column}`,
  );

/** The valid UBND file in block form, so each line can be broken on its own. */
const block = [
  'plan: 394-KH/BDVQU',
  'unit: ubnd-quan',
  'period: 2020-04',
  'submitted: 2020-04-17',
  'reporter:',
  '  name: Trần Văn Hùng',
  '  position: Chánh Văn phòng',
  'tasks:',
  '  UB.1:',
  '    status: thuong-xuyen',
  '    indicators:',
  '      ho_so_tiep_nhan: 1250',
  '      ho_so_da_giai_quyet: 1201',
  '      ho_so_dung_han: 1187',
  '  UB.2:',
  '    status: dang-thuc-hien',
  '    indicators: { dvc_muc_3_4: 143, ho_so_truc_tuyen: 402 }',
  '    summary: Tiếp tục cung cấp dịch vụ công trực tuyến.',
  ...validUbnd.split('\n').slice(13),
];
const withLines = (changes: Record<number, string>) => block.map((l, i) => changes[i + 1] ?? l).join('\n');

describe('one run shows every mistake it can', () => {
  it('the block form of the valid file is valid (the tests below break one line each)', () => {
    expect(codes(check(block.join('\n')))).toEqual([]);
  });

  it('a tab, an unquoted ": ", a status with diacritics and a number with its unit and a thousands dot: all in one run, in line order', () => {
    const text = withLines({
      10: '    status: thường xuyên',
      12: '      ho_so_tiep_nhan: 1.250 hồ sơ',
      14: '\t  ho_so_dung_han: 1187',
      18: '    summary: Kết quả: tốt',
    });
    expect(reasons(text)).toEqual([
      'schema-enum@10:13',
      'schema-type@12:24',
      'tab-indent@14:1',
      'yaml-syntax:colon-in-text@18:21',
    ]);
  });

  it('reads on after a syntax mistake, so schema and plan-rule findings further down are reported with it', () => {
    const text = withLines({ 10: '    status thuong-xuyen', 14: '      ho_so_dung_han: 2000' });
    const found = reasons(text);
    expect(found[0]).toBe('yaml-syntax:missing-colon@10:11');
    expect(found.some((f) => f.startsWith('rule@14:'))).toBe(true);
  });

  it('reports every syntax mistake, not only the first', () => {
    const text = withLines({
      10: '    status thuong-xuyen',
      16: '    status dang-thuc-hien',
      18: '    summary: Kết quả: tốt',
    });
    expect(reasons(text)).toEqual([
      'yaml-syntax:missing-colon@10:11',
      'yaml-syntax:missing-colon@16:11',
      'yaml-syntax:colon-in-text@18:21',
    ]);
  });

  it('a file whose syntax was mended is never a usable submission', () => {
    const r = check(withLines({ 18: '    summary: Kết quả: tốt' }));
    expect(r.valid).toBe(false);
    expect(r.submission).toBeUndefined();
  });
});

describe('syntax mistakes named as the official made them', () => {
  it('a missing colon is reported on its own line, not as an indentation problem on the next', () => {
    expect(reasons(withLines({ 13: '      ho_so_da_giai_quyet 1201' }))).toEqual(['yaml-syntax:missing-colon@13:26']);
  });

  it('curly quotes from a word processor', () => {
    expect(reasons(withLines({ 18: '    summary: “Kết quả: tốt”' }))).toEqual(['yaml-syntax:curly-quote@18:14']);
  });

  it('a non-breaking space where a space should be, named with its code', () => {
    const r = check(withLines({ 10: '    status:\u00a0thuong-xuyen' }));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.args])).toEqual([
      ['yaml-syntax', 10, 12, { reason: 'odd-character', char: 'U+00A0', detail: expect.any(String) }],
    ]);
  });

  it('a line break pasted into a plain text', () => {
    expect(
      reasons(withLines({ 18: '    summary: Tiếp tục cung cấp dịch vụ công\ntrực tuyến cho người dân.' })),
    ).toEqual(['yaml-syntax:line-break-in-text@19:1']);
  });

  it('a text that starts with a quote and goes on after it', () => {
    expect(reasons(withLines({ 18: '    summary: "Kế hoạch" số 12 đã ban hành' }))).toEqual([
      'yaml-syntax:text-after-quote@18:24',
    ]);
  });

  it('a key written twice names both lines', () => {
    const r = check(withLines({ 11: '    status: hoan-thanh\n    indicators:' }));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.args])).toEqual([
      ['duplicate-key', 11, { key: 'status', firstLine: 10 }],
    ]);
  });
});
