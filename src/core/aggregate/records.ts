import type { PlanModel } from '../plan.js';
import type { DataRecord, ReportUnit } from '../report-model.js';
import type { Counted } from './counted.js';

/** Every value counted in the period, one per unit, month and indicator, in unit, month and plan order (the long table for pivots). */
export function dataRecords(plan: PlanModel, counted: Counted, units: readonly ReportUnit[], months: readonly string[]): DataRecord[] {
  const records: DataRecord[] = [];
  const indicators = [...plan.indicators.values()];
  units.forEach((unit, ui) => {
    for (const month of months) {
      const s = counted.get(unit.id, month);
      if (!s) continue;
      for (const info of indicators) {
        const value = s.tasks[info.task.id]?.indicators?.[info.indicator.id];
        if (value !== undefined) records.push({ unit: ui, month, ref: info.ref, value });
      }
    }
  });
  return records;
}
