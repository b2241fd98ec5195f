import { parseDocument } from 'yaml';
import type { PlanModel } from './plan.js';
import { MAX_COUNT } from './submission-schema.js';

/** The model keys a submission may hold, in the order a template writes them. */
export const modelKeys = ['id', 'type', 'name', 'field', 'status', 'since', 'result'] as const;
export type CarriedModel = Partial<Record<(typeof modelKeys)[number], string>>;

/** What `danvan init --from` takes from an earlier month: who reports, the models, the stock levels. */
export interface CarryForward {
  unit?: string;
  period?: string;
  reporter: { name?: string; position?: string; phone?: string };
  models: CarriedModel[];
  /** Stock indicator values by `<task>.<indicator>`; flows are never carried (they start at nothing each month). */
  stocks: ReadonlyMap<string, number>;
}

export type CarryProblem = 'encoding' | 'yaml' | 'not-mapping';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.normalize('NFC') : typeof v === 'number' ? String(v) : undefined;

/**
 * Reads what can be carried forward from an earlier submission. Lenient on purpose: a file with a
 * mistake elsewhere still gives its reporter and models; only well-typed values are taken, so
 * nothing wrong is copied into the new month (an unknown key or a negative stock stays behind).
 */
export function readCarryForward(plan: PlanModel, source: string): { carry?: CarryForward; problem?: CarryProblem } {
  if (source.includes('\uFFFD')) return { problem: 'encoding' };
  const doc = parseDocument(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, {
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) return { problem: 'yaml' };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { problem: 'yaml' };
  }
  if (!isRecord(data)) return { problem: 'not-mapping' };

  const reporterIn = isRecord(data.reporter) ? data.reporter : {};
  const reporter: CarryForward['reporter'] = {};
  for (const key of ['name', 'position', 'phone'] as const) {
    const value = text(reporterIn[key]);
    if (value !== undefined) reporter[key] = value;
  }

  const models = (Array.isArray(data.models) ? data.models : [])
    .filter(isRecord)
    .map((entry) => {
      const model: CarriedModel = {};
      for (const key of modelKeys) {
        const value = text(entry[key]);
        if (value !== undefined) model[key] = value;
      }
      return model;
    })
    .filter((m) => Object.keys(m).length > 0);

  const stocks = new Map<string, number>();
  const tasks = isRecord(data.tasks) ? data.tasks : {};
  for (const [ref, info] of plan.indicators) {
    if (info.indicator.kind !== 'stock') continue;
    const task = tasks[info.task.id];
    const value = isRecord(task) && isRecord(task.indicators) ? task.indicators[info.indicator.id] : undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT)
      stocks.set(ref, value);
  }

  const carry: CarryForward = { reporter, models, stocks };
  const unit = text(data.unit);
  const period = text(data.period);
  if (unit !== undefined) carry.unit = unit;
  if (period !== undefined) carry.period = period;
  return { carry };
}
