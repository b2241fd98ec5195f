import type { Organisation } from '../config-schema.js';
import type { FileResult } from '../file-result.js';
import { comparisonFor, dueMonths, yearToDate, type Period } from '../period.js';
import type { PlanModel } from '../plan.js';
import type { ReportModel } from '../report-model.js';
import type { ReceiptRule } from '../submission-status.js';
import type { Registry } from '../units.js';
import { indexCounted } from './counted.js';
import { buildGrid } from './grid.js';
import { modelFigures } from './models.js';
import { narratives } from './narratives.js';
import { qualityFindings } from './quality.js';
import { ratioRows } from './ratios.js';
import { dataRecords } from './records.js';
import { defaultReportDate } from './report-date.js';
import { submissionFigures } from './submissions.js';
import { groupRows } from './tasks.js';
import { orderUnits } from './unit-order.js';

export interface AggregateInput {
  plan: PlanModel;
  registry: Registry;
  period: Period;
  /** Every file validated, of any month: the period, the year to date and the previous period are taken from it. */
  results: readonly FileResult[];
  organisation?: Organisation;
  number?: string;
  /** YYYY-MM-DD; default: `defaultReportDate`. */
  date?: string;
  /** How the results' receipt dates were found (see ReceiptRule); default 'off'. */
  receiptRule?: ReceiptRule;
}

/** Everything a period report says, from the validated files. Pure: same input, same model. */
export function aggregatePeriod(input: AggregateInput): ReportModel {
  const { plan, registry, period, results } = input;
  // Months before the plan's first reporting month (or outside its year) are neither expected nor summed.
  const comparison = comparisonFor(period, plan.data);
  const ytd = dueMonths(yearToDate(period), plan.data);
  const periodMonths = dueMonths(period.months, plan.data);
  const previousMonths = comparison.months;
  const spans = { period: periodMonths, ytd, previous: previousMonths, coverage: comparison.coverage };
  const months = [...new Set([...previousMonths, ...ytd, ...periodMonths])].sort();
  const counted = indexCounted(plan, registry.units, months, results);
  const units = orderUnits(plan, registry.units);
  const grid = buildGrid(plan, counted, units, months);
  const { groups, gaps } = groupRows(plan, grid, spans);
  const p = plan.data;
  return {
    plan: {
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      date: p.date,
      year: p.year,
      deadlineDay: p.deadline_day,
    },
    period,
    comparison,
    ytdMonths: ytd,
    document: {
      organisation: input.organisation ?? {},
      ...(input.number === undefined ? {} : { number: input.number }),
      date: input.date ?? defaultReportDate(plan, period),
      dateIsDefault: input.date === undefined,
    },
    units,
    submissions: submissionFigures(plan, counted, units, periodMonths, input.receiptRule),
    groups,
    ratios: ratioRows(plan, grid, spans),
    models: modelFigures(plan, grid, periodMonths, previousMonths),
    ...narratives(grid, periodMonths),
    quality: { ...qualityFindings(results, counted, units, periodMonths, months, plan), gaps },
    records: dataRecords(grid, periodMonths),
    vocab: {
      taskStatuses: p.task_statuses.map(({ id, label }) => ({ id, label })),
      modelTypes: p.models.types.map(({ id, label }) => ({ id, label })),
      modelFields: p.models.fields.map(({ id, label }) => ({ id, label })),
      modelStatuses: p.models.statuses.map(({ id, label }) => ({ id, label })),
      unitKinds: p.unit_kinds.map(({ id, label, groups: g }) => ({ id, label, groups: [...g] })),
    },
  };
}
