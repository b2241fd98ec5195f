import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config-schema.js';
import { planSchema } from '../../src/core/plan-schema.js';
import { compileValidator } from '../../src/core/precompiled/validators.js';
import { parseSetupFile } from '../../src/core/setup-file.js';
import { buildUnitsSchema } from '../../src/core/submission-schema.js';
import { readFastAsWritten } from '../../src/core/validate/fast-reader.js';
import { buildUnits, readPlan, renderConfigFile, renderUnitsFile } from '../bench/generate.js';
import { plan, root } from '../validate/helpers.js';

/*
 * The secretariat's files (configuration, unit registry, plan) are read by the fast reader when
 * they are plain and valid, and by yaml otherwise. Both must give the same data and the same
 * diagnostics, at the same lines and columns, for every text.
 */

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/i.test(name) ? [full] : [];
    });
}

const validators = {
  config: compileValidator(configSchema),
  units: compileValidator(buildUnitsSchema(plan())),
  plan: compileValidator(planSchema),
};

/** Both readings of `text` with each validator; returns how many the fast reader answered. */
function compare(text: string): number {
  let answered = 0;
  for (const [name, validate] of Object.entries(validators)) {
    const fast = parseSetupFile(text, 'f.yaml', validate);
    const exact = parseSetupFile(text, 'f.yaml', validate, { exact: true });
    expect(fast.data, `${name}: ${text.slice(0, 200)}`).toStrictEqual(exact.data);
    expect(fast.diagnostics).toStrictEqual(exact.diagnostics);
    if (exact.data !== undefined) {
      // Positions asked for after the schema (a duplicate unit, an unknown parent) agree too.
      const path = name === 'units' ? ['units', 0, 'id'] : [Object.keys(exact.data as object)[0] ?? 'x'];
      expect(fast.at('units-duplicate-id', path, { id: 'x' })).toStrictEqual(
        exact.at('units-duplicate-id', path, { id: 'x' }),
      );
    }
    if (fast.data !== undefined && readFastAsWritten(text.replace(/^\ufeff/, '')) !== undefined) answered++;
  }
  return answered;
}

const planData = readPlan();
const allFiles = [
  ...yamlFiles(join(root, 'examples')),
  ...yamlFiles(join(root, 'schemas')),
  ...yamlFiles(join(root, 'test', 'fixtures')),
];
/** Registries and configurations: the files read on every run. */
const setupFiles = [
  ...allFiles.filter((f) => /(?:^|[\\/])(?:units|danvan\.config)\.yaml$/.test(f)).map((f) => readFileSync(f, 'utf8')),
  renderUnitsFile(planData, buildUnits(planData, 12)),
  renderConfigFile(),
];
const originals = [
  ...allFiles.filter((f) => !/[\\/]submissions[\\/]/.test(f)).map((f) => readFileSync(f, 'utf8')),
  ...setupFiles,
];

/** Every line removed, repeated, or with a character changed: the fast reader's edges. */
function mutations(text: string): string[] {
  const lines = text.split('\n').slice(0, 60);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
    out.push([...lines.slice(0, i + 1), ...lines.slice(i)].join('\n'));
    const line = lines[i]!;
    for (const insert of [
      ' ',
      '  ',
      '#',
      ': ',
      '- ',
      '"',
      "'",
      '{',
      '[',
      '&a ',
      '*a',
      '!!str ',
      '1.5',
      '\u0301',
      '\t',
      '|',
      '> ',
    ]) {
      const at = Math.min(line.length, (i * 7) % (line.length + 1));
      out.push([...lines.slice(0, i), line.slice(0, at) + insert + line.slice(at), ...lines.slice(i + 1)].join('\n'));
    }
  }
  return out;
}

describe('reading the secretariat’s files', () => {
  it('reads the plain example configuration and registry with the fast reader', () => {
    expect(readFastAsWritten(readFileSync(join(root, 'examples', 'units.yaml'), 'utf8'))).toBeDefined();
    expect(readFastAsWritten(readFileSync(join(root, 'examples', 'danvan.config.yaml'), 'utf8'))).toBeDefined();
  });

  it('gives the same data and diagnostics as yaml for every file of the corpus', () => {
    const answered = originals.reduce((n, text) => n + compare(text), 0);
    // Not a vacuous comparison: the fast reader answered for many of them.
    expect(answered).toBeGreaterThan(5);
  });

  it('gives the same data and diagnostics as yaml for each file with a line removed, repeated or changed', () => {
    let answered = 0;
    for (const text of setupFiles) for (const m of mutations(text)) answered += compare(m);
    expect(answered).toBeGreaterThan(100);
  }, 300_000);

  it('gives the same answer as yaml for small generated registries', () => {
    const name = fc.stringMatching(/^[A-Za-zÀ-ỹ0-9 ,.:#'"-]{0,12}$/);
    const unit = fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{0,10}$/),
      name,
      kind: fc.constantFrom('phuong', 'hdnd', 'x'),
    });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 4 }), fc.boolean(), (units, quoted) => {
        const q = (s: string) => (quoted ? JSON.stringify(s) : s);
        compare(
          `units:\n${units.map((u) => `  - id: ${q(u.id)}\n    name: ${q(u.name)}\n    kind: ${u.kind}\n`).join('')}`,
        );
      }),
      { numRuns: 300 },
    );
  });
});
