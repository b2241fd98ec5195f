import type { Narrative } from '../report-model.js';
import type { ReportTally } from './tally.js';

/** Difficulties and proposals of the period, each quoted with its unit and month, in unit then month order. */
export function narratives(tally: ReportTally): { difficulties: Narrative[]; proposals: Narrative[] } {
  const difficulties: Narrative[] = [];
  const proposals: Narrative[] = [];
  const months = tally.spans.period;
  tally.units.forEach((_, ui) => {
    months.forEach((month, p) => {
      const cell = tally.cell(ui, p);
      if (cell?.difficulties) difficulties.push({ unit: ui, month, text: cell.difficulties });
      if (cell?.proposals) proposals.push({ unit: ui, month, text: cell.proposals });
    });
  });
  return { difficulties, proposals };
}
