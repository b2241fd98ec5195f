import { daysBetween } from './aggregate/report-date.js';
import type { Diagnostic } from './diagnostics.js';
import type { FileResult } from './file-result.js';
import type { PlanModel } from './plan.js';
import type { Unit } from './units.js';
import { countingViewOfResult, decideCounting } from './validate/cross-file.js';

export type SubmissionState = 'on-time' | 'late' | 'invalid' | 'missing';

/**
 * How the date a file arrived was found. 'git': the first commit that added it to the repository
 * holding the submissions folder. Otherwise there is no receipt date and the unit's own `submitted:`
 * line alone decides, because receipt dates were turned off in the configuration ('off'), git is not
 * installed ('no-git'), the folder is not in a repository ('not-repository'), or the repository is a
 * shallow clone whose oldest commit would seem to bring every file at once ('shallow').
 */
export type ReceiptRule = 'git' | 'off' | 'no-git' | 'not-repository' | 'shallow';

/** The date lateness is judged by: the later of the date the unit wrote and the date its file arrived. */
export function judgedDate(submitted: string | undefined, received: string | undefined): string | undefined {
  if (submitted === undefined) return received;
  if (received === undefined) return submitted;
  return received > submitted ? received : submitted;
}

/**
 * The receipt date is shown beside the written one where the two are more than a day apart, and
 * wherever it is the later one: then it is the date the state and the days late were judged by.
 */
export function showsReceipt(submitted: string | undefined, received: string | undefined): received is string {
  return received !== undefined && (received > (submitted ?? '') || datesDiffer(submitted, received));
}

/** A receipt date more than a day away from the written date: both are shown, and the file is listed. */
export function datesDiffer(submitted: string | undefined, received: string | undefined): boolean {
  return submitted !== undefined && received !== undefined && Math.abs(daysBetween(submitted, received)) > 1;
}

/** What the status of a unit and month reads of a file's result (the report keeps no more than this). */
export interface StatusFile {
  file: string;
  pathUnit?: string;
  pathPeriod?: string;
  diagnostics: readonly Diagnostic[];
  valid: boolean;
  received?: string;
  submission?: { unit: string; period: string; submitted: string };
}

export interface UnitMonthStatus<R extends StatusFile = FileResult> {
  unit: Unit;
  month: string;
  state: SubmissionState;
  /** The counted file (valid), or the invalid file(s) that were left out. */
  files: R[];
  submitted?: string;
  /** The receipt date of the counted file (see ReceiptRule), when one was found. */
  received?: string;
  errors: number;
  warnings: number;
}

/** Last day on time for a month's report: the plan's deadline day of that same month. */
export function deadlineOf(plan: PlanModel, month: string): string {
  return `${month}-${String(plan.data.deadline_day).padStart(2, '0')}`;
}

/**
 * Who submitted for a month: each unit of the registry is on time, late, invalid or missing. A valid
 * file is on time when the later of its `submitted:` date and its receipt date is on or before the
 * deadline. Which file counts is decided by the rule the checks across files use (`decideCounting`);
 * a unit with files but none counted is "invalid" (left out of the figures).
 */
export function submissionStatus<R extends StatusFile>(
  plan: PlanModel,
  units: readonly Unit[],
  month: string,
  results: readonly R[],
): UnitMonthStatus<R>[] {
  const byUnit = new Map<string, R[]>();
  for (const r of results) {
    const unitId = r.submission?.unit ?? r.pathUnit;
    const period = r.submission?.period ?? r.pathPeriod;
    if (unitId === undefined || period !== month) continue;
    const list = byUnit.get(unitId) ?? [];
    list.push(r);
    byUnit.set(unitId, list);
  }
  const counted = new Map<string, R>();
  for (const c of decideCounting(results, countingViewOfResult))
    if ('counted' in c && c.period === month) counted.set(c.unit, c.counted);
  const deadline = deadlineOf(plan, month);
  return units.map((unit): UnitMonthStatus<R> => {
    const one = counted.get(unit.id);
    // A file with errors of its own that claims this unit counts against itself only, not against the counted file.
    const files = one ? [one] : (byUnit.get(unit.id) ?? []);
    // One pass, no closures: a city's year asks this 30,000 times.
    let errors = 0;
    let warnings = 0;
    for (const f of files) {
      for (const d of f.diagnostics) {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
      }
    }
    const base = { unit, month, errors, warnings };
    if (files.length === 0) return { ...base, state: 'missing', files };
    if (!one) return { ...base, state: 'invalid', files };
    const submitted = one.submission?.submitted;
    const received = one.received;
    const judged = judgedDate(submitted, received);
    const state = judged !== undefined && judged <= deadline ? 'on-time' : 'late';
    return { ...base, state, files, submitted, ...(received === undefined ? {} : { received }) };
  });
}
