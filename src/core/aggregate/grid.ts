import type { IndicatorInfo, PlanModel } from '../plan.js';
import type { ReportUnit } from '../report-model.js';
import type { Submission } from '../submission-schema.js';
import type { Counted } from './counted.js';

/**
 * The counted submissions laid out by unit (in report order) and month, with their indicator
 * values unpacked into numbers once. A city's year asks for the same value up to four times (the
 * period, the year to date, ratios, the long table): reading it from an array, not through two maps
 * and three property look-ups, is what keeps the aggregation of 36,000 reports under a second.
 */
export interface Grid {
  units: readonly ReportUnit[];
  /** Every month any span needs, sorted. */
  months: readonly string[];
  /** The plan's indicators in plan order: index k of a value. */
  indicators: readonly IndicatorInfo[];
  /** Index k of a task's indicator; undefined if the plan has no such indicator. */
  indicatorIndex(taskId: string, indicatorId: string): number | undefined;
  /** Indexes of months in `months` (months not there are left out). */
  monthIndexes(months: readonly string[]): number[];
  /** The submission counted for units[ui] in months[mi], if any. */
  submission(ui: number, mi: number): Submission | undefined;
  /** Its indicator values by k, NaN where it reported none; undefined when nothing is counted. */
  values(ui: number, mi: number): Float64Array | undefined;
}

export function buildGrid(
  plan: PlanModel,
  counted: Counted,
  units: readonly ReportUnit[],
  months: readonly string[],
): Grid {
  const indicators = [...plan.indicators.values()];
  const byTask = new Map<string, Map<string, number>>();
  indicators.forEach((info, k) => {
    const m = byTask.get(info.task.id) ?? new Map<string, number>();
    m.set(info.indicator.id, k);
    byTask.set(info.task.id, m);
  });
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const width = months.length;
  const submissions: (Submission | undefined)[] = new Array(units.length * width);
  // Only counted unit-months get an array: a country's month is 70,000 units, most of them one month.
  const values: (Float64Array | undefined)[] = new Array(units.length * width);
  units.forEach((unit, ui) => {
    months.forEach((month, mi) => {
      const s = counted.get(unit.id, month);
      if (!s) return;
      submissions[ui * width + mi] = s;
      const row = new Float64Array(indicators.length).fill(Number.NaN);
      for (const [taskId, report] of Object.entries(s.tasks)) {
        const ids = byTask.get(taskId);
        if (!ids || !report?.indicators) continue;
        for (const [id, value] of Object.entries(report.indicators)) {
          const k = ids.get(id);
          if (k !== undefined && typeof value === 'number') row[k] = value;
        }
      }
      values[ui * width + mi] = row;
    });
  });
  return {
    units,
    months,
    indicators,
    indicatorIndex: (taskId, indicatorId) => byTask.get(taskId)?.get(indicatorId),
    monthIndexes: (list) => list.flatMap((m) => (monthIndex.has(m) ? [monthIndex.get(m)!] : [])),
    submission: (ui, mi) => submissions[ui * width + mi],
    values: (ui, mi) => values[ui * width + mi],
  };
}
