import type { DataRecord } from '../report-model.js';
import type { ReportTally } from './tally.js';

/** Every value counted in the period, one per unit, month and indicator, in unit, month and plan order (the long table for pivots). */
export function dataRecords(tally: ReportTally): DataRecord[] {
  const records: DataRecord[] = [];
  const months = tally.spans.period;
  for (let ui = 0; ui < tally.units.length; ui++) {
    months.forEach((month, p) => {
      const row = tally.cell(ui, p)?.values;
      if (!row) return;
      for (let k = 0; k < row.length; k++) {
        const value = row[k]!;
        if (!Number.isNaN(value)) records.push({ unit: ui, month, ref: tally.indicators[k]!.ref, value });
      }
    });
  }
  return records;
}
