/*
 * An optional free-text or list field left empty (`summary:` with nothing after it, `~`) means the
 * same as not writing it: `danvan init` writes these lines for the official to fill in or leave.
 * Required fields and indicator values left empty stay, and the schema layer says "chưa điền".
 */
const OPTIONAL_TOP = ['models', 'difficulties', 'proposals'];
const OPTIONAL_REPORTER = ['phone'];
const OPTIONAL_TASK = ['summary', 'evidence', 'indicators', 'giai_trinh'];
const OPTIONAL_MODEL = ['since', 'result'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function drop(obj: unknown, keys: readonly string[]): void {
  if (!isRecord(obj)) return;
  for (const k of keys) if (k in obj && obj[k] === null) delete obj[k];
}

export function dropEmptyOptional(data: Record<string, unknown>): void {
  drop(data, OPTIONAL_TOP);
  drop(data.reporter, OPTIONAL_REPORTER);
  if (isRecord(data.tasks)) for (const task of Object.values(data.tasks)) drop(task, OPTIONAL_TASK);
  if (Array.isArray(data.models)) for (const model of data.models) drop(model, OPTIONAL_MODEL);
}
