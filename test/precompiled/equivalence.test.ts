import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv, type ValidateFunction } from '../../src/core/ajv.js';
import { loadPlan } from '../../src/core/plan.js';
import { shippedSchemas } from '../../src/core/precompiled/modules.js';
import { dropEmptyOptional } from '../../src/core/validate/drop-empty.js';
import { repoRoot } from '../helpers/cli.js';
import { builtValidators, yamlData } from './helpers.js';

/*
 * The precompiled validators (dist/, written by `npm run build`) and ajv compiling the same schema
 * at run time must give the same verdict and the same `errors`, entry for entry: the validator's
 * diagnostics are made from those errors. Every data set goes through every validator, so each
 * validator also sees plenty of data that is wrong for it.
 */

const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;
const schemas = shippedSchemas(plan);
const built = await builtValidators();
const runtime = new Map([...schemas].map(([name, schema]) => [name, createAjv().compile(schema as object)]));

const corpus = yamlData('examples', 'schemas', join('test', 'fixtures'));
const submissions = corpus.filter(
  (c) => c.file.includes('submissions') && typeof c.data === 'object' && c.data !== null && 'tasks' in c.data,
);

function outcome(validate: ValidateFunction, data: unknown) {
  const copy = structuredClone(data);
  const valid = validate(copy);
  return { valid, errors: validate.errors ?? null, unchanged: JSON.stringify(copy) === JSON.stringify(data) };
}

function expectSame(name: string, data: unknown) {
  const a = outcome(built.get(name)!.validate, data);
  const b = outcome(runtime.get(name)!, data);
  expect(a).toEqual(b);
  expect(a.unchanged).toBe(true);
}

describe('precompiled validators', () => {
  it('exist for exactly the shipped schemas, each compiled from the schema the sources build now', () => {
    expect([...built.keys()].sort()).toEqual([...schemas.keys()].sort());
    for (const [name, schema] of schemas)
      expect(built.get(name)!.schemaJson, `${name} is stale: run npm run build`).toBe(JSON.stringify(schema));
  });

  it('the corpus is the one meant: valid and invalid submissions, registries, configs, the plan', () => {
    expect(submissions.length).toBeGreaterThan(100);
    expect(corpus.some((c) => c.file.startsWith(join('examples', 'invalid')))).toBe(true);
    expect(corpus.map((c) => c.file)).toEqual(
      expect.arrayContaining([
        join('examples', 'units.yaml'),
        join('examples', 'danvan.config.yaml'),
        join('schemas', '394-KH-BDVQU.plan.yaml'),
      ]),
    );
    // Both verdicts occur for each validator, or the comparison would prove little.
    for (const [name, validate] of runtime) {
      const verdicts = new Set(corpus.map((c) => validate(structuredClone(c.data))));
      expect(verdicts, name).toEqual(new Set([true, false]));
    }
  });

  it.each([...schemas.keys()])(
    '%s: the same verdict and errors on every file of the corpus, as read and with empty optional fields dropped',
    (name) => {
      for (const { file, data } of corpus) {
        expect.soft(() => expectSame(name, data), file).not.toThrow();
        if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
          const dropped = structuredClone(data) as Record<string, unknown>;
          dropEmptyOptional(dropped);
          expectSame(name, dropped);
        }
      }
    },
  );

  it('the same verdict and errors on submissions with a value replaced, added or removed anywhere', () => {
    const name = [...schemas.keys()].find((n) => n.startsWith('submission-'))!;
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === 'object'
        ? [
            prefix,
            ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k])),
          ]
        : [prefix];
    const edit = fc.record({
      file: fc.nat(submissions.length - 1),
      at: fc.nat(),
      key: fc.oneof(
        fc.constantFrom(
          'status',
          'summary',
          'indicators',
          'evidence',
          'phone',
          'UB.1',
          'ho_so_tiep_nhan',
          'result',
          'id',
        ),
        fc.string(),
      ),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom(null, '', -1, 1.5, 2 ** 53, 'hoan-thanh', '2020-02-30', [], {})),
      action: fc.constantFrom('set', 'add', 'delete'),
    });
    fc.assert(
      fc.property(edit, ({ file, at, key, value, action }) => {
        const data = structuredClone(submissions[file]!.data) as Record<string, unknown>;
        const all = paths(data);
        const path = all[at % all.length]!;
        const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], data) as
          | Record<string | number, unknown>
          | undefined;
        const last = path.at(-1);
        const target = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], data);
        if (action === 'add' && target !== null && typeof target === 'object' && !Array.isArray(target))
          (target as Record<string, unknown>)[key] = value;
        else if (action === 'delete' && parent && last !== undefined) delete parent[last];
        else if (parent && last !== undefined) parent[last] = value;
        expectSame(name, data);
      }),
      { numRuns: 400, seed: 394 },
    );
  });
});
