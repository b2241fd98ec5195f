import type { PlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import type { Lang } from '../i18n/lang.js';
import { ui } from '../i18n/ui.js';
import { formatDate } from './format.js';
import { renderTable } from './text-table.js';

export function renderPlan(plan: PlanModel, lang: Lang): string {
  const t = ui[lang];
  const p = plan.data;
  const rows: string[][] = [];
  for (const group of p.groups) {
    rows.push([group.id, group.label.toLocaleUpperCase('vi'), '', '']);
    for (const task of group.tasks) {
      rows.push([task.id, task.label, '', '']);
      for (const ind of task.indicators) rows.push([`  ${ind.id}`, `  ${ind.label}`, ind.unit, t[ind.kind]]);
    }
  }
  const head = `${t.planHeading(p.number, p.title)}\n${t.planIssued(p.issuer, formatDate(p.date, lang), p.deadline_day)}\n\n`;
  return (
    head +
    renderTable([{ title: t.id }, { title: t.task, maxWidth: 72 }, { title: t.measure }, { title: t.kind }], rows)
  );
}

export function renderUnits(plan: PlanModel, registry: Registry, lang: Lang): string {
  const t = ui[lang];
  const rows = registry.units.map((u) => [
    u.id,
    u.name,
    plan.kinds.get(u.kind)?.label ?? u.kind,
    (plan.kinds.get(u.kind)?.groups ?? []).join(', '),
    u.parent ?? '',
  ]);
  return `${renderTable(
    [{ title: t.id }, { title: t.unitName }, { title: t.unitKind }, { title: t.groups }, { title: t.parent }],
    rows,
  )}\n${t.unitsSummary(registry.units.length)}\n`;
}
