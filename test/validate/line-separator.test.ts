/*
 * U+2028 and U+2029, the line breaks that come with text copied from Word or a web page, are named
 * where they are (at their line and column as every finding counts them: by line feeds). Outside a
 * text in quotes or a block text each is the error `line-separator`, and the file is read on as the
 * official meant it, so the rest is checked at its lines; inside one, where YAML keeps it as part of
 * the text, the warning `line-separator-in-text`, and the file still counts.
 */
import { describe, expect, it } from 'vitest';
import { checkSubmissionExact } from '../../src/core/validate/validate-file.js';
import { diagnosticHint, diagnosticMessage } from '../../src/i18n/diagnostic-messages.js';
import { check, codes, countingWork, submissionInput, validUbnd } from './helpers.js';

const findings = (text: string) => codes(check(text));
const exact = (text: string) => codes(checkSubmissionExact(submissionInput(text)).result);
const SUMMARY = 'summary: Tiếp tục cung cấp dịch vụ công trực tuyến mức độ 3, 4.';

describe('a line separator outside a text in quotes or a block text', () => {
  it('in place of a line end: one finding, at the character, and nothing else', () => {
    const text = validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2028');
    expect(findings(text)).toEqual(['line-separator@4:22']);
    expect(check(text).valid).toBe(false);
    expect(check(text).diagnostics[0]!.args).toEqual({ char: 'U+2028' });
  });

  it('a paragraph separator likewise, named as such', () => {
    const text = validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2029');
    expect(findings(text)).toEqual(['line-separator@4:22']);
    expect(check(text).diagnostics[0]!.args).toEqual({ char: 'U+2029' });
  });

  it('at the end of a line, before its line feed: one finding, and the date before it is read as it shows', () => {
    expect(findings(validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2028\n'))).toEqual([
      'line-separator@4:22',
    ]);
  });

  it('in a text written without quotes: at the character, and the text read on as one line', () => {
    expect(findings(validUbnd.replace('Trần Văn Hùng', 'Trần Văn\u2028Hùng'))).toEqual(['line-separator@5:27']);
    expect(findings(validUbnd.replace('summary: Tiếp tục', 'summary: Tiếp\u2028tục'))).toEqual([
      'line-separator@13:18',
    ]);
  });

  it('at the start of a line: the indent the editor shows is kept', () => {
    expect(findings(validUbnd.replace('\n  UB.3:', '\n  \u2028UB.3:'))).toEqual(['line-separator@14:3']);
  });

  it('each at its own place, and a later mistake still reported at its line', () => {
    const text = validUbnd
      .replace('period: 2020-04\n', 'period: 2020-04\u2029')
      .replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2028')
      .replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: -1250');
    expect(findings(text)).toEqual(['line-separator@3:16', 'line-separator@3:38', 'negative-number@7:36']);
  });

  it('with a lone CR in the same file: both named, the rest read on', () => {
    const text = validUbnd
      .replace('period: 2020-04\n', 'period: 2020-04\r')
      .replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2028');
    expect(findings(text)).toEqual(['lone-cr@3:16', 'line-separator@3:38']);
  });

  it('the fast path leaves such a file to the exact path, which gives the same', () => {
    const text = validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2028');
    expect(exact(text)).toEqual(findings(text));
  });

  it('says it is a hidden line break pasted in, and how to fix it, in Vietnamese and English', () => {
    const [d] = check(validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2028')).diagnostics;
    expect(diagnosticMessage(d!, 'vi')).toContain('ký tự xuống dòng ẩn U+2028');
    expect(diagnosticMessage(d!, 'vi')).toContain('Word hay trang web');
    expect(diagnosticHint(d!, 'vi')).toContain('nhấn Delete, rồi nhấn Enter nếu cần xuống dòng');
    expect(diagnosticMessage(d!, 'en')).toContain('hidden line break U+2028');
    expect(diagnosticHint(d!, 'en')).toContain('press Delete, then Enter if a line break is wanted');
  });
});

describe('a line separator inside a text in quotes or a block text', () => {
  it('double quotes: a warning at the character, and the file still counts with the text as written', () => {
    const text = validUbnd.replace(SUMMARY, 'summary: "Tiếp tục\u2028cung cấp"');
    const result = check(text);
    expect(codes(result)).toEqual(['line-separator-in-text@13:23']);
    expect(result.diagnostics[0]!.severity).toBe('warning');
    expect(result.valid).toBe(true);
    expect(result.submission?.tasks['UB.2']?.summary).toBe('Tiếp tục\u2028cung cấp');
  });

  it('single quotes, across lines: a warning', () => {
    const text = validUbnd.replace(SUMMARY, "summary: 'Tiếp tục\u2029\n      cung cấp'");
    expect(findings(text)).toEqual(['line-separator-in-text@13:23']);
    expect(check(text).valid).toBe(true);
  });

  it('a block text (| or >), at the end of one of its lines too: a warning', () => {
    expect(findings(validUbnd.replace(SUMMARY, 'summary: |\n      Tiếp tục\u2028\n      cung cấp'))).toEqual([
      'line-separator-in-text@14:15',
    ]);
    expect(findings(validUbnd.replace(SUMMARY, 'summary: >-\n      Tiếp\u2028tục'))).toEqual([
      'line-separator-in-text@14:11',
    ]);
  });

  it('a block text ends where its lines end: a separator on the line after it is an error again', () => {
    const text = validUbnd
      .replace(SUMMARY, 'summary: |\n      Tiếp tục')
      .replace('vu_viec_phat_hien: 0 } }\n', 'vu_viec_phat_hien: 0 } }\u2028\n');
    expect(findings(text)).toEqual(['line-separator@15:71']);
  });

  it('beside an error elsewhere: both, each at its place', () => {
    const text = validUbnd
      .replace(SUMMARY, 'summary: "Tiếp tục\u2028cung cấp"')
      .replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\u2028');
    // Lines are counted by line feeds, as in every finding: the summary is on line 12 now.
    expect(findings(text)).toEqual(['line-separator@4:22', 'line-separator-in-text@12:23']);
  });

  it('the fast path leaves such a file to the exact path, which gives the same', () => {
    const text = validUbnd.replace(SUMMARY, 'summary: "Tiếp tục\u2028cung cấp"');
    expect(exact(text)).toEqual(findings(text));
  });

  it('says the text has a hidden line break and how to fix it, in Vietnamese and English', () => {
    const [d] = check(validUbnd.replace(SUMMARY, 'summary: "Tiếp tục\u2028cung cấp"')).diagnostics;
    expect(diagnosticMessage(d!, 'vi')).toContain('Câu chữ ở đây có ký tự xuống dòng ẩn U+2028');
    expect(diagnosticHint(d!, 'vi')).toContain('gõ dấu cách nếu hai chữ bị dính');
    expect(diagnosticMessage(d!, 'en')).toContain('The text here holds a hidden line break U+2028');
    expect(diagnosticHint(d!, 'en')).toContain('type a space if two words now run together');
  });
});

describe('finding line separators takes work in proportion to the file', () => {
  /** Characters copied out of strings and handed to regular expressions while the file with `n` separators is checked. */
  function work(n: number, lines: (n: number) => string): number {
    const text = `${validUbnd}${lines(n)}\n`;
    const { result, copied, searched } = countingWork(() => checkSubmissionExact(submissionInput(text)));
    expect(result.result.diagnostics.filter((d) => d.code.startsWith('line-separator'))).toHaveLength(n);
    return copied + searched;
  }
  const cases: [string, (n: number) => string][] = [
    // Looking back to the line's start, or on to its end, from each would take the square of the line.
    ['all on one line, in a text without quotes', (n) => `difficulties: ${'chữ\u2028'.repeat(n)}`],
    ['all in one quoted text', (n) => `difficulties: "${'chữ\u2028'.repeat(n)}"`],
    [
      'each in place of a line end',
      (n) => Array.from({ length: n }, (_, i) => `  XX.${i}: { status: thuong-xuyen }\u2028`).join(''),
    ],
  ];
  for (const [name, lines] of cases) {
    it(`${name}: 8 times the characters, at most 12 times the work`, () => {
      const small = work(1000, lines);
      const large = work(8000, lines);
      expect(large / small).toBeLessThan(12);
    });
  }
});
