import type { PlanModel } from '../plan.js';
import type { Findings, Locate } from './findings.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A unit's `giai_trinh:` under a task explains every warning of that task (a ward officer writes
 * why the figures are right, not which rule they answer), so the warning does not come back as one
 * every month. Runs after every other check of the file. An explanation with nothing left to
 * explain is itself a warning, so a text copied from last month's file does not linger.
 */
export function applyExplanations(
  plan: PlanModel,
  data: Record<string, unknown>,
  at: Locate,
  findings: Findings,
): void {
  if (!isRecord(data.tasks)) return;
  for (const [task, entry] of Object.entries(data.tasks)) {
    if (!isRecord(entry) || typeof entry.giai_trinh !== 'string' || !plan.tasks.has(task)) continue;
    const explanation = entry.giai_trinh.trim();
    if (explanation === '') continue;
    if (findings.explainUnder(['tasks', task], explanation) > 0) continue;
    const path = ['tasks', task, 'giai_trinh'];
    findings.warning('explanation-unused', at(path, 'value'), path, {
      task,
      taskLabel: plan.tasks.get(task)?.task.label,
    });
  }
}
