import type { PlanIndicator } from '../plan-schema.js';
import type { Change, Figure } from '../report-model.js';
import type { Grid } from './grid.js';

/** A unit's own figure for one indicator over a span, before summing over units. */
export interface UnitFigure {
  value?: number;
  /** Months of the span with a value. */
  months: number;
}

/**
 * Over months, a flow is the sum of the months reported and a stock is the latest month reported
 * (a level at the end of the span, never a sum of levels). `months` are grid month indexes, in order.
 */
export function unitFigure(
  grid: Grid,
  ui: number,
  months: readonly number[],
  k: number,
  kind: PlanIndicator['kind'],
): UnitFigure {
  let value: number | undefined;
  let reported = 0;
  for (const mi of months) {
    const v = grid.values(ui, mi)?.[k];
    if (v === undefined || Number.isNaN(v)) continue;
    reported++;
    value = kind === 'stock' ? v : (value ?? 0) + v;
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
