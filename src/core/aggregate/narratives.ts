import type { Narrative } from '../report-model.js';
import type { Grid } from './grid.js';

/** Difficulties and proposals of the period, each quoted with its unit and month, in unit then month order. */
export function narratives(
  grid: Grid,
  months: readonly string[],
): { difficulties: Narrative[]; proposals: Narrative[] } {
  const difficulties: Narrative[] = [];
  const proposals: Narrative[] = [];
  const indexes = grid.monthIndexes(months);
  grid.units.forEach((_, ui) => {
    for (const mi of indexes) {
      const s = grid.submission(ui, mi);
      const d = s?.difficulties?.trim();
      const p = s?.proposals?.trim();
      if (d) difficulties.push({ unit: ui, month: grid.months[mi]!, text: d });
      if (p) proposals.push({ unit: ui, month: grid.months[mi]!, text: p });
    }
  });
  return { difficulties, proposals };
}
