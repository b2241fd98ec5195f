/*
 * What the fast path must leave to the exact path, so that its protections (alias bombs, duplicate
 * keys, tabs, encodings) never weaken: each case is a valid file with one unusual thing added. The
 * fast path gives up (undefined); the full check then gives the exact path's answer. And what it
 * checks with positions instead: the same findings, at the same places.
 */
import { describe, expect, it } from 'vitest';
import { checkSubmissionFast } from '../../src/core/validate/fast-path.js';
import { readFast } from '../../src/core/validate/fast-reader.js';
import { checkSubmissionExact, checkSubmissionFile } from '../../src/core/validate/validate-file.js';
import { plan, registry, validUbnd } from './helpers.js';

const FILE = 'submissions/2020-04/ubnd-quan.yaml';
const input = (text: string | Uint8Array) => ({
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
  file: FILE,
  plan: plan(),
  registry: registry(),
  today: '2020-06-01',
});
const fast = (text: string | Uint8Array) => checkSubmissionFast(input(text));
const codes = (text: string | Uint8Array) =>
  checkSubmissionFile(input(text)).result.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
const replace = (from: string, to: string) => {
  if (!validUbnd.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return validUbnd.replace(from, to);
};

describe('the fast path', () => {
  it('settles the ordinary valid file, with the same result as the exact path', () => {
    const settled = fast(validUbnd);
    expect(settled?.unitAtPending).toBe(true);
    const exact = checkSubmissionExact(input(validUbnd));
    expect(settled!.result).toStrictEqual(exact.result);
    expect(exact.unitAt).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 16 });
  });

  // Each of these is still a valid submission: only the exact path may say so.
  const stillValid: [string, string][] = [
    [
      'an anchor and an alias',
      replace('status: dang-thuc-hien', 'status: &s dang-thuc-hien').replace(
        'UB.3: { status: thuong-xuyen',
        'UB.3: { status: *s',
      ),
    ],
    ['a tag', replace('status: dang-thuc-hien', 'status: !!str dang-thuc-hien')],
    ['a directive and a document start', `%YAML 1.2\n---\n${validUbnd}`],
    ['a document start', `---\n${validUbnd}`],
    ['a document end', `${validUbnd}...\n`],
    ['a tab inside a quoted value', replace('summary: Tiếp tục', 'summary: "Tiếp\ttục"').replace('4.\n', '4."\n')],
    ['a byte order mark', `\uFEFF${validUbnd}`],
    ['an explicit key', replace('period: 2020-04', '? period\n: 2020-04')],
    [
      'an escape in a double-quoted value',
      replace('summary: Tiếp tục', 'summary: "Ti\\u1EBFp tục').replace('4.\n', '4."\n'),
    ],
    [
      'a quoted value over two lines',
      replace('summary: Tiếp tục', 'summary: "Tiếp\n      tục').replace('4.\n', '4."\n'),
    ],
    [
      'a flow mapping over two lines',
      replace(
        'indicators: { dvc_muc_3_4: 143, ho_so_truc_tuyen: 402 }',
        'indicators: { dvc_muc_3_4: 143,\n      ho_so_truc_tuyen: 402 }',
      ),
    ],
    ['a block text with an indentation indicator', replace('summary: Tiếp tục', 'summary: |2\n      Tiếp tục')],
    ['a block text with keep chomping', replace('summary: Tiếp tục', 'summary: |+\n      Tiếp tục')],
    ['CR line ends', validUbnd.replace(/\n/g, '\r')],
    ['a line separator inside a text', replace('summary: Tiếp tục', 'summary: Tiếp\u2028tục')],
  ];
  it.each(stillValid)('leaves %s to the exact path', (_, text) => {
    expect(fast(text)).toBeUndefined();
    const exact = checkSubmissionFile(input(text));
    expect(exact.unitAtPending).toBeUndefined();
  });

  const refused: [string, string | Uint8Array, string[]][] = [
    ['several documents', `${validUbnd}---\n${validUbnd}`, ['multiple-documents@20:1']],
    ['a key written twice', replace('period: 2020-04', 'period: 2020-04\nperiod: 2020-04'), ['duplicate-key@4:1']],
    ['a tab as indentation', replace('    status: dang-thuc-hien', '\tstatus: dang-thuc-hien'), ['tab-indent@11:1']],
    [
      'invalid UTF-8',
      Uint8Array.from([
        ...new TextEncoder().encode(validUbnd.slice(0, 40)),
        0xc3,
        0x28,
        ...new TextEncoder().encode(validUbnd.slice(40)),
      ]),
      ['not-utf8@3:6'],
    ],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, ...new TextEncoder().encode('plan: x\n')]), ['utf16@1:1']],
    [
      'a forbidden key',
      replace('period: 2020-04', 'period: 2020-04\n__proto__: { polluted: 1 }'),
      ['forbidden-key@4:1'],
    ],
    [
      'a key in NFD equal to another once normalised',
      replace(
        '  UB.1:',
        '  UB.1:\n    ghi_chú: x\n    ghi_chú: y'.normalize('NFC').replace(/ghi_chú: y/, 'ghi_chú: y'.normalize('NFD')),
      ),
      ['unknown-key@8:5', 'duplicate-key@9:5'],
    ],
  ];
  it.each(refused)('leaves %s to the exact path, which reports it', (_, text, expected) => {
    expect(fast(text)).toBeUndefined();
    expect(codes(text)).toEqual(expect.arrayContaining(expected));
  });

  it('leaves an alias bomb to the exact path, which refuses to expand it', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (const l of 'bcdefghi')
      levels.push(
        `${l}: &${l} [${Array(9)
          .fill(`*${String.fromCharCode(l.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    const text = `${validUbnd}${levels.join('\n')}\n`;
    expect(fast(text)).toBeUndefined();
    expect(codes(text).map((c) => c.split('@')[0])).toContain('alias-bomb');
  });

  const positioned: [string, string, string[]][] = [
    [
      'a warning',
      replace('  UB.8: { status: thuong-xuyen, indicators: { du_thao_lay_y_kien: 3 } }\n', ''),
      ['task-missing@6:1'],
    ],
    ['a broken plan rule', replace('ho_so_dung_han: 1187', 'ho_so_dung_han: 1287'), ['rule@9:85']],
    ['an unknown key', replace('period: 2020-04', 'period: 2020-04\nghi_chu: x'), ['unknown-key@4:1']],
  ];
  // An indicator value the number layer reports needs how it was written (quotes, notation): the exact path's.
  const numberForms: [string, string, string[]][] = [
    [
      'a count past ten billion',
      replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: 10000000001'),
      ['number-too-large@9:36'],
    ],
    ['a thousands separator', replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: 1.250'), ['thousands-separator@9:36']],
    [
      'a number YAML reads in hexadecimal',
      replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: 0x10'),
      ['number-format@9:36'],
    ],
    [
      'digits past 2^53',
      replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: 9007199254740993'),
      ['number-too-large@9:36'],
    ],
    ['a number in quotes', replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: "1250"'), ['number-as-string@9:36']],
    [
      'a number made text by a tag',
      replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: !!str 1250'),
      ['number-tagged-as-text@9:42'],
    ],
  ];
  it.each(numberForms)('leaves a file with %s to the exact path, which reports it', (_, text, expected) => {
    expect(fast(text)).toBeUndefined();
    expect(codes(text)).toEqual(expect.arrayContaining(expected));
  });

  it('reads a merge key as YAML 1.2 does, an ordinary key the schema does not know', () => {
    const text = replace(
      'UB.3: { status: thuong-xuyen, indicators: { vu_viec_phat_hien: 0 } }',
      'UB.3:\n    <<: { status: thuong-xuyen }\n    indicators: { vu_viec_phat_hien: 0 }',
    );
    expect(fast(text)).toStrictEqual(checkSubmissionExact(input(text)));
    expect(codes(text)).toEqual(expect.arrayContaining(['schema-required@14:3', 'unknown-key@15:5']));
  });

  it.each(positioned)(
    "checks a file with %s once, placing its findings: the exact path's findings, places and data",
    (_, text, expected) => {
      const viaFast = fast(text);
      expect(viaFast).toBeDefined();
      expect(viaFast!.result.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(
        expect.arrayContaining(expected),
      );
      const exact = checkSubmissionExact(input(text));
      expect(viaFast).toStrictEqual(exact);
    },
  );

  it('places a finding on a block text or a list as the exact path does', () => {
    // summary-empty points at the status; a wrong kind of value points at the value itself.
    const block = replace('status: dang-thuc-hien', 'status: |\n      dang-thuc-hien');
    expect(fast(block)).toStrictEqual(checkSubmissionExact(input(block)));
    expect(codes(block)).toEqual(['schema-enum@11:13']);
    const listed = replace('summary: Tiếp tục', 'summary:\n      - Tiếp tục');
    expect(fast(listed)).toStrictEqual(checkSubmissionExact(input(listed)));
    expect(codes(listed).map((c) => c.split('@')[0])).toEqual(['schema-type']);
  });
});

describe('the fast reader', () => {
  const ok = (text: string) => readFast(text) !== undefined;
  it('takes what Vietnamese texts hold: quotes, dashes, question marks, percent signs, ampersands in the middle of a text', () => {
    expect(ok('summary: Phong trào "Dân vận khéo", "Tổ tự quản" - đạt 95% & hơn? Có!\n')).toBe(true);
    expect(ok('summary: >-\n  Mô hình "Dân vận\n  khéo" được nhân rộng\nx: 1\n')).toBe(true);
    expect(ok('name: \'Nguyễn Văn A\'\nphone: "0243 6271 880"\n# ghi chú: * & ! "mở\nx: 1\n')).toBe(true);
    expect(ok('indicators: { a: 1, b: 2 }\nevidence: [Số 1, Số 2]\nmodels: []\n')).toBe(true);
    expect(ok('a: 1\r\nb: 2\r\n')).toBe(true);
  });
  it.each([
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: *x\n'],
    ['a tag', 'a: !t 1\n'],
    ['an alias in a flow', 'a: [1, *x]\n'],
    ['a reserved @', 'a: @x\n'],
    ['a reserved backquote', 'a: `x`\n'],
    ['a directive', '%TAG ! x\n'],
    ['an explicit key', '? a\n'],
    ['a sequence entry alias', '- *x\n'],
    ['a flow sequence as a key', '[a]: 1\n'],
    ['a flow mapping as a key', '{a: 1} : 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a NUL', 'a: \u0000\n'],
    ['a NUL in a comment', 'a: 1 # x\u0000\n'],
    ['a line separator in a comment', '# x\u2028\na: 1\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['NEL', 'a: x\u0085y\n'],
    ['a BOM inside', 'a: x\uFEFFy\n'],
    ['a backslash', 'a: "x\\ty"\n'],
    ['an unclosed quote', 'a: "x\n  y"\n'],
    ['an unclosed single quote', "a: 'x\n"],
    ['an unclosed bracket', 'a: [1,\n  2]\n'],
    ['a stray bracket', 'a: ]\n'],
    ['a document start', '---\na: 1\n'],
    ['a document end', 'a: 1\n...\n'],
    ['keep chomping', 'a: |+\n  x\n'],
    ['an indentation indicator', 'a: >2\n  x\n'],
    ['an indentation indicator after strip', 'a: |-1\n  x\n'],
    ['an empty file', ''],
  ])('refuses %s', (_, text) => {
    expect(ok(text)).toBe(false);
  });
});
