import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, parse } from 'yaml';
import { createAjv, type ErrorObject } from '../../src/core/ajv.js';
import { loadPlan, tasksForKind } from '../../src/core/plan.js';
import { LineIndex } from '../../src/core/source.js';
import { locate } from '../../src/core/yaml-locate.js';
import {
  MISTAKE_KINDS,
  SIZES,
  buildUnits,
  defaultPlanFile,
  generateFiles,
  generateSet,
  monthsOf,
  readPlan,
  repoRoot,
  type GeneratedFile,
  type PlanRuleData,
} from './generate.js';

// The generator is judged with the product's own pieces (plan model, ajv set-up, locator) and the
// committed schemas, not with its own helpers, so a generator bug cannot hide behind itself.
const plan = readPlan();
const model = loadPlan(readFileSync(defaultPlanFile, 'utf8'), defaultPlanFile).plan!;
const readSchema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as object;
const validateSubmission = createAjv().compile(readSchema('submission-394.schema.json'));
const validateUnits = createAjv().compile(readSchema('units.schema.json'));

const small = { units: 45, months: 2, seed: 20, mistakeShare: 0.4 };
const files = [...generateFiles(plan, small)];
const units = new Map(buildUnits(plan, small.units).map((u) => [u.id, u]));
const temp = mkdtempSync(join(tmpdir(), 'danvan-bench-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Values = ReadonlyMap<string, number>;
const compare = (a: number, op: string, b: number) =>
  op === '<' ? a < b : op === '<=' ? a <= b : op === '=' ? a === b : op === '>=' ? a >= b : a > b;
const side = (values: Values, operand: string | number) =>
  typeof operand === 'number' ? operand : values.get(operand);
/** false only when the rule applies (both sides reported, condition true) and is broken. */
function ruleHolds(rule: PlanRuleData, values: Values): boolean {
  const test = (c: { left: string; operator: string; right: string | number }) => {
    const l = side(values, c.left);
    const r = side(values, c.right);
    return l === undefined || r === undefined ? undefined : compare(l, c.operator, r);
  };
  if (rule.when && test(rule.when) !== true) return true;
  return test(rule) !== false;
}

interface Parsed {
  tasks: Record<string, { indicators?: Record<string, number> }>;
  unit: string;
  period: string;
}
const valuesOf = (data: Parsed): Values =>
  new Map(
    Object.entries(data.tasks).flatMap(([task, report]) =>
      Object.entries(report.indicators ?? {}).map(([id, v]): [string, number] => [`${task}.${id}`, v]),
    ),
  );

function lineOf(file: GeneratedFile, path: (string | number)[], target: 'key' | 'value') {
  return new LineIndex(file.text).position(locate(parseDocument(file.text), path, target).start).line;
}

describe('benchmark data generator', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const again = [...generateFiles(plan, small)];
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(again.map((f) => f.text)).toEqual(files.map((f) => f.text));
    const other = [...generateFiles(plan, { ...small, seed: 21 })];
    const changed = other.filter((f, i) => f.text !== files[i]!.text).length;
    expect(changed).toBeGreaterThan(files.length * 0.9);
  });

  it('writes the files it generates, and finds the written set again in its cache', () => {
    const set = generateSet({ ...small, root: temp });
    expect(set.cached).toBe(false);
    expect(set.manifest.fileCount).toBe(files.length);
    for (const f of files) expect(readFileSync(join(set.submissionsDir, f.path), 'utf8')).toBe(f.text);
    expect(set.manifest.files.map((f) => f.mistake)).toEqual(files.map((f) => f.mistake));
    const config = parse(readFileSync(set.configFile, 'utf8')) as { units: string; submissions: string };
    expect([config.units, config.submissions]).toEqual(['units.yaml', 'submissions']);

    const again = generateSet({ ...small, root: temp });
    expect(again).toMatchObject({ cached: true, dir: set.dir });
    expect(generateSet({ ...small, seed: 22, root: temp }).dir).not.toBe(set.dir);
  });

  it('writes a unit registry that follows the committed units schema, mostly wards, every kind present', () => {
    const set = generateSet({ ...small, root: temp });
    const registry = parse(readFileSync(join(set.dir, 'units.yaml'), 'utf8')) as {
      units: { id: string; kind: string }[];
    };
    expect(validateUnits(registry), JSON.stringify(validateUnits.errors)).toBe(true);
    const kinds = registry.units.map((u) => u.kind);
    expect(new Set(kinds)).toEqual(new Set(model.data.unit_kinds.map((k) => k.id)));
    expect(kinds.filter((k) => k === 'phuong').length / kinds.length).toBeGreaterThan(0.6);
    const country = buildUnits(plan, 70_000);
    expect(new Set(country.map((u) => u.id)).size).toBe(70_000);
  });

  it("makes every file without a mistake clean YAML, valid against the committed schema and every error rule, with its kind's tasks", () => {
    const clean = files.filter((f) => !f.mistake);
    expect(clean.length).toBeGreaterThan(files.length / 2);
    for (const f of clean) {
      const doc = parseDocument(f.text);
      expect(doc.errors, f.path).toEqual([]);
      expect(doc.warnings, f.path).toEqual([]);
      const data = doc.toJS() as Parsed;
      expect(validateSubmission(data), `${f.path}: ${JSON.stringify(validateSubmission.errors)}`).toBe(true);
      expect(`${data.period}/${data.unit}.yaml`).toBe(f.path);
      const values = valuesOf(data);
      for (const rule of plan.data.rules) {
        if (rule.severity === 'error' || !f.warnings.includes(rule.id))
          expect(ruleHolds(rule, values), `${f.path} ${rule.id}`).toBe(true);
        else expect(ruleHolds(rule, values), `${f.path} ${rule.id}`).toBe(false);
      }
      expect(Object.keys(data.tasks)).toEqual(tasksForKind(model, units.get(data.unit)!.kind).map((t) => t.id));
    }
  });

  it("writes valid files that ajv-cli's YAML reader (js-yaml 3) reads to the same data", () => {
    // The comparison with ajv-cli is fair only if both tools see the same document.
    const requireFromAjvCli = createRequire(createRequire(import.meta.url).resolve('ajv-cli/package.json'));
    const jsYaml = requireFromAjvCli('js-yaml') as { safeLoad: (text: string) => unknown };
    for (const f of files.filter((x) => !x.mistake)) expect(jsYaml.safeLoad(f.text), f.path).toEqual(parse(f.text));
  });

  it('breaks each mistake file in the way its manifest entry says, at the line it names', () => {
    const mistaken = files.filter((f) => f.mistake);
    expect(new Set(mistaken.map((f) => f.mistake!.kind))).toEqual(new Set(MISTAKE_KINDS));
    for (const f of mistaken) {
      const { kind, line, rule } = f.mistake!;
      const doc = parseDocument(f.text);
      const where = `${f.path} (${kind})`;
      if (kind === 'tab' || kind === 'duplicate-key') {
        const code = kind === 'tab' ? 'TAB_AS_INDENT' : 'DUPLICATE_KEY';
        expect(
          doc.errors.map((e) => [e.code, e.linePos?.[0].line]),
          where,
        ).toContainEqual([code, line]);
        continue;
      }
      expect(doc.errors, where).toEqual([]);
      const data = doc.toJS() as Parsed;
      const valid = validateSubmission(data);
      if (kind === 'rule') {
        expect(valid, where).toBe(true);
        const broken = plan.data.rules.find((r) => r.id === rule)!;
        expect(broken.severity).toBe('error');
        expect(ruleHolds(broken, valuesOf(data)), where).toBe(false);
        const [task, indicator] = [
          broken.left.slice(0, broken.left.lastIndexOf('.')),
          broken.left.slice(broken.left.lastIndexOf('.') + 1),
        ];
        expect(lineOf(f, ['tasks', task, 'indicators', indicator], 'value'), where).toBe(line);
        continue;
      }
      expect(valid, where).toBe(false);
      const errors = validateSubmission.errors as ErrorObject[];
      const keyword = { 'string-number': 'type', negative: 'minimum', 'unknown-indicator': 'additionalProperties' }[
        kind
      ];
      const error = errors.find((e) => e.keyword === keyword && /^\/tasks\/[^/]+\/indicators/.test(e.instancePath));
      expect(error, `${where}: ${JSON.stringify(errors)}`).toBeDefined();
      const path = error!.instancePath.split('/').slice(1);
      if (kind === 'unknown-indicator') {
        expect(
          lineOf(f, [...path, (error!.params as { additionalProperty: string }).additionalProperty], 'key'),
          where,
        ).toBe(line);
      } else {
        expect(lineOf(f, path, 'value'), where).toBe(line);
      }
    }
  });

  it("covers the plan's reporting months of the year and no month before its first", () => {
    const year = monthsOf(plan, SIZES.city.months);
    const first = model.data.first_month ?? `${model.data.year}-01`;
    expect(year[0]).toBe(first);
    expect(year[year.length - 1]).toBe(`${model.data.year}-12`);
    expect(year).toHaveLength(12 - Number(first.slice(5)) + 1);
    expect(monthsOf(plan, SIZES.country.months)).toEqual([`${model.data.year}-12`]);
  });

  it('gives about the asked share of files a mistake, and none when asked for none', () => {
    const many = [...generateFiles(plan, { units: 300, months: 2, seed: 5, mistakeShare: 0.05 })];
    const share = many.filter((f) => f.mistake).length / many.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.07);
    expect(
      [...generateFiles(plan, { units: 60, months: 1, seed: 5, mistakeShare: 0 })].filter((f) => f.mistake),
    ).toEqual([]);
  });

  it("writes wards' submissions of about 100 to 130 lines", () => {
    const wards = files
      .filter((f) => units.get(f.unit)!.kind === 'phuong')
      .map((f) => f.text.split('\n').length - 1)
      .sort((a, b) => a - b);
    const median = wards[wards.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(100);
    expect(median).toBeLessThanOrEqual(135);
  });
});
