import type { PlanModel } from '../plan.js';
import type { ModelCount, ModelItem, Models } from '../report-model.js';
import type { ModelEntry } from '../submission-schema.js';
import type { ReportTally } from './tally.js';

/** Statuses that count as "đạt hiệu quả" in the usual wording "X mô hình, Y điển hình đạt hiệu quả". */
const EFFECTIVE = new Set(['cong-nhan', 'nhan-rong']);

/**
 * Models and exemplars are a stock: a unit's latest list in the period is its list. An entry is new
 * this period when its `since` month falls in the period, or, without `since`, when the unit's last
 * list before the period (within the previous period) did not have it. An entry of an earlier list —
 * before the period or in its earlier months — that is missing from the latest list is reported as
 * disappeared, so nothing drops out of the count unseen.
 */
export function modelFigures(plan: PlanModel, tally: ReportTally): Models {
  const period = tally.spans.period;
  const first = period[0] ?? '';
  const last = period[period.length - 1] ?? '';
  /** The unit's latest list in the period; a submission without `models` is an empty list. */
  const latestList = (ui: number): { month: string; list: readonly ModelEntry[] } | undefined => {
    for (let p = period.length - 1; p >= 0; p--) {
      const cell = tally.cell(ui, p);
      if (cell) return { month: period[p]!, list: cell.models };
    }
    return undefined;
  };
  const items: ModelItem[] = [];
  const disappeared: Models['disappeared'] = [];
  let unitsWithList = 0;

  tally.units.forEach((_, ui) => {
    const latest = latestList(ui);
    if (!latest) return;
    unitsWithList++;
    const before = tally.previousList(ui);
    const beforeIds = before ? new Set(before.list.map((e) => e.id)) : undefined;
    const current = new Set<string>();
    for (const e of latest.list) {
      current.add(e.id);
      const isNew =
        e.since !== undefined ? e.since >= first && e.since <= last : beforeIds === undefined || !beforeIds.has(e.id);
      items.push({ ...entryOf(ui, e), month: latest.month, isNew });
    }
    // Earlier lists, oldest first, so the last sighting of an entry wins.
    const earlier: { month: string; list: readonly ModelEntry[] }[] = [];
    if (before) earlier.push(before);
    for (const [p, month] of period.entries()) {
      if (month >= latest.month) break;
      const cell = tally.cell(ui, p);
      if (cell) earlier.push({ month, list: cell.models });
    }
    const gone = new Map<string, Models['disappeared'][number]>();
    for (const { month, list } of earlier) {
      for (const e of list) {
        if (current.has(e.id)) continue;
        gone.set(e.id, { ...entryOf(ui, e), lastSeen: month });
      }
    }
    disappeared.push(...[...gone.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  });

  const counts: ModelCount[] = [];
  const key = (t: string, f: string, s: string) => `${t}\u0000${f}\u0000${s}`;
  const cube = new Map<string, ModelCount>();
  for (const t of plan.data.models.types) {
    for (const f of plan.data.models.fields) {
      for (const s of plan.data.models.statuses) {
        const c = { type: t.id, field: f.id, status: s.id, total: 0, new: 0 };
        cube.set(key(t.id, f.id, s.id), c);
        counts.push(c);
      }
    }
  }
  for (const item of items) {
    const c = cube.get(key(item.type, item.field, item.status));
    if (!c) continue;
    c.total++;
    if (item.isNew) c.new++;
  }
  const totals = (pick: (c: ModelCount) => boolean) => {
    let total = 0,
      fresh = 0,
      effective = 0;
    for (const c of counts) {
      if (!pick(c)) continue;
      total += c.total;
      fresh += c.new;
      if (EFFECTIVE.has(c.status)) effective += c.total;
    }
    return { total, new: fresh, effective };
  };
  const byType = plan.data.models.types.map((t) => ({ type: t.id, label: t.label, ...totals((c) => c.type === t.id) }));
  const byField = plan.data.models.fields.map((f) => {
    const perType = plan.data.models.types.map((t) => ({
      type: t.id,
      ...totals((c) => c.type === t.id && c.field === f.id),
    }));
    return { field: f.id, label: f.label, byType: perType, total: perType.reduce((n, t) => n + t.total, 0) };
  });
  return { items, counts, byType, byField, disappeared, unitsWithList };
}

/** A unit's model entry as both of the report's lists show it (optional fields left out when absent). */
function entryOf(unit: number, e: ModelEntry) {
  return {
    unit,
    id: e.id,
    type: e.type,
    name: e.name,
    field: e.field,
    status: e.status,
    ...(e.since === undefined ? {} : { since: e.since }),
    ...(e.result === undefined ? {} : { result: e.result }),
  };
}
