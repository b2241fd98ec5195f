import type { Narrative, ReportUnit } from '../report-model.js';
import type { Counted } from './counted.js';

/** Difficulties and proposals of the period, each quoted with its unit and month, in unit then month order. */
export function narratives(counted: Counted, units: readonly ReportUnit[], months: readonly string[]): { difficulties: Narrative[]; proposals: Narrative[] } {
  const difficulties: Narrative[] = [];
  const proposals: Narrative[] = [];
  units.forEach((unit, ui) => {
    for (const month of months) {
      const s = counted.get(unit.id, month);
      const d = s?.difficulties?.trim();
      const p = s?.proposals?.trim();
      if (d) difficulties.push({ unit: ui, month, text: d });
      if (p) proposals.push({ unit: ui, month, text: p });
    }
  });
  return { difficulties, proposals };
}
