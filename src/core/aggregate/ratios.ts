import type { PlanModel } from '../plan.js';
import type { RatioFigure, RatioRow } from '../report-model.js';
import type { ReportTally, SpanName } from './tally.js';

/**
 * Σ numerator ÷ Σ denominator over the unit-months that reported both parts, so a unit that gave only
 * one half neither inflates nor deflates the ratio. Never a mean of units' percentages: a ward with
 * 10 dossiers must not weigh as much as one with 1,000.
 */
function ratioOver(tally: ReportTally, span: SpanName, r: number): RatioFigure {
  let numerator = 0;
  let denominator = 0;
  let units = 0;
  for (let ui = 0; ui < tally.units.length; ui++) {
    const parts = tally.ratio(span, r, ui);
    if (!parts) continue;
    units++;
    numerator += parts.numerator;
    denominator += parts.denominator;
  }
  return denominator === 0
    ? { numerator, denominator, units }
    : { numerator, denominator, units, value: numerator / denominator };
}

export function ratioRows(plan: PlanModel, tally: ReportTally): RatioRow[] {
  const coverage = tally.spans.coverage;
  return plan.data.ratios.flatMap((r, i): RatioRow[] => {
    const num = plan.indicators.get(r.numerator);
    const den = plan.indicators.get(r.denominator);
    if (!num || !den) return [];
    const p = ratioOver(tally, 'period', i);
    const y = ratioOver(tally, 'ytd', i);
    const v = coverage === 'none' ? undefined : ratioOver(tally, 'previous', i);
    const change =
      coverage === 'whole' && p.value !== undefined && v?.value !== undefined ? p.value - v.value : undefined;
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
