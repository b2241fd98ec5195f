import type { PlanModel } from '../plan.js';
import type { DocPath } from '../yaml-locate.js';

/**
 * A place in a submission named the way an official knows it: by the label from the plan or the
 * schema title, not by a JSON pointer. The wording (Vietnamese or English) is made in src/i18n.
 */
export type FieldRef =
  | { kind: 'root' }
  /** A top-level key: plan, unit, period, submitted, reporter, tasks, models, difficulties, proposals. */
  | { kind: 'top'; key: string; label?: string }
  | { kind: 'reporter'; key: string; label?: string }
  | { kind: 'task'; task: string; label?: string }
  /** status, summary, evidence, indicators of a task (`item` for one evidence line, 1-based). */
  | { kind: 'task-field'; task: string; key: string; label?: string; item?: number }
  | { kind: 'indicator'; task: string; id: string; label?: string }
  /** `index` is 1-based, as people count. */
  | { kind: 'model'; index: number; id?: string }
  | { kind: 'model-field'; index: number; key: string; label?: string }
  | { kind: 'other'; path: string };

/** Titles of the schema's fixed keys (the plan supplies task and indicator labels). */
export interface FieldTitles {
  top: ReadonlyMap<string, string>;
  reporter: ReadonlyMap<string, string>;
  task: ReadonlyMap<string, string>;
  model: ReadonlyMap<string, string>;
}

export function fieldAt(plan: PlanModel, titles: FieldTitles, path: DocPath, modelIds?: readonly unknown[]): FieldRef {
  const [a, b, c, d] = path;
  if (a === undefined) return { kind: 'root' };
  const key = String(a);
  if (path.length === 1) return { kind: 'top', key, label: titles.top.get(key) };
  if (key === 'reporter' && path.length === 2)
    return { kind: 'reporter', key: String(b), label: titles.reporter.get(String(b)) };
  if (key === 'tasks') {
    const task = String(b);
    if (path.length === 2) return { kind: 'task', task, label: plan.tasks.get(task)?.task.label };
    if (c === 'indicators' && path.length === 4) {
      return {
        kind: 'indicator',
        task,
        id: String(d),
        label: plan.indicators.get(`${task}.${String(d)}`)?.indicator.label,
      };
    }
    if (path.length === 3 || (c === 'evidence' && path.length === 4)) {
      return {
        kind: 'task-field',
        task,
        key: String(c),
        label: titles.task.get(String(c)),
        ...(typeof d === 'number' ? { item: d + 1 } : {}),
      };
    }
  }
  if (key === 'models' && typeof b === 'number') {
    const id = modelIds?.[b];
    if (path.length === 2) return { kind: 'model', index: b + 1, ...(typeof id === 'string' ? { id } : {}) };
    if (path.length === 3)
      return { kind: 'model-field', index: b + 1, key: String(c), label: titles.model.get(String(c)) };
  }
  return { kind: 'other', path: path.join('.') };
}
