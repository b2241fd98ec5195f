import { parseDocument } from 'yaml';
import { modelKeys, type CarriedModel } from '../core/carry-forward.js';
import type { FilledTask, FilledValues } from '../core/init-template.js';
import type { PlanModel } from '../core/plan.js';

/** A submission's values, as the form holds them, with its unit and month. */
export interface ReadSubmission {
  unit?: string;
  period?: string;
  values: FilledValues;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/**
 * Reads a submission back into the form to correct it. Lenient like `init --from`: a value of the
 * wrong type is taken as the text it shows (a mistyped number comes back as typed, and the check
 * says what is wrong), a key the plan does not know is left out. Undefined for text that is not a
 * YAML mapping.
 */
export function readSubmissionValues(plan: PlanModel, source: string): ReadSubmission | undefined {
  const doc = parseDocument(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, {
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;

  const values: FilledValues = {};
  const submitted = text(data.submitted);
  if (submitted !== undefined) values.submitted = submitted;
  if (isRecord(data.reporter)) {
    const r = data.reporter;
    values.reporter = Object.fromEntries(
      (['name', 'position', 'phone'] as const).flatMap((k) => (text(r[k]) === undefined ? [] : [[k, text(r[k])!]])),
    );
  }
  const tasks: Record<string, FilledTask> = {};
  const given = isRecord(data.tasks) ? data.tasks : {};
  for (const [id, { task }] of plan.tasks) {
    const entry = given[id];
    if (!isRecord(entry)) continue;
    const filled: FilledTask = {};
    const status = text(entry.status);
    if (status !== undefined) filled.status = status;
    if (isRecord(entry.indicators)) {
      const ind = entry.indicators;
      filled.indicators = Object.fromEntries(
        task.indicators.flatMap((i) => (text(ind[i.id]) === undefined ? [] : [[i.id, text(ind[i.id])!]])),
      );
    }
    const summary = text(entry.summary);
    if (summary !== undefined) filled.summary = summary;
    const explanation = text(entry.giai_trinh);
    if (explanation !== undefined) filled.giai_trinh = explanation;
    if (Array.isArray(entry.evidence))
      filled.evidence = entry.evidence.flatMap((e) => (text(e) === undefined ? [] : [text(e)!]));
    tasks[id] = filled;
  }
  values.tasks = tasks;
  values.models = (Array.isArray(data.models) ? data.models : []).filter(isRecord).map((m) => {
    const model: CarriedModel = {};
    for (const key of modelKeys) if (text(m[key]) !== undefined) model[key] = text(m[key]);
    return model;
  });
  for (const key of ['difficulties', 'proposals'] as const)
    if (text(data[key]) !== undefined) values[key] = text(data[key]);
  return {
    ...(text(data.unit) !== undefined && { unit: text(data.unit) }),
    ...(text(data.period) !== undefined && { period: text(data.period) }),
    values,
  };
}
