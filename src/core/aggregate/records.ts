import type { DataTable } from '../report-model.js';
import type { ReportTally } from './tally.js';

/**
 * Every value counted in the period, one row per unit, month and indicator, in unit, month and plan
 * order (the long table for pivots). Made straight into columns: counted first, then filled, with no
 * object per row.
 */
export function dataTable(tally: ReportTally): DataTable {
  const months = tally.spans.period;
  const valuesAt = (ui: number, p: number) => tally.cell(ui, p)?.values;
  let length = 0;
  for (let ui = 0; ui < tally.units.length; ui++)
    for (let p = 0; p < months.length; p++) {
      const row = valuesAt(ui, p);
      if (row) for (const value of row) if (!Number.isNaN(value)) length++;
    }
  const table: DataTable = {
    length,
    unit: new Int32Array(length),
    month: new Uint16Array(length),
    months: [...months],
    ref: new Uint16Array(length),
    refs: tally.indicators.map((i) => i.ref),
    value: new Float64Array(length),
  };
  let i = 0;
  for (let ui = 0; ui < tally.units.length; ui++)
    for (let p = 0; p < months.length; p++) {
      const row = valuesAt(ui, p);
      if (!row) continue;
      for (let k = 0; k < row.length; k++) {
        const value = row[k]!;
        if (Number.isNaN(value)) continue;
        table.unit[i] = ui;
        table.month[i] = p;
        table.ref[i] = k;
        table.value[i++] = value;
      }
    }
  return table;
}
