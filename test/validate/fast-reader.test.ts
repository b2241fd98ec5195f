import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFast } from '../../src/core/validate/fast-reader.js';
import { Findings } from '../../src/core/validate/findings.js';
import { parseYaml } from '../../src/core/validate/parse-yaml.js';
import { toData } from '../../src/core/validate/to-data.js';
import { generateFiles, readPlan } from '../bench/generate.js';
import { root } from './helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/i.test(name) ? [full] : [];
    });
}

const read = readFast;

/** The exact path's reading: yaml, then toData; undefined when it finds anything wrong with the YAML. */
function exactData(text: string): Record<string, unknown> | undefined {
  const parsed = parseYaml(text, new Findings('f.yaml', text));
  const { doc, findings } = parsed;
  const converted = doc && !parsed.mended && toData(doc, findings);
  return converted && findings.size === 0 ? converted.data : undefined;
}

/**
 * Whenever the fast reader answers, the exact path reads the text without a finding, to the same
 * data (keys in the same order, texts in NFC). Returns whether it answered.
 */
function agrees(text: string): boolean {
  const mine = read(text);
  if (mine === undefined) return false;
  const theirs = exactData(text);
  expect(theirs, JSON.stringify(text)).toBeDefined();
  expect(mine, JSON.stringify(text)).toStrictEqual(theirs);
  expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs));
  return true;
}

const corpus = [
  ...[...yamlFiles(join(root, 'examples')), ...yamlFiles(join(root, 'test', 'fixtures'))].map((f) =>
    readFileSync(f, 'utf8'),
  ),
  ...[...generateFiles(readPlan(), { size: 'district', mistakeShare: 0.1 })].map((g) => g.text),
];

describe('the fast YAML reader', () => {
  it('reads the corpus as the exact path does, and reads most of it', () => {
    const answered = corpus.filter(agrees).length;
    expect(answered).toBeGreaterThan(corpus.length * 0.7);
  });

  it('reads what it may, and gives up on the rest', () => {
    expect(
      read("a: 1\nb: \"x # y\"\nc: 'it''s'\nd: [1, two, { e: f }]\ne:\n  - x\n  - { g: 0 }\nf:\n- y\nh: ~\ni:\n"),
    ).toStrictEqual({
      a: 1,
      b: 'x # y',
      c: "it's",
      d: [1, 'two', { e: 'f' }],
      e: ['x', { g: 0 }],
      f: ['y'],
      h: null,
      i: null,
    });
    expect(read('k: v # comment\r\nl: w\r\n')).toStrictEqual({ k: 'v', l: 'w' });
    expect(read('list:\n  - a: 1\n    b: 2\n  - c\n')).toStrictEqual({ list: [{ a: 1, b: 2 }, 'c'] });
    expect(read('a: |\n  x\n\n    y  \n\nb: >-\n  p\n  q\nc: |-\n  z\n')).toStrictEqual({
      a: 'x\n\n  y  \n',
      b: 'p q',
      c: 'z',
    });
    expect(read('a: "Nguye\u0302\u0303n"\n')).toStrictEqual({ a: 'Nguyễn' });
    for (const text of [
      'a: b\n  c\n',
      'a: |\n\n  x\n',
      'a: >-\n  x\n\n  y\n',
      'a: |\n  x',
      'a: - b\n',
      'a: [b,]\n',
      'a: { b }\n',
      'a: { b: }\n',
      'a: b: c\n',
      '- a\n',
      'a\n',
      'a: 1\na: 2\n',
      '__proto__: 1\n',
      'a:\n  - - b\n',
      'a: [b: c]\n',
      'a: {b:c}\n',
      '"a" : 1\n',
      'a : 1\n',
      '~: 1\n',
      'null: 1\n',
      '1.5: x\n',
      'a:b\n',
      'a: x\n    # deeper comment\nb: y\n',
      'a: ?x\n',
      '',
      'constructor: 1\n',
      'ghi_chu\u0301: 1\n',
      'a: 1.000\n',
      'a: 0x10\n',
      'a: +5\n',
      'a: 1234567890123456\n',
      'a: { b: -, c: 1 }\n',
      'a: [-]\n',
    ]) {
      expect(read(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agrees with the exact path on mutated files', () => {
    const chars = fc.constantFrom(
      ':',
      ': ',
      '-',
      '- ',
      ' ',
      '  ',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '#',
      ' #',
      '\n',
      '\n  ',
      '\r\n',
      'x',
      'đ',
      'e\u0301',
      '0',
      '1.5',
      '-2',
      '~',
      'null',
      'true',
      '|',
      '|-',
      '>',
      '>-',
      '?',
      '!',
      '__proto__',
      'constructor: ',
      '\u0000',
      '\t',
      '\u2028',
      '\\',
    );
    const mutation = fc.record({
      at: fc.nat(),
      cut: fc.integer({ min: 0, max: 6 }),
      text: fc.array(chars, { maxLength: 4 }).map((a) => a.join('')),
    });
    const seeds = corpus.filter((_, i) => i % 7 === 0);
    let answered = 0;
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (s, ms) => {
        const text = ms.reduce((t, m) => {
          const at = m.at % (t.length + 1);
          return t.slice(0, at) + m.text + t.slice(at + m.cut);
        }, seeds[s]!);
        if (agrees(text)) answered++;
      }),
      { numRuns: Number(process.env.DANVAN_DIFF_RUNS ?? 3000) },
    );
    expect(answered).toBeGreaterThan(100);
  }, 600_000);
});
