import type { PlanIndicator } from '../plan-schema.js';
import type { Change, Figure } from '../report-model.js';
import type { UnitFigure } from './tally.js';

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
