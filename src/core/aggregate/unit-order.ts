import type { PlanModel } from '../plan.js';
import type { ReportUnit } from '../report-model.js';
import type { Unit } from '../units.js';

const collator = new Intl.Collator('vi');

/** Vietnamese collation ("Đ" after "D", tones after the bare letter), the order a reader expects. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Report order: by unit kind in the plan's order (wards first, then the district bodies, as district
 * reports list them), then by name in Vietnamese collation, then by id so equal names stay stable.
 */
export function orderUnits(plan: PlanModel, units: readonly Unit[]): ReportUnit[] {
  const kindRank = new Map(plan.data.unit_kinds.map((k, i) => [k.id, i]));
  return [...units]
    .sort(
      (a, b) =>
        (kindRank.get(a.kind) ?? Number.MAX_SAFE_INTEGER) - (kindRank.get(b.kind) ?? Number.MAX_SAFE_INTEGER) ||
        compareVi(a.name, b.name) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((u) => ({ id: u.id, name: u.name, kind: u.kind, kindLabel: plan.kinds.get(u.kind)?.label ?? u.kind }));
}
