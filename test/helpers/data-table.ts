import type { DataTable } from '../../src/core/report-model.js';

/** A row of the long table, spelled out: what the tests write and compare. */
export interface DataRow {
  unit: number;
  month: string;
  ref: string;
  value: number;
}

/** The model's long table as rows. */
export function rowsOf(table: DataTable): DataRow[] {
  return Array.from({ length: table.length }, (_, i) => ({
    unit: table.unit[i]!,
    month: table.months[table.month[i]!]!,
    ref: table.refs[table.ref[i]!]!,
    value: table.value[i]!,
  }));
}

/** A long table holding these rows, in this order. */
export function tableOf(rows: readonly DataRow[]): DataTable {
  const months = [...new Set(rows.map((r) => r.month))];
  const refs = [...new Set(rows.map((r) => r.ref))];
  return {
    length: rows.length,
    unit: Int32Array.from(rows, (r) => r.unit),
    month: Uint16Array.from(rows, (r) => months.indexOf(r.month)),
    months,
    ref: Uint16Array.from(rows, (r) => refs.indexOf(r.ref)),
    refs,
    value: Float64Array.from(rows, (r) => r.value),
  };
}
