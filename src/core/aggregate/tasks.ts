import type { PlanModel } from '../plan.js';
import type { GroupRow, IndicatorGap, IndicatorRow, TaskRow } from '../report-model.js';
import { changeOf, sumFigures } from './indicators.js';
import type { ReportTally, SpanName } from './tally.js';

/**
 * Results by group and task: every indicator over the period, the year to date and the previous
 * period; each task's status counts (each unit's latest status in the period) and its summaries.
 * Only units whose kind covers a group are expected to report its tasks.
 */
export function groupRows(plan: PlanModel, tally: ReportTally): { groups: GroupRow[]; gaps: IndicatorGap[] } {
  const { units, spans } = tally;
  const gapsByUnit = new Map<number, string[]>();
  // A gap is an indicator missing from a report the unit did send; a missing report is section I's business.
  const sent = units.map((_, ui) => tally.periodIndexes.some((_, p) => tally.cell(ui, p) !== undefined));
  const groups = plan.data.groups.map((group): GroupRow => {
    const expectedUnits = units.flatMap((u, i) =>
      (plan.kinds.get(u.kind)?.groups ?? []).includes(group.id) ? [i] : [],
    );
    const tasks = group.tasks.map((task): TaskRow => {
      const t = tally.taskIndexOf(task.id);
      const indicators = task.indicators.map((indicator): IndicatorRow => {
        const k = tally.indicatorIndex(task.id, indicator.id) ?? -1;
        const unitValues: (number | null)[] = units.map(() => null);
        const unitYtd: (number | null)[] = units.map(() => null);
        const over = (span: SpanName) => expectedUnits.map((ui) => tally.figure(span, ui, k));
        const periodFigures = over('period');
        const ytdFigures = over('ytd');
        expectedUnits.forEach((ui, n) => {
          unitValues[ui] = periodFigures[n]!.value ?? null;
          unitYtd[ui] = ytdFigures[n]!.value ?? null;
          if (sent[ui] && periodFigures[n]!.value === undefined) {
            const list = gapsByUnit.get(ui) ?? [];
            list.push(`${task.id}.${indicator.id}`);
            gapsByUnit.set(ui, list);
          }
        });
        const periodFigure = sumFigures(periodFigures, indicator.kind, spans.period.length);
        const previousFigure =
          spans.coverage === 'none' ? undefined : sumFigures(over('previous'), indicator.kind, spans.previous.length);
        const change = spans.coverage === 'whole' ? changeOf(periodFigure.value, previousFigure?.value) : undefined;
        return {
          ref: `${task.id}.${indicator.id}`,
          taskId: task.id,
          id: indicator.id,
          label: indicator.label,
          measure: indicator.unit,
          kind: indicator.kind,
          period: periodFigure,
          ytd: sumFigures(ytdFigures, indicator.kind, spans.ytd.length),
          ...(previousFigure === undefined ? {} : { previous: previousFigure }),
          ...(change === undefined ? {} : { change }),
          unitValues,
          unitYtd,
        };
      });

      const unitStatus: (string | null)[] = units.map(() => null);
      const summaries: TaskRow['summaries'] = [];
      const counts = new Map<string, number>(plan.data.task_statuses.map((s) => [s.id, 0]));
      for (const ui of expectedUnits) {
        const status = tally.latestStatus(ui, t);
        if (status !== undefined) {
          unitStatus[ui] = status;
          counts.set(status, (counts.get(status) ?? 0) + 1);
        }
        const summary = tally.latestSummary(ui, t);
        if (summary) summaries.push({ unit: ui, month: summary.month, text: summary.text });
      }
      const withStatus = unitStatus.filter((s) => s !== null).length;
      return {
        id: task.id,
        label: task.label,
        groupId: group.id,
        indicators,
        statusCounts: plan.data.task_statuses.map((s) => ({
          status: s.id,
          label: s.label,
          count: counts.get(s.id) ?? 0,
        })),
        expected: expectedUnits.length,
        notReported: expectedUnits.length - withStatus,
        unitStatus,
        summaries,
      };
    });
    return { id: group.id, label: group.label, tasks };
  });
  const gaps = [...gapsByUnit.entries()].sort((a, b) => a[0] - b[0]).map(([unit, refs]) => ({ unit, refs }));
  return { groups, gaps };
}
