import { MAX_COUNT } from '../../src/core/submission-schema.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { FileResult } from '../../src/core/file-result.js';
import { diagnosticCodes, diagnosticHint, diagnosticMessage } from '../../src/i18n/diagnostic-messages.js';
import { applyRoughEdit, roughEdits } from '../helpers/rough-edits.js';
import { check, plan, root, validUbnd } from './helpers.js';

const known = new Set<string>(diagnosticCodes);

/** What every result must be, whatever the input. */
function wellFormed(r: FileResult, lineCount: number): void {
  expect(r.valid).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
  for (const d of r.diagnostics) {
    expect(known.has(d.code), d.code).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount + 1);
    if (d.endLine !== undefined) expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    for (const lang of ['vi', 'en'] as const) {
      expect(diagnosticMessage(d as Diagnostic, lang)).not.toBe('');
      expect(diagnosticHint(d as Diagnostic, lang)).not.toBe('');
    }
  }
}

const lines = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);

/** Edits a careless official (or a broken editor) makes: characters YAML cares about, deleted or repeated lines. */
const mutation = roughEdits({ insertMax: 4, deleteMax: 12, lineOps: ['drop', 'repeat', 'indent', 'dedent'] });

describe('the validator never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = check(bytes);
        wellFormed(r, lines(bytes));
        expect(r.valid).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        wellFormed(check(bytes), lines(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('on random mutations of a valid submission, and a file it calls valid carries its submission', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const text = mutations.reduce(applyRoughEdit, validUbnd);
        const bytes = new TextEncoder().encode(text);
        const r = check(bytes);
        wellFormed(r, lines(bytes));
        if (r.valid) expect(r.submission).toBeDefined();
      }),
      { numRuns: 600 },
    );
  });
});

describe('a valid file stays valid through the YAML stringifier', () => {
  const dir = join(root, 'examples', 'submissions');
  const files = readdirSync(dir).flatMap((month) => readdirSync(join(dir, month)).map((f) => join(month, f)));

  it('for every example submission', () => {
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const file = `submissions/${f}`;
      const before = check(text, { file, withRegistry: false, today: '2020-12-31' });
      expect(before.valid, f).toBe(true);
      const after = check(stringify(before.submission), { file, withRegistry: false, today: '2020-12-31' });
      expect(
        after.diagnostics.map((d) => d.code),
        f,
      ).toEqual(before.diagnostics.map((d) => d.code));
      expect(after.submission).toEqual(before.submission);
    }
  });

  it('for random submissions: same verdict and the same data after a round trip', () => {
    const p = plan();
    const ub = p.data.groups.find((g) => g.id === 'UB')!.tasks;
    const statuses = p.data.task_statuses.map((s) => s.id);
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((s) => s.normalize('NFC'))
      .filter((s) => s.trim() !== '');
    const task = (t: (typeof ub)[number]) =>
      fc.record(
        {
          status: fc.constantFrom(...statuses),
          indicators: fc.record(
            Object.fromEntries(
              t.indicators.map((i) => [i.id, fc.oneof(fc.nat(2000), fc.integer({ min: 0, max: MAX_COUNT }))]),
            ),
            { requiredKeys: [] },
          ),
          summary: text,
          evidence: fc.array(text, { maxLength: 2 }),
        },
        { requiredKeys: ['status'] },
      );
    const submission = fc.record(
      {
        plan: fc.constant(p.data.number),
        unit: fc.constant('ubnd-quan'),
        period: fc.constant('2020-04'),
        submitted: fc.integer({ min: 1, max: 30 }).map((d) => `2020-04-${String(d).padStart(2, '0')}`),
        reporter: fc.record({ name: text, position: text, phone: text }, { requiredKeys: ['name', 'position'] }),
        tasks: fc.record(Object.fromEntries(ub.map((t) => [t.id, task(t)])), { requiredKeys: [] }),
        difficulties: text,
        proposals: text,
      },
      { requiredKeys: ['plan', 'unit', 'period', 'submitted', 'reporter', 'tasks'] },
    );
    fc.assert(
      fc.property(submission, (s) => {
        const first = check(stringify(s), { today: '2020-12-31' });
        expect(first.submission).toEqual(s);
        const again = check(stringify(parse(stringify(first.submission))), { today: '2020-12-31' });
        expect(again.valid).toBe(first.valid);
        expect(again.diagnostics.map((d) => d.code)).toEqual(first.diagnostics.map((d) => d.code));
        expect(again.submission).toEqual(first.submission);
      }),
      { numRuns: 150 },
    );
  });
});
