/*
 * Mending reads a file again after each syntax mistake it puts right, up to fifty times. A file with
 * thousands of mistakes at once (a stray bracket or an unclosed quote on every line) is reported as
 * it was read instead: reading it fifty times, each time with thousands of errors, once took minutes
 * for a file under the size limit. Measured without a clock: the parser's errors, counted over every
 * reading of the file, and the regular-expression searches made.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { check, codes, countingWork, validUbnd } from './helpers.js';

const require = createRequire(import.meta.url);
type Parse = (source: string, options?: object) => Document;
const yaml = require('yaml') as { parseDocument: Parse };
const parseDocument = yaml.parseDocument;
afterEach(() => {
  yaml.parseDocument = parseDocument;
});

/** The findings on the file, and how many errors the parser reported over all its readings of it. */
function errorsRead(text: string): { found: string[]; readings: number; errors: number } {
  let readings = 0;
  let errors = 0;
  yaml.parseDocument = (source, options) => {
    const doc = parseDocument(source, options);
    readings++;
    errors += doc.errors.length;
    return doc;
  };
  const found = codes(check(text));
  yaml.parseDocument = parseDocument;
  return { found, readings, errors };
}

describe('a file with thousands of syntax mistakes is read a bounded number of times', () => {
  const cases: [string, string, string][] = [
    ['a stray bracket on every line', ']\n', 'yaml-syntax@'],
    ['an unclosed quote on every line of a list', '  - "Báo cáo số\n', 'yaml-syntax@'],
  ];
  for (const [name, line, code] of cases) {
    it(`${name}: every line reported, the errors read about once each`, () => {
      const lines = 4000;
      const text = `${validUbnd}difficulties:\n${line.repeat(lines)}`;
      const { found, errors } = errorsRead(text);
      expect(found.filter((f) => f.startsWith(code)).length).toBeGreaterThanOrEqual(lines);
      expect(errors).toBeLessThan(lines * 2);
    });
  }

  it('a file with a few mistakes is still mended one mistake at a time, each read again', () => {
    const text = validUbnd
      .replace('    status: thuong-xuyen', '    status thuong-xuyen')
      .replace('    status: dang-thuc-hien', '    status:\u00a0dang-thuc-hien')
      .replace('    summary: Tiếp tục cung cấp', '    summary: Kết quả: tiếp tục cung cấp');
    const { found, readings } = errorsRead(text);
    expect(found).toEqual(['yaml-syntax@8:11', 'yaml-syntax@11:12', 'yaml-syntax@13:21']);
    expect(readings).toBeGreaterThanOrEqual(4);
  });

  it('a line of thousands of stray quotes is read once for all its errors: 8 times the quotes, at most 12 times the work', () => {
    const work = (quotes: number) => {
      const { result, searched } = countingWork(() =>
        codes(check(`${validUbnd}difficulties: ${'"'.repeat(quotes)}\n`)),
      );
      expect(result).toEqual(['yaml-syntax@20:17']);
      return searched;
    };
    const small = work(12_000);
    const large = work(96_000);
    expect(small).toBeGreaterThan(12_000);
    expect(large / small).toBeLessThan(12);
  });
});
