import type { Organisation } from '../config-schema.js';
import type { Period } from '../period.js';
import type { PlanModel } from '../plan.js';
import type { ReportModel } from '../report-model.js';
import type { Submission } from '../submission-schema.js';
import type { ReceiptRule } from '../submission-status.js';
import type { Registry } from '../units.js';
import { indexCounted } from './counted.js';
import { modelFigures } from './models.js';
import { narratives } from './narratives.js';
import { qualityFindings } from './quality.js';
import { ratioRows } from './ratios.js';
import { dataTable } from './records.js';
import { defaultReportDate } from './report-date.js';
import { submissionFigures } from './submissions.js';
import { ReportTally, type ReportResult } from './tally.js';
import { groupRows } from './tasks.js';

interface AggregateOptions {
  plan: PlanModel;
  registry: Registry;
  period: Period;
  organisation?: Organisation;
  number?: string;
  /** YYYY-MM-DD; default: `defaultReportDate`. */
  date?: string;
  /** How the results' receipt dates were found (see ReceiptRule); default 'off'. */
  receiptRule?: ReceiptRule;
}

export interface AggregateInput extends AggregateOptions {
  /**
   * Every file validated, of any month: the period, the year to date and the previous period are
   * taken from it. Without a tally, each result carries its whole submission (a FileResult).
   */
  results: readonly ReportResult[];
  /** Made for the same plan, registry and period, with the data of the results added as they arrived. */
  tally?: ReportTally;
}

/** Everything a period report says, from the validated files. Pure: same input, same model. */
export function aggregatePeriod(input: AggregateInput): ReportModel {
  const { plan, registry, period } = input;
  const tally = input.tally ?? new ReportTally(plan, registry, period);
  const { spans, units } = tally;
  // Months before the plan's first reporting month (or outside its year) are neither expected nor summed.
  const counted = indexCounted<ReportResult>(plan, registry.units, tally.months, input.results);
  if (input.tally) checkTally(tally, counted.get);
  else {
    for (const r of input.results) {
      const s = r.submission;
      if (s === undefined || counted.get(s.unit, s.period) !== s) continue;
      if (!('tasks' in s))
        throw new Error('aggregatePeriod: results without their data need the tally they were added to');
      tally.fold(s, s as Submission);
    }
  }
  const { groups, gaps } = groupRows(plan, tally);
  const p = plan.data;
  const model: Omit<ReportModel, 'data'> = {
    plan: {
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      date: p.date,
      year: p.year,
      deadlineDay: p.deadline_day,
    },
    period,
    comparison: tally.comparison,
    ytdMonths: spans.ytd,
    document: {
      organisation: input.organisation ?? {},
      ...(input.number === undefined ? {} : { number: input.number }),
      date: input.date ?? defaultReportDate(plan, period),
      dateIsDefault: input.date === undefined,
    },
    units: [...units],
    submissions: submissionFigures(plan, counted, units, spans.period, input.receiptRule),
    groups,
    ratios: ratioRows(plan, tally),
    models: modelFigures(plan, tally),
    ...narratives(tally),
    quality: { ...qualityFindings(input.results, counted, units, spans.period, tally.months, plan), gaps },
    vocab: {
      taskStatuses: p.task_statuses.map(({ id, label }) => ({ id, label })),
      modelTypes: p.models.types.map(({ id, label }) => ({ id, label })),
      modelFields: p.models.fields.map(({ id, label }) => ({ id, label })),
      modelStatuses: p.models.statuses.map(({ id, label }) => ({ id, label })),
      unitKinds: p.unit_kinds.map(({ id, label, groups: g }) => ({ id, label, groups: [...g] })),
    },
  };
  // The long table has a row per counted value: a year of 20,000 units is millions of rows. It is
  // made when a renderer reads it and not kept, since the tally holds the same numbers compactly.
  return Object.defineProperty(model, 'data', {
    enumerable: true,
    configurable: true,
    get: () => dataTable(tally),
    set(data: ReportModel['data']) {
      Object.defineProperty(model, 'data', { value: data, enumerable: true, writable: true, configurable: true });
    },
  }) as ReportModel;
}

/**
 * A tally filled as files arrived must hold exactly the files that count, each once: a unit whose
 * month turned out to have two files must have been forgotten and added again. Anything else is a
 * fault in the program, never in the data, and no report is written from it.
 */
function checkTally(tally: ReportTally, counted: (unit: string, month: string) => unknown): void {
  let folded = 0;
  let wrong = tally.addedTwice.size > 0;
  for (const [unit, month, stamp] of tally.foldedCells()) {
    folded++;
    if (counted(unit, month) !== stamp) wrong = true;
  }
  let counting = 0;
  for (const unit of tally.units) for (const month of tally.months) if (counted(unit.id, month)) counting++;
  if (wrong || folded !== counting)
    throw new Error('aggregatePeriod: the tally does not hold exactly the files that count');
}
