import type { PlanModel } from '../plan.js';
import { submissionStatus, type UnitMonthStatus } from '../submission-status.js';
import type { Unit } from '../units.js';
import type { ReportResult, SubmissionStamp } from './tally.js';

/** The month a file speaks for: its content's period, else its folder's. */
export const monthOf = (r: ReportResult): string | undefined => r.submission?.period ?? r.pathPeriod;
export const unitOf = (r: ReportResult): string | undefined => r.submission?.unit ?? r.pathUnit;

export interface Counted<R extends ReportResult> {
  /** Per month asked for: each registered unit's state, in registry order. */
  statuses: ReadonlyMap<string, UnitMonthStatus<R>[]>;
  /** The submission of the one file that counts for a unit and month (valid, alone for its unit and month), if any. */
  get(unitId: string, month: string): SubmissionStamp | undefined;
}

/**
 * Decides once which file counts for each unit and month, with the same rule as the status table
 * (`submissionStatus`): exactly one valid file and no other file for that unit and month. Everything
 * the report adds up reads submissions through this, so nothing is counted twice.
 */
export function indexCounted<R extends ReportResult>(
  plan: PlanModel,
  units: readonly Unit[],
  months: readonly string[],
  results: readonly R[],
): Counted<R> {
  const wanted = new Set(months);
  const byMonth = new Map<string, R[]>();
  for (const r of results) {
    const month = monthOf(r);
    if (month === undefined || !wanted.has(month)) continue;
    const list = byMonth.get(month) ?? [];
    list.push(r);
    byMonth.set(month, list);
  }
  const statuses = new Map<string, UnitMonthStatus<R>[]>();
  const counted = new Map<string, Map<string, SubmissionStamp>>();
  for (const month of wanted) {
    const states = submissionStatus(plan, units, month, byMonth.get(month) ?? []);
    statuses.set(month, states);
    for (const s of states) {
      const submission = s.files[0]?.submission;
      if ((s.state !== 'on-time' && s.state !== 'late') || submission === undefined) continue;
      const perUnit = counted.get(s.unit.id) ?? new Map<string, SubmissionStamp>();
      perUnit.set(month, submission);
      counted.set(s.unit.id, perUnit);
    }
  }
  return { statuses, get: (unitId, month) => counted.get(unitId)?.get(month) };
}
