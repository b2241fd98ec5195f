import type { IndicatorInfo, PlanModel } from '../plan.js';
import type { RatioFigure, RatioRow } from '../report-model.js';
import type { Counted } from './counted.js';
import { valueOf } from './indicators.js';

/**
 * Σ numerator ÷ Σ denominator over the unit-months that reported both parts, so a unit that gave only
 * one half neither inflates nor deflates the ratio. Never a mean of units' percentages: a ward with
 * 10 dossiers must not weigh as much as one with 1,000.
 */
export function ratioOver(counted: Counted, unitIds: readonly string[], months: readonly string[], num: IndicatorInfo, den: IndicatorInfo): RatioFigure {
  let numerator = 0;
  let denominator = 0;
  let units = 0;
  for (const unitId of unitIds) {
    let n: number | undefined;
    let d: number | undefined;
    for (const month of months) {
      const a = valueOf(counted, unitId, month, num.task.id, num.indicator.id);
      const b = valueOf(counted, unitId, month, den.task.id, den.indicator.id);
      if (a === undefined || b === undefined) continue;
      n = num.indicator.kind === 'stock' ? a : (n ?? 0) + a;
      d = den.indicator.kind === 'stock' ? b : (d ?? 0) + b;
    }
    if (n === undefined || d === undefined) continue;
    units++;
    numerator += n;
    denominator += d;
  }
  return denominator === 0 ? { numerator, denominator, units } : { numerator, denominator, units, value: numerator / denominator };
}

export function ratioRows(plan: PlanModel, counted: Counted, unitIds: readonly string[], spans: { period: string[]; ytd: string[]; previous: string[] }): RatioRow[] {
  return plan.data.ratios.flatMap((r): RatioRow[] => {
    const num = plan.indicators.get(r.numerator);
    const den = plan.indicators.get(r.denominator);
    if (!num || !den) return [];
    const period = ratioOver(counted, unitIds, spans.period, num, den);
    const ytd = ratioOver(counted, unitIds, spans.ytd, num, den);
    const previous = ratioOver(counted, unitIds, spans.previous, num, den);
    const change = period.value !== undefined && previous.value !== undefined ? period.value - previous.value : undefined;
    return [{
      id: r.id,
      label: r.label,
      numerator: { ref: r.numerator, label: num.indicator.label },
      denominator: { ref: r.denominator, label: den.indicator.label },
      period, ytd, previous,
      ...(change === undefined ? {} : { change }),
    }];
  });
}
