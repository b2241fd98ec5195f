import type { ReportModel } from '../core/report-model.js';
import {
  comparisonLabel,
  dateShort,
  numberLine,
  periodLabel,
  placeDateLine,
  planSubject,
  spanLabel,
} from './vi-format.js';

/*
 * The names a report gives its plan, periods and document, worked out once for the Markdown report
 * and the workbook so that their headings always agree. Plain text: each renderer escapes it for itself.
 */
export interface ReportLabels {
  /** "triển khai …" from "Kế hoạch triển khai …". */
  planSubject: string;
  planDate: string;
  period: string;
  /** The previous period with the months it holds when only part of it is inside the plan. */
  previous: string;
  /** The previous period's own name, whatever part of it is inside the plan. */
  previousPeriod: string;
  ytd: string;
  numberLine: string;
  dateLine: string;
  date: string;
}

export function reportLabels(model: ReportModel): ReportLabels {
  const o = model.document.organisation;
  return {
    planSubject: planSubject(model.plan.title),
    planDate: dateShort(model.plan.date),
    period: periodLabel(model.period),
    previous: comparisonLabel(model.comparison),
    previousPeriod: periodLabel(model.comparison.period),
    ytd: spanLabel(model.ytdMonths),
    numberLine: numberLine(model.document.number, o.number_suffix),
    dateLine: placeDateLine(o.place, model.document.date),
    date: dateShort(model.document.date),
  };
}
