import { daysBetween } from './aggregate/report-date.js';
import { compareVi } from './aggregate/unit-order.js';
import type { FileResult } from './file-result.js';
import type { PlanModel } from './plan.js';
import type { SubmissionCounts } from './report-model.js';
import {
  datesDiffer,
  deadlineOf,
  judgedDate,
  submissionStatus,
  type ReceiptRule,
  type SubmissionState,
} from './submission-status.js';
import type { Unit } from './units.js';

export const submissionStates = ['on-time', 'late', 'invalid', 'missing'] as const satisfies readonly SubmissionState[];

export interface StatusRow {
  unit: Unit;
  kindLabel: string;
  state: SubmissionState;
  submitted?: string;
  /** The counted file's receipt date, when one was found (see ReceiptRule). */
  received?: string;
  /** Both dates are known and more than a day apart: both are shown. */
  datesDiffer: boolean;
  /** Days after the deadline of the later of `submitted` and `received` (late only). */
  daysLate?: number;
  errors: number;
  warnings: number;
  /** The files behind the state: the counted one, or the invalid ones left out. */
  files: string[];
}

/** Everything `danvan status` shows for one month; the text and JSON outputs both render this. */
export interface StatusReport {
  month: string;
  deadline: string;
  today: string;
  /** Days from the deadline to today: negative while there is still time. */
  daysPastDeadline: number;
  rows: StatusRow[];
  counts: SubmissionCounts;
  /** received ÷ expected and on-time ÷ expected; 0 when nothing is expected. */
  reportingRate: number;
  onTimeRate: number;
  /**
   * Files that say (by folder or content) they are about this month but count for no unit of the
   * registry in it: an unknown unit id, or a file in this month's folder that names another period.
   */
  strays: { file: string; errors: number }[];
  receipts: StatusReceipts;
}

/** How receipt dates were judged this month, and the files they concern. */
export interface StatusReceipts {
  rule: ReceiptRule;
  /** Counted files whose receipt date is more than a day away from their `submitted:` line, in row order. */
  differing: { file: string; unit: Unit; submitted: string; received: string }[];
  /** With rule 'git': counted files no commit has added yet (judged by `submitted:` alone). */
  uncommitted: string[];
}

/**
 * One row per unit of the registry, in Vietnamese alphabetical order of the unit names, with the
 * counts and rates of the summary line. The states come from `submissionStatus`, which the report
 * uses too, so the two never disagree about a unit.
 */
export function summarizeStatus(
  plan: PlanModel,
  units: readonly Unit[],
  month: string,
  results: readonly FileResult[],
  today: string,
  rule: ReceiptRule = 'off',
): StatusReport {
  const deadline = deadlineOf(plan, month);
  const rows = submissionStatus(plan, units, month, results).map(
    (s): StatusRow => ({
      unit: s.unit,
      kindLabel: plan.kinds.get(s.unit.kind)?.label ?? s.unit.kind,
      state: s.state,
      ...(s.submitted !== undefined && { submitted: s.submitted }),
      ...(s.received !== undefined && { received: s.received }),
      datesDiffer: datesDiffer(s.submitted, s.received),
      ...(s.state === 'late' &&
        judgedDate(s.submitted, s.received) !== undefined && {
          daysLate: daysBetween(deadline, judgedDate(s.submitted, s.received)!),
        }),
      errors: s.errors,
      warnings: s.warnings,
      files: s.files.map((f) => f.file),
    }),
  );
  rows.sort(
    (a, b) => compareVi(a.unit.name, b.unit.name) || (a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0),
  );

  const count = (state: SubmissionState) => rows.filter((r) => r.state === state).length;
  const onTime = count('on-time');
  const late = count('late');
  const counts: SubmissionCounts = {
    expected: rows.length,
    received: onTime + late,
    onTime,
    late,
    invalid: count('invalid'),
    missing: count('missing'),
  };
  const rate = (n: number) => (counts.expected === 0 ? 0 : n / counts.expected);

  const known = new Set(units.map((u) => u.id));
  const strays = results
    .filter((r) => {
      const unit = r.submission?.unit ?? r.pathUnit;
      const period = r.submission?.period ?? r.pathPeriod;
      const aboutThisMonth = r.pathPeriod === month || r.submission?.period === month;
      return aboutThisMonth && !(unit !== undefined && known.has(unit) && period === month);
    })
    .map((r) => ({ file: r.file, errors: r.diagnostics.filter((d) => d.severity === 'error').length }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const counted = rows.filter((r) => r.state === 'on-time' || r.state === 'late');
  const receipts: StatusReceipts = {
    rule,
    differing: counted.flatMap((r) =>
      r.datesDiffer ? [{ file: r.files[0] ?? '', unit: r.unit, submitted: r.submitted!, received: r.received! }] : [],
    ),
    uncommitted: rule === 'git' ? counted.filter((r) => r.received === undefined).map((r) => r.files[0] ?? '') : [],
  };

  return {
    month,
    deadline,
    today,
    daysPastDeadline: daysBetween(deadline, today),
    rows,
    counts,
    reportingRate: rate(counts.received),
    onTimeRate: rate(onTime),
    strays,
    receipts,
  };
}

/** 1 when any unit is in one of the states named by --fail-on, else 0. */
export function statusExitCode(report: StatusReport, failOn: readonly SubmissionState[]): 0 | 1 {
  return report.rows.some((r) => failOn.includes(r.state)) ? 1 : 0;
}
