import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from './diagnostics.js';
import { planSchema, type Plan, type PlanGroup, type PlanIndicator, type PlanTask } from './plan-schema.js';
import { loadShippedPlans, shippedPlanData } from './precompiled/plans.js';
import { compileValidator, loadPrecompiled } from './precompiled/validators.js';
import { parseSetupFile } from './setup-file.js';
import type { DocPath } from './yaml-locate.js';

export interface IndicatorInfo {
  /** `UB.1.ho_so_tiep_nhan`: indicator ids are unique only within their task. */
  ref: string;
  task: PlanTask;
  indicator: PlanIndicator;
}

/** A loaded plan with look-up tables; everything else reads the plan through this. */
export interface PlanModel {
  data: Plan;
  groups: ReadonlyMap<string, PlanGroup>;
  tasks: ReadonlyMap<string, { task: PlanTask; group: PlanGroup }>;
  indicators: ReadonlyMap<string, IndicatorInfo>;
  kinds: ReadonlyMap<string, Plan['unit_kinds'][number]>;
  taskStatuses: ReadonlyMap<string, string>;
  modelTypes: ReadonlyMap<string, string>;
  modelFields: ReadonlyMap<string, string>;
  modelStatuses: ReadonlyMap<string, string>;
}

function labels(items: readonly { id: string; label: string }[]): Map<string, string> {
  return new Map(items.map((i) => [i.id, i.label]));
}

export function buildPlanModel(data: Plan): PlanModel {
  const tasks = new Map<string, { task: PlanTask; group: PlanGroup }>();
  const indicators = new Map<string, IndicatorInfo>();
  for (const group of data.groups) {
    for (const task of group.tasks) {
      tasks.set(task.id, { task, group });
      for (const indicator of task.indicators) {
        const ref = `${task.id}.${indicator.id}`;
        indicators.set(ref, { ref, task, indicator });
      }
    }
  }
  return {
    data,
    groups: new Map(data.groups.map((g) => [g.id, g])),
    tasks,
    indicators,
    kinds: new Map(data.unit_kinds.map((k) => [k.id, k])),
    taskStatuses: labels(data.task_statuses),
    modelTypes: labels(data.models.types),
    modelFields: labels(data.models.fields),
    modelStatuses: labels(data.models.statuses),
  };
}

/** Tasks a unit of this kind must report, in plan order. */
export function tasksForKind(plan: PlanModel, kindId: string): PlanTask[] {
  const groups = new Set(plan.kinds.get(kindId)?.groups ?? []);
  return plan.data.groups.filter((g) => groups.has(g.id)).flatMap((g) => g.tasks);
}

interface Finding<C extends DiagnosticCode = DiagnosticCode> {
  code: C;
  path: DocPath;
  args: DiagnosticArgs[C];
}

/** What the schema cannot say: unique ids, references that resolve, tasks named after their group. */
export function checkPlanConsistency(data: Plan): Finding[] {
  const findings: Finding[] = [];
  const unique = (what: string, items: readonly { id: string }[], at: (i: number) => DocPath) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        findings.push({ code: 'plan-duplicate-id', path: [...at(i), 'id'], args: { what, id: item.id } });
      seen.add(item.id);
    });
  };
  unique('group', data.groups, (i) => ['groups', i]);
  const taskPaths: DocPath[] = data.groups.flatMap((g, gi) =>
    g.tasks.map((_, ti): DocPath => ['groups', gi, 'tasks', ti]),
  );
  unique(
    'task',
    data.groups.flatMap((g) => g.tasks),
    (i) => taskPaths[i] ?? [],
  );
  data.groups.forEach((g, gi) =>
    g.tasks.forEach((t, ti) => {
      if (!t.id.startsWith(`${g.id}.`))
        findings.push({
          code: 'plan-task-group',
          path: ['groups', gi, 'tasks', ti, 'id'],
          args: { task: t.id, group: g.id },
        });
      unique('indicator', t.indicators, (i) => ['groups', gi, 'tasks', ti, 'indicators', i]);
    }),
  );
  unique('rule', data.rules, (i) => ['rules', i]);
  unique('ratio', data.ratios, (i) => ['ratios', i]);
  unique('unit kind', data.unit_kinds, (i) => ['unit_kinds', i]);
  unique('task status', data.task_statuses, (i) => ['task_statuses', i]);
  unique('model type', data.models.types, (i) => ['models', 'types', i]);
  unique('model field', data.models.fields, (i) => ['models', 'fields', i]);
  unique('model status', data.models.statuses, (i) => ['models', 'statuses', i]);

  const refs = new Set(data.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators.map((i) => `${t.id}.${i.id}`))));
  const checkRef = (value: unknown, path: DocPath) => {
    if (typeof value === 'string' && !refs.has(value))
      findings.push({ code: 'plan-unknown-ref', path, args: { what: 'indicator', ref: value } });
  };
  data.rules.forEach((r, i) => {
    checkRef(r.left, ['rules', i, 'left']);
    checkRef(r.right, ['rules', i, 'right']);
    if (r.when) {
      checkRef(r.when.left, ['rules', i, 'when', 'left']);
      checkRef(r.when.right, ['rules', i, 'when', 'right']);
    }
  });
  data.ratios.forEach((r, i) => {
    checkRef(r.numerator, ['ratios', i, 'numerator']);
    checkRef(r.denominator, ['ratios', i, 'denominator']);
  });
  const groups = new Set(data.groups.map((g) => g.id));
  data.unit_kinds.forEach((k, i) =>
    k.groups.forEach((g, j) => {
      if (!groups.has(g))
        findings.push({
          code: 'plan-unknown-ref',
          path: ['unit_kinds', i, 'groups', j],
          args: { what: 'group', ref: g },
        });
    }),
  );
  const statuses = new Set(data.task_statuses.map((s) => s.id));
  data.summary_required_for.forEach((s, i) => {
    if (!statuses.has(s))
      findings.push({
        code: 'plan-unknown-ref',
        path: ['summary_required_for', i],
        args: { what: 'task status', ref: s },
      });
  });
  return findings;
}

export interface LoadedPlan {
  plan?: PlanModel;
  diagnostics: Diagnostic[];
}

/**
 * Loads what the build made for reading plan files: the shipped plan's checked data and, unless the
 * file to read is the shipped one, the plan schema's precompiled validator. Without them `loadPlan`
 * still works, only slower.
 */
export async function loadPlanPrecompiled(options: { shipped: boolean }): Promise<void> {
  await Promise.all([loadShippedPlans(), options.shipped ? undefined : loadPrecompiled([planSchema])]);
}

/** Parses and checks a plan file's text. Every problem becomes a diagnostic at its line and column. */
export function loadPlan(text: string, file: string): LoadedPlan {
  const shipped = shippedPlanData(text);
  if (shipped) return { plan: buildPlanModel(shipped), diagnostics: [] };
  const parsed = parseSetupFile<Plan>(text, file, compileValidator(planSchema));
  if (!parsed.data) return { diagnostics: parsed.diagnostics };
  const findings = checkPlanConsistency(parsed.data);
  if (findings.length > 0) return { diagnostics: findings.map((f) => parsed.at(f.code, f.path, f.args as never)) };
  return { plan: buildPlanModel(parsed.data), diagnostics: [] };
}
