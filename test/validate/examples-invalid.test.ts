import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/core/units.js';
import { diagnosticCodes } from '../../src/i18n/diagnostic-messages.js';
import { collectSubmissions } from '../../src/io/collect-submissions.js';
import { plan, root } from './helpers.js';

interface Expected {
  today: string;
  units: string;
  files: Record<string, { code: string; line: number; column: number }[]>;
}

const dir = join(root, 'examples', 'invalid');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

/** Codes about the secretariat's own files, not submissions. */
const SETUP = /^(setup|plan|units)-/;
/** Codes with no example file, and why. */
const NOT_IN_EXAMPLES: Record<string, string> = {
  'file-too-large': 'a 1 MiB file is not worth committing; test/validate/layers.test.ts makes one',
  'file-unreadable':
    'link loops and pipes do not survive every checkout; test/validate/folder-entries.test.ts makes them',
  'link-outside':
    'a link out of the folder depends on where it is checked out; test/validate/folder-entries.test.ts makes one',
  'file-name-space':
    'a name ending in a space cannot be checked out on Windows; test/validate/folder-entries.test.ts makes one',
  'explanation-unused':
    'it needs a warning explained and then fixed, a story of two months; test/validate/explanations.test.ts tells it',
  'copy-not-counted':
    'the file it is set aside for is valid, and every file here is flagged; test/e2e/counting.test.ts shows it',
  // Each of these has its file in the corpus of bad inputs, test/fixtures/bad-input (test/validate/bad-input.test.ts).
  'nul-byte': 'test/fixtures/bad-input/mot-byte-nul.yaml',
  'cr-line-ends': 'test/fixtures/bad-input/xuong-dong-cr.yaml',
  'lone-cr': 'test/fixtures/bad-input/xuong-dong-cr-le.yaml',
  'line-separator': 'test/fixtures/bad-input/xuong-dong-an-u2028.yaml',
  'line-separator-in-text': 'test/fixtures/bad-input/xuong-dong-an-trong-ngoac-kep.yaml',
  'too-deep': 'test/fixtures/bad-input/long-*.yaml',
  'text-cut-by-comment': 'test/fixtures/bad-input/tom-tat-bi-cat.yaml',
  'char-not-allowed': 'test/fixtures/bad-input/ky-tu-*.yaml',
  'tasks-empty': 'test/fixtures/bad-input/khong-co-nhiem-vu.yaml',
  'number-tagged-as-text': 'test/fixtures/bad-input/the-str-truoc-so.yaml',
  'date-not-in-calendar': 'test/fixtures/bad-input/ngay-*.yaml',
};

describe('examples/invalid', async () => {
  const registry = loadRegistry(readFileSync(join(dir, expected.units), 'utf8'), 'units.yaml', plan()).registry;
  const results = await collectSubmissions({ paths: [dir], plan: plan(), registry, today: expected.today, cwd: dir });

  it('has exactly the files recorded in expected.json', () => {
    expect(results.map((r) => r.file).sort()).toEqual(Object.keys(expected.files).sort());
  });

  it('flags every file: invalid when it has an error, and the warning-only examples (still counted) say so', () => {
    for (const r of results) {
      expect(r.diagnostics.length, r.file).toBeGreaterThan(0);
      expect(r.valid, r.file).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
    }
    const warningOnly = results
      .filter((r) => r.valid)
      .map((r) => r.file)
      .sort();
    expect(warningOnly).toEqual(['thieu-nhiem-vu.yaml', 'thieu-tom-tat.yaml']);
  });

  for (const r of results) {
    it(`${r.file}: ${(expected.files[r.file] ?? []).map((e) => e.code).join(', ')}`, () => {
      expect(r.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual(
        expected.files[r.file],
      );
    });
  }

  it('shows every code a submission can get, at least once', () => {
    const shown = new Set(
      Object.values(expected.files)
        .flat()
        .map((e) => e.code),
    );
    const missing = diagnosticCodes.filter((c) => !SETUP.test(c) && !shown.has(c) && !(c in NOT_IN_EXAMPLES));
    expect(missing).toEqual([]);
  });

  it('the files with warnings only are valid, all others invalid', () => {
    for (const r of results) {
      const errors = (expected.files[r.file] ?? []).filter((e) => !['summary-empty', 'task-missing'].includes(e.code));
      expect(r.valid, r.file).toBe(errors.length === 0);
    }
  });
});
