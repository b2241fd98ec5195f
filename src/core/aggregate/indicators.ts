import type { PlanIndicator } from '../plan-schema.js';
import type { Change, Figure } from '../report-model.js';
import type { Counted } from './counted.js';

/** A unit's own figure for one indicator over a span, before summing over units. */
export interface UnitFigure {
  value?: number;
  /** Months of the span with a value. */
  months: number;
}

/** The value a unit reported for an indicator in a month, or undefined ("not reported", not 0). */
export function valueOf(counted: Counted, unitId: string, month: string, taskId: string, indicatorId: string): number | undefined {
  return counted.get(unitId, month)?.tasks[taskId]?.indicators?.[indicatorId];
}

/**
 * Over months, a flow is the sum of the months reported and a stock is the latest month reported
 * (a level at the end of the span, never a sum of levels).
 */
export function unitFigure(counted: Counted, unitId: string, months: readonly string[], taskId: string, indicator: PlanIndicator): UnitFigure {
  let value: number | undefined;
  let reported = 0;
  for (const month of months) {
    const v = valueOf(counted, unitId, month, taskId, indicator.id);
    if (v === undefined) continue;
    reported++;
    value = indicator.kind === 'stock' ? v : (value ?? 0) + v;
  }
  return { value, months: reported };
}

/** Sums units' figures; units with nothing reported are counted as missing, not as zero. */
export function sumFigures(figures: readonly UnitFigure[], kind: PlanIndicator['kind'], spanMonths: number): Figure {
  let value: number | undefined;
  let reported = 0;
  let partial = 0;
  for (const f of figures) {
    if (f.value === undefined) continue;
    reported++;
    value = (value ?? 0) + f.value;
    if (kind === 'flow' && f.months < spanMonths) partial++;
  }
  return { value, expected: figures.length, reported, missing: figures.length - reported, partial };
}

export function changeOf(current: number | undefined, previous: number | undefined): Change | undefined {
  if (current === undefined || previous === undefined) return undefined;
  const absolute = current - previous;
  return previous === 0 ? { absolute } : { absolute, relative: absolute / previous };
}
