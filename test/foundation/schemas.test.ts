import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/core/ajv.js';
import { loadPlan } from '../../src/core/plan.js';
import { generateSchemas, submissionSchemaName } from '../../src/core/schemas.js';
import { loadRegistry } from '../../src/core/units.js';
import { repoRoot } from '../helpers/cli.js';

const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;
const schemas = generateSchemas(plan);
const submissionSchema = JSON.parse(schemas.get(submissionSchemaName(plan))!) as Record<string, unknown>;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('the committed JSON Schemas', () => {
  it.each([...schemas.keys()])('%s equals what `danvan schema` generates', (name) => {
    expect(readFileSync(join(repoRoot, 'schemas', name), 'utf8')).toBe(schemas.get(name));
  });

  it('the submission schema is draft 2020-12 with an $id, named after the plan', () => {
    expect(submissionSchemaName(plan)).toBe('submission-394.schema.json');
    expect(submissionSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(submissionSchema.$id).toMatch(/^https:\/\/.+submission-394\.schema\.json$/);
  });

  it('gives every property a Vietnamese title and description (editors show them on hover)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [key, child] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          const target = typeof child.$ref === 'string' && !child.title ? resolveRef(child.$ref) : child;
          if (!target.title || !target.description) missing.push(`${path}/${key}`);
        }
      }
      for (const [key, child] of Object.entries(n)) walk(child, `${path}/${key}`);
    };
    const resolveRef = (ref: string) =>
      ref
        .slice(2)
        .split('/')
        .reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, submissionSchema);
    walk(submissionSchema, '');
    expect(missing).toEqual([]);
  });

  it('closes every object and gives each task exactly its own indicators', () => {
    const defs = submissionSchema.$defs as Record<
      string,
      {
        additionalProperties: boolean;
        properties: Record<string, { additionalProperties?: boolean; properties?: object }>;
      }
    >;
    expect(defs['UB.1']!.additionalProperties).toBe(false);
    expect(Object.keys(defs['UB.1']!.properties.indicators!.properties!)).toEqual([
      'ho_so_tiep_nhan',
      'ho_so_da_giai_quyet',
      'ho_so_dung_han',
    ]);
    expect(defs['UB.1']!.properties.indicators!.additionalProperties).toBe(false);
    // A task without indicators may leave `indicators:` empty (as danvan validate allows), nothing more.
    expect(defs['CU.2']!.properties.indicators).toMatchObject({ type: 'null' });
  });

  it('accepts a well-formed submission and rejects unknown keys, negative and fractional numbers', () => {
    const validate = createAjv().compile(submissionSchema);
    const good = {
      plan: '394-KH/BDVQU',
      unit: 'phuong-bach-dang',
      period: '2020-04',
      submitted: '2020-04-18',
      reporter: { name: 'Nguyễn Thị Lan', position: 'Trưởng ban Dân vận' },
      tasks: {
        'UB.1': {
          status: 'dang-thuc-hien',
          indicators: { ho_so_tiep_nhan: 412, ho_so_da_giai_quyet: 398, ho_so_dung_han: 398 },
        },
      },
      models: [
        {
          id: 'ngo-pho-van-minh',
          type: 'mo-hinh',
          name: 'Ngõ phố văn minh',
          field: 'van-hoa-xa-hoi',
          status: 'dang-thuc-hien',
          since: '2020-03',
        },
      ],
    };
    expect(validate(good)).toBe(true);
    const variants: [string, (s: typeof good) => void][] = [
      ['unknown task', (s) => Object.assign(s.tasks, { 'UB.9': { status: 'hoan-thanh' } })],
      ['indicator of another task', (s) => Object.assign(s.tasks['UB.1'].indicators, { buoi_tiep_dan: 1 })],
      [
        'negative',
        (s) => {
          s.tasks['UB.1'].indicators.ho_so_tiep_nhan = -1;
        },
      ],
      [
        'fraction',
        (s) => {
          s.tasks['UB.1'].indicators.ho_so_tiep_nhan = 1.5;
        },
      ],
      [
        'beyond 2^53',
        (s) => {
          s.tasks['UB.1'].indicators.ho_so_tiep_nhan = 2 ** 53 + 2;
        },
      ],
      [
        'bad status',
        (s) => {
          s.tasks['UB.1'].status = 'xong';
        },
      ],
      [
        'bad period',
        (s) => {
          s.period = '2020-13';
        },
      ],
      [
        'other plan',
        (s) => {
          s.plan = '395-KH/BDVQU';
        },
      ],
      [
        'bad model field',
        (s) => {
          s.models[0]!.field = 'the-thao';
        },
      ],
    ];
    for (const [name, mutate] of variants) {
      const copy = structuredClone(good);
      mutate(copy);
      expect(validate(copy), name).toBe(false);
    }
  });
});

describe('the example data', () => {
  it('every file in examples/submissions is valid against the submission schema', () => {
    const validate = createAjv().compile(submissionSchema);
    const files = yamlFiles(join(repoRoot, 'examples', 'submissions'));
    expect(files.length).toBeGreaterThanOrEqual(100);
    const failures = files
      .filter((f) => !validate(parse(readFileSync(f, 'utf8'))))
      .map((f) => `${f}: ${JSON.stringify(validate.errors)}`);
    expect(failures).toEqual([]);
  });

  it('the registry lists the 18 wards and the district bodies, and loads against the plan', () => {
    const file = join(repoRoot, 'examples', 'units.yaml');
    const { registry, diagnostics } = loadRegistry(readFileSync(file, 'utf8'), file, plan);
    expect(diagnostics).toEqual([]);
    const byKind = (kind: string) => registry!.units.filter((u) => u.kind === kind).length;
    expect(byKind('phuong')).toBe(18);
    expect([byKind('hdnd-quan'), byKind('ubnd-quan'), byKind('mttq-quan'), byKind('doan-the-quan')]).toEqual([
      1, 1, 1, 5,
    ]);
    expect(byKind('to-chuc-dang')).toBeGreaterThanOrEqual(2);
  });
});
