import type { DataRecord } from '../report-model.js';
import type { Grid } from './grid.js';

/** Every value counted in the period, one per unit, month and indicator, in unit, month and plan order (the long table for pivots). */
export function dataRecords(grid: Grid, months: readonly string[]): DataRecord[] {
  const records: DataRecord[] = [];
  const indexes = grid.monthIndexes(months);
  for (let ui = 0; ui < grid.units.length; ui++) {
    for (const mi of indexes) {
      const row = grid.values(ui, mi);
      if (!row) continue;
      const month = grid.months[mi]!;
      for (let k = 0; k < row.length; k++) {
        const value = row[k]!;
        if (!Number.isNaN(value)) records.push({ unit: ui, month, ref: grid.indicators[k]!.ref, value });
      }
    }
  }
  return records;
}
