/*
 * The corpus of bad inputs (test/fixtures/bad-input): each file holds one thing an official's file
 * can hold that used to be lost, misread or crash a run, and gets its own finding at its place —
 * through the full check (fast path first), which the differential test also compares with the
 * exact path. Files that must stay valid are listed with no finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/core/plan.js';
import { loadRegistry } from '../../src/core/units.js';
import { MAX_NESTING } from '../../src/core/yaml-depth.js';
import { diagnosticMessage } from '../../src/i18n/diagnostic-messages.js';
import { check, codes, plan, root } from './helpers.js';

const dir = join(root, 'test', 'fixtures', 'bad-input');

const expected: Record<string, string[]> = {
  // A quoted value or a flow collection with a comment glued to it is invalid YAML (nothing dropped silently).
  'ngoac-kep-dinh-ghi-chu.yaml': ['yaml-syntax@8:25'],
  'ngoac-vuong-dinh-ghi-chu.yaml': ['yaml-syntax@12:60'],
  // An all-blank block text whose blank lines are indented further than the comment after it.
  'khoi-chu-trong-roi-ghi-chu.yaml': ['yaml-syntax@16:7'],
  // A free text cut by " #": an error at the #; after a number or a status a comment stays allowed.
  'tom-tat-bi-cat.yaml': ['text-cut-by-comment@13:32'],
  'ho-ten-bi-cat.yaml': ['text-cut-by-comment@6:23'],
  'ghi-chu-sau-so-duoc-phep.yaml': [],
  // Optional fields left empty are as good as absent (and the published schema agrees: schema-agreement.test.ts).
  'muc-tuy-chon-de-trong.yaml': [],
  'khong-co-nhiem-vu.yaml': ['tasks-empty@6:1'],
  'so-qua-10-ty.yaml': ['number-too-large@9:36'],
  // Nesting beyond MAX_NESTING, by brackets, braces, dashes or indentation: a finding, not a crash.
  'long-ngoac-vuong.yaml': ['too-deep@20:114'],
  'long-ngoac-nhon.yaml': ['too-deep@20:408'],
  'long-gach-dau-dong.yaml': ['too-deep@21:3'],
  'long-thut-le.yaml': ['too-deep@120:101'],
  // Characters no report can hold, written as such or as an escape.
  'ky-tu-khong-phai-ky-tu.yaml': ['char-not-allowed@13:14'],
  'ky-tu-dieu-khien-thoat.yaml': ['char-not-allowed@13:14'],
  // Each mistake in its own words.
  'mot-byte-nul.yaml': ['nul-byte@4:10'],
  'xuong-dong-cr.yaml': ['cr-line-ends@1:1'],
  // One line of an LF file ended by a CR alone (pasted): named at the CR, the rest read as the editor shows it.
  'xuong-dong-cr-le.yaml': ['lone-cr@4:22'],
  // A U+2028 pasted from Word in place of a line end: named where it is, the rest read as the official meant it.
  'xuong-dong-an-u2028.yaml': ['line-separator@13:68'],
  // A U+2029 inside a quoted text, which YAML keeps as part of it: a warning, and the file still counts.
  'xuong-dong-an-trong-ngoac-kep.yaml': ['line-separator-in-text@13:56'],
  'the-str-truoc-so.yaml': ['number-tagged-as-text@9:42'],
  'ngay-30-thang-2.yaml': ['date-not-in-calendar@4:12'],
  'ngay-thang-13.yaml': ['date-not-in-calendar@4:12'],
};

const checkFile = (name: string) => check(readFileSync(join(dir, name)), { withRegistry: false });

describe('the corpus of bad inputs', () => {
  it('lists every file of the folder', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, findings) => {
    const result = checkFile(name);
    expect(codes(result)).toEqual(findings);
    expect(result.valid).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
  });

  it('says what a cut text loses and how to keep it', () => {
    const [d] = checkFile('tom-tat-bi-cat.yaml').diagnostics;
    expect(d!.args).toMatchObject({ kept: 'Ban hành Kế hoạch', lost: '12 về tuyên truyền' });
    expect(diagnosticMessage(d!, 'vi')).toContain('"#12 về tuyên truyền"');
  });

  it('leaves a note set apart after a text alone, as the init template writes them; a # glued to a word or after one space cuts', () => {
    const base = readFileSync(join(dir, 'ho-ten-bi-cat.yaml'), 'utf8');
    const withName = (name: string) =>
      codes(check(base.replace('name: Trần Văn Hùng #trưởng ban', `name: ${name}`), { withRegistry: false }));
    expect(withName('Trần Văn Hùng       # họ và tên')).toEqual([]);
    expect(withName('Trần Văn Hùng  #')).toEqual([]);
    expect(withName('Trần Văn Hùng  #2')).toEqual(['text-cut-by-comment@6:24']);
    expect(withName('Trần Văn Hùng # họ và tên')).toEqual(['text-cut-by-comment@6:23']);
  });

  it('names the day count of the month for a day that does not exist', () => {
    expect(diagnosticMessage(checkFile('ngay-30-thang-2.yaml').diagnostics[0]!, 'vi')).toContain(
      'tháng này có 29 ngày',
    );
  });

  it('still calls a file saved as UTF-16 without a byte order mark UTF-16, not a stray NUL', () => {
    const utf16 = Buffer.from('plan: 394-KH/BDVQU\nunit: ubnd-quan\n', 'utf16le');
    expect(codes(check(utf16))).toEqual(['utf16@1:1']);
  });
});

describe('setup files nested too deep', () => {
  const deep = `units:\n  - id: a\n    name: ${'['.repeat(5000)}\n    kind: x\n`;
  it('a unit list gets a finding, not a crash', () => {
    const loaded = loadRegistry(deep, 'units.yaml', plan());
    expect(loaded.registry).toBeUndefined();
    expect(loaded.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual([`too-deep@3:${MAX_NESTING + 8}`]);
  });
  it('a plan gets a finding, not a crash', () => {
    const loaded = loadPlan(`groups: ${'{a: '.repeat(5000)}`, 'plan.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['too-deep']);
  });
});
