import type { IndicatorInfo, PlanModel } from '../plan.js';
import type { RatioFigure, RatioRow } from '../report-model.js';
import type { Grid } from './grid.js';
import type { Spans } from './tasks.js';

/**
 * Σ numerator ÷ Σ denominator over the unit-months that reported both parts, so a unit that gave only
 * one half neither inflates nor deflates the ratio. Never a mean of units' percentages: a ward with
 * 10 dossiers must not weigh as much as one with 1,000.
 */
export function ratioOver(grid: Grid, months: readonly number[], num: IndicatorInfo, den: IndicatorInfo): RatioFigure {
  const kn = grid.indicatorIndex(num.task.id, num.indicator.id);
  const kd = grid.indicatorIndex(den.task.id, den.indicator.id);
  let numerator = 0;
  let denominator = 0;
  let units = 0;
  for (let ui = 0; ui < grid.units.length && kn !== undefined && kd !== undefined; ui++) {
    let n: number | undefined;
    let d: number | undefined;
    for (const mi of months) {
      const row = grid.values(ui, mi);
      const a = row?.[kn];
      const b = row?.[kd];
      if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) continue;
      n = num.indicator.kind === 'stock' ? a : (n ?? 0) + a;
      d = den.indicator.kind === 'stock' ? b : (d ?? 0) + b;
    }
    if (n === undefined || d === undefined) continue;
    units++;
    numerator += n;
    denominator += d;
  }
  return denominator === 0
    ? { numerator, denominator, units }
    : { numerator, denominator, units, value: numerator / denominator };
}

export function ratioRows(plan: PlanModel, grid: Grid, spans: Spans): RatioRow[] {
  const [period, ytd, previous] = [spans.period, spans.ytd, spans.previous].map((m) => grid.monthIndexes(m)) as [
    number[],
    number[],
    number[],
  ];
  return plan.data.ratios.flatMap((r): RatioRow[] => {
    const num = plan.indicators.get(r.numerator);
    const den = plan.indicators.get(r.denominator);
    if (!num || !den) return [];
    const p = ratioOver(grid, period, num, den);
    const y = ratioOver(grid, ytd, num, den);
    const v = spans.coverage === 'none' ? undefined : ratioOver(grid, previous, num, den);
    const change =
      spans.coverage === 'whole' && p.value !== undefined && v?.value !== undefined ? p.value - v.value : undefined;
    return [
      {
        id: r.id,
        label: r.label,
        numerator: { ref: r.numerator, label: num.indicator.label },
        denominator: { ref: r.denominator, label: den.indicator.label },
        period: p,
        ytd: y,
        ...(v === undefined ? {} : { previous: v }),
        ...(change === undefined ? {} : { change }),
      },
    ];
  });
}
