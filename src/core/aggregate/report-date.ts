import type { Period } from '../period.js';
import type { PlanModel } from '../plan.js';

/**
 * The date a report carries when --date is not given: the plan's deadline day of the period's last
 * month (20/4/2020 for April, 20/6/2020 for the second quarter). It is the first day on which every
 * unit's report for the period is due, so the compiled report cannot be dated earlier; and it comes
 * from the inputs alone, so two runs write the same bytes.
 */
export function defaultReportDate(plan: PlanModel, period: Period): string {
  const last = period.months[period.months.length - 1] ?? `${period.year}-12`;
  return `${last}-${String(plan.data.deadline_day).padStart(2, '0')}`;
}

/** Whole days from one YYYY-MM-DD to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
