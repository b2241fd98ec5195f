/*
 * Checking a file takes time in proportion to its size: a file with many tasks (10,000 unknown ones
 * fit under the size limit) must not take the square of that. Measured without a clock, by the work
 * done: how often the YAML nodes are looked at (yaml's own type tests, which its composer and
 * danvan's look-ups of places both go through). Linear work grows eight-fold from 500 to 4,000
 * tasks; comparing each key with every earlier one grows sixty-four-fold.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSubmissionExact, checkSubmissionFile } from '../../src/core/validate/validate-file.js';
import { submissionInput, validUbnd } from './helpers.js';

const require = createRequire(import.meta.url);
type Predicate = (node: unknown) => boolean;
const yamlIndex = require('yaml') as Record<string, Predicate>;
// The composer calls the predicates through this module, not through the package's exports.
const identity = require(join(dirname(require.resolve('yaml')), 'nodes', 'identity.js')) as Record<string, Predicate>;
const PREDICATES = ['isScalar', 'isPair', 'isMap', 'isSeq'];

let looks = 0;
const originals = new Map<Record<string, Predicate>, Record<string, Predicate>>();
beforeAll(() => {
  for (const module of [yamlIndex, identity]) {
    const saved: Record<string, Predicate> = {};
    for (const name of PREDICATES) {
      const original = module[name]!;
      saved[name] = original;
      module[name] = (node: unknown) => {
        looks++;
        return original(node);
      };
    }
    originals.set(module, saved);
  }
});
afterAll(() => {
  for (const [module, saved] of originals) Object.assign(module, saved);
});

const withTasks = (n: number, line: (i: number) => string): Uint8Array =>
  new TextEncoder().encode(`${validUbnd}${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`);

function work(bytes: Uint8Array, exact: boolean): number {
  const input = submissionInput(bytes);
  looks = 0;
  const checked = exact ? checkSubmissionExact(input) : checkSubmissionFile(input);
  expect(checked.result.valid).toBe(false);
  return looks;
}

describe('checking a file takes time in proportion to its size', () => {
  const cases: [string, (i: number) => string][] = [
    ['unknown tasks', (i) => `  XX.${i}: { status: thuong-xuyen }`],
    [
      'a key written twice among many',
      (i) => (i === 0 ? '  UB.1: { status: thuong-xuyen }' : `  XX.${i}: { status: thuong-xuyen }`),
    ],
  ];
  for (const [name, line] of cases) {
    it(`${name}, exact path: 8 times the tasks, at most 12 times the work`, () => {
      const small = work(withTasks(500, line), true);
      const large = work(withTasks(4000, line), true);
      expect(small).toBeGreaterThan(500);
      expect(large / small).toBeLessThan(12);
    });
  }
  it('unknown tasks, fast path: every finding placed where the fast reader saw it, without yaml', () => {
    expect(work(withTasks(4000, cases[0]![1]), false)).toBe(0);
  });
});
