import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import type { FileResult } from '../../src/core/file-result.js';
import { loadPlan, type PlanModel } from '../../src/core/plan.js';
import type { ModelEntry, Submission, TaskReport, Unit } from '../../src/core/submission-schema.js';
import type { Registry } from '../../src/core/units.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

let plan: PlanModel | undefined;
export function testPlan(): PlanModel {
  if (plan) return plan;
  const file = `${repoRoot}schemas/394-KH-BDVQU.plan.yaml`;
  const loaded = loadPlan(readFileSync(file, 'utf8'), file);
  if (!loaded.plan) throw new Error('the plan file does not load');
  plan = loaded.plan;
  return plan;
}

export function registryOf(units: Unit[]): Registry {
  return { units, byId: new Map(units.map((u) => [u.id, u])) };
}

export interface FileSpec {
  unit: string;
  month: string;
  submitted?: string;
  tasks?: Record<string, Partial<TaskReport> & { indicators?: Record<string, number> }>;
  models?: ModelEntry[];
  difficulties?: string;
  proposals?: string;
  valid?: boolean;
  diagnostics?: Diagnostic[];
  file?: string;
  /** Receipt date (first commit), as io/git-receipts finds it. */
  received?: string;
}

/** A FileResult as the validator would make it for a usable file. */
export function fileResult(spec: FileSpec): FileResult {
  const tasks: Record<string, TaskReport> = {};
  for (const [id, t] of Object.entries(spec.tasks ?? {})) tasks[id] = { status: 'dang-thuc-hien', ...t } as TaskReport;
  const submission: Submission = {
    plan: '394-KH/BDVQU',
    unit: spec.unit,
    period: spec.month,
    submitted: spec.submitted ?? `${spec.month}-15`,
    reporter: { name: 'Nguyễn Văn A', position: 'Cán bộ' },
    tasks,
    ...(spec.models ? { models: spec.models } : {}),
    ...(spec.difficulties ? { difficulties: spec.difficulties } : {}),
    ...(spec.proposals ? { proposals: spec.proposals } : {}),
  };
  const diagnostics = spec.diagnostics ?? [];
  return {
    file: spec.file ?? `${spec.month}/${spec.unit}.yaml`,
    pathUnit: spec.unit,
    pathPeriod: spec.month,
    diagnostics,
    submission,
    valid: spec.valid ?? !diagnostics.some((d) => d.severity === 'error'),
    ...(spec.received === undefined ? {} : { received: spec.received }),
  };
}

/** A diagnostic with a code every build of the catalogue has; the report only reads severity and position. */
export function diagnostic(file: string, severity: 'error' | 'warning', line = 3, column = 5): Diagnostic {
  return { code: 'setup-schema', severity, file, line, column, path: ['tasks'], args: { detail: 'x' } };
}
