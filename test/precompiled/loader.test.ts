import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlan as loadPlanFromSources } from '../../src/core/plan.js';
import { buildSubmissionSchema, buildUnitsSchema } from '../../src/core/submission-schema.js';
import { repoRoot } from '../helpers/cli.js';

/*
 * The loader as built (dist/), next to the modules the build wrote: a schema or a plan file gets
 * what the build made only when it is exactly what the build made it from; anything else is
 * compiled or read at run time, and still right.
 */
const dist = (path: string) => import(pathToFileURL(join(repoRoot, 'dist', path)).href);
const validators = (await dist(
  'core/precompiled/validators.js',
)) as typeof import('../../src/core/precompiled/validators.js');
const plans = (await dist('core/precompiled/plans.js')) as typeof import('../../src/core/precompiled/plans.js');
const { loadPlan } = (await dist('core/plan.js')) as typeof import('../../src/core/plan.js');
const { submissionChecker, loadSubmissionValidator } = (await dist(
  'core/validate/checker.js',
)) as typeof import('../../src/core/validate/checker.js');

const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const planText = readFileSync(planFile, 'utf8');
const plan = loadPlanFromSources(planText, planFile).plan!;
const submission = {
  plan: '394-KH/BDVQU',
  unit: 'phuong-bach-dang',
  period: '2020-04',
  submitted: '2020-04-18',
  reporter: { name: 'Lan', position: 'Trưởng ban' },
  tasks: { 'UB.1': { status: 'thuong-xuyen', indicators: { ho_so_tiep_nhan: 3 } } },
};

/** The shipped plan with one task label changed: a custom plan whose schemas nothing was compiled for. */
const otherText = planText.replace(/^( {8}label: )(.+)$/m, (_, key: string, label: string) => `${key}${label} (sửa)`);

describe('the precompiled validators, as loaded at run time', () => {
  it('a schema exactly as shipped gets its precompiled validator', async () => {
    const schema = buildSubmissionSchema(plan);
    await validators.loadPrecompiled([schema]);
    const validate = validators.compileValidator(buildSubmissionSchema(plan));
    expect(validators.isPrecompiled(validate)).toBe(true);
    expect(validate(structuredClone(submission))).toBe(true);
    expect(validate({ ...submission, period: '2020-4' })).toBe(false);
  });

  it('a schema of the same length that differs in one character is compiled, not given the shipped validator', async () => {
    const schema = buildUnitsSchema(plan) as { title: string };
    const changed = { ...schema, title: `${schema.title.slice(0, -1)}!` };
    expect(JSON.stringify(changed).length).toBe(JSON.stringify(schema).length);
    await validators.loadPrecompiled([changed]);
    expect(validators.isPrecompiled(validators.compileValidator(changed))).toBe(false);
  });

  it('a custom plan works: its schemas are compiled by ajv and check as the shipped ones do', async () => {
    const other = loadPlanFromSources(otherText, 'other.plan.yaml').plan!;
    await loadSubmissionValidator(other);
    const checker = submissionChecker(other);
    expect(validators.isPrecompiled(checker.validate)).toBe(false);
    expect(checker.validate(structuredClone(submission))).toBe(true);
    expect(checker.validate({ ...submission, tasks: { 'UB.1': { status: 'xong' } } })).toBe(false);
  });

  it('without loading first, a shipped schema is compiled at run time (slower, same answers)', () => {
    const schema = { ...buildSubmissionSchema(plan), title: 'never precompiled' };
    expect(validators.isPrecompiled(validators.compileValidator(schema))).toBe(false);
  });
});

describe('the shipped plan file, read at build time', () => {
  it('its exact text gives the data the plan file gives when read, without reading it', async () => {
    await plans.loadShippedPlans();
    expect(plans.shippedPlanData(planText)).toEqual(plan.data);
    const loaded = loadPlan(planText, planFile);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.plan!.data).toEqual(plan.data);
    expect([...loaded.plan!.indicators.keys()]).toEqual([...plan.indicators.keys()]);
  });

  it('every copy is fresh: changing one loaded plan does not change the next', async () => {
    await plans.loadShippedPlans();
    const first = loadPlan(planText, planFile).plan!;
    first.data.groups.length = 0;
    expect(loadPlan(planText, planFile).plan!.data.groups.length).toBe(plan.data.groups.length);
  });

  it('any other text is read as a plan file: a one-character change shows, a broken file gets its diagnostics', async () => {
    await plans.loadShippedPlans();
    expect(plans.shippedPlanData(`${planText} `)).toBeUndefined();
    expect(plans.shippedPlanData(otherText)).toBeUndefined();
    expect(loadPlan(otherText, 'other.plan.yaml').plan!.data.groups[0]!.tasks[0]!.label).toMatch(/\(sửa\)$/);
    const broken = loadPlan(planText.replace('groups:', 'nhom:'), 'broken.plan.yaml');
    expect(broken.plan).toBeUndefined();
    expect(broken.diagnostics.map((d) => d.code)).toContain('setup-schema');
  });
});
