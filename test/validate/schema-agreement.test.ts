/*
 * `danvan validate` and the published JSON Schema (schemas/submission-394.schema.json, which editors
 * use to mark mistakes as the official types) must agree on every file: what the command accepts,
 * the editor must not mark red, and what the editor marks, the command must report. Checked with a
 * second validator — a separate Ajv instance on the published file, reading the YAML as an editor
 * does — over the examples, the invalid examples and every YAML file under test/fixtures.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/core/diagnostics.js';
import { check, root } from './helpers.js';

const require = createRequire(import.meta.url);
type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv2020 = (require('ajv/dist/2020.js') as { default: new (o: object) => { compile: (s: object) => Validator } })
  .default;
const addFormats = (require('ajv-formats') as { default: (ajv: unknown) => void }).default;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const published = ajv.compile(
  JSON.parse(readFileSync(join(root, 'schemas', 'submission-394.schema.json'), 'utf8')) as object,
);

/** What the schema says: the findings of the command's schema layer. */
const SCHEMA_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'unknown-key',
  'unknown-task',
  'unknown-indicator',
  'task-without-indicators',
  'schema-required',
  'schema-enum',
  'schema-type',
  'schema-format',
  'empty-value',
  'plan-mismatch',
  'tasks-empty',
  'date-not-in-calendar',
  'negative-number',
  'not-integer',
]);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/i.test(name) ? [full] : [];
    });
}

const corpus = [
  join(root, 'examples', 'submissions'),
  join(root, 'examples', 'invalid'),
  join(root, 'test', 'fixtures'),
]
  .flatMap(yamlFiles)
  .filter((f) => !/(?:^|[\\/])(?:units|danvan\.config)\.ya?ml$/.test(f));

describe('danvan validate and the published JSON Schema agree', () => {
  it('on every example, invalid example and fixture', () => {
    let compared = 0;
    let validBoth = 0;
    const disagreements: string[] = [];
    for (const file of corpus) {
      const bytes = readFileSync(file);
      const doc = parseDocument(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      // Broken YAML, or not a submission at all, is the editor's YAML support's to mark, not the schema's.
      if (doc.errors.length > 0 || doc.contents === null) continue;
      let data: unknown;
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch {
        continue; // an alias bomb: no editor expands it either
      }
      if (data === null || typeof data !== 'object' || Array.isArray(data)) continue;
      const result = check(bytes, { file: relative(root, file), withRegistry: false, today: '2020-12-31' });
      const schemaValid = published(data);
      const commandSchemaCodes = result.diagnostics
        .filter((d) => d.severity === 'error' && SCHEMA_CODES.has(d.code))
        .map((d) => d.code);
      compared++;
      if (result.valid && !schemaValid)
        disagreements.push(
          `${relative(root, file)}: the command accepts it, the schema does not: ${JSON.stringify(published.errors)}`,
        );
      if (schemaValid && commandSchemaCodes.length > 0)
        disagreements.push(
          `${relative(root, file)}: the schema accepts it, the command reports ${commandSchemaCodes.join(', ')}`,
        );
      if (result.valid && schemaValid) validBoth++;
    }
    expect(disagreements).toEqual([]);
    // Without many files on both sides the comparison would prove nothing.
    expect(compared).toBeGreaterThan(150);
    expect(validBoth).toBeGreaterThan(100);
  });
});
