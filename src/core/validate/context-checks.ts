import { dueMonths, firstMonth, MONTH_PATTERN } from '../period.js';
import type { PlanModel } from '../plan.js';
import { suggest } from '../suggest.js';
import type { Registry } from '../units.js';
import type { Findings, Locate } from './findings.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface ContextChecks {
  plan: PlanModel;
  registry?: Registry;
  today: string;
  at: Locate;
  data: Record<string, unknown>;
  findings: Findings;
  pathUnit?: string;
  pathPeriod?: string;
}

/**
 * Layer 5: what the file says against the world around it — the unit registry (is the unit known,
 * does its kind cover the tasks it reports, is a task missing), the calendar (the plan's year,
 * today) and the file's own path (`<YYYY-MM>/<unit>.yaml`). A value the schema already rejected is
 * not judged again.
 */
export function checkContext(ctx: ContextChecks): { dependsOnToday: boolean } {
  const { plan, registry, data, findings, at } = ctx;
  const unitId = typeof data.unit === 'string' && !findings.hasAt(['unit']) ? data.unit : undefined;
  const period =
    typeof data.period === 'string' && MONTH_PATTERN.test(data.period) && !findings.hasAt(['period'])
      ? data.period
      : undefined;
  const submitted =
    typeof data.submitted === 'string' && DATE.test(data.submitted) && !findings.hasAt(['submitted'])
      ? data.submitted
      : undefined;
  const tasks = isRecord(data.tasks) && !findings.hasAt(['tasks']) ? data.tasks : undefined;

  if (unitId !== undefined && ctx.pathUnit !== undefined && unitId !== ctx.pathUnit) {
    const known = registry
      ? { contentKnown: registry.byId.has(unitId), pathKnown: registry.byId.has(ctx.pathUnit) }
      : {};
    findings.error('unit-mismatch', at(['unit']), ['unit'], { content: unitId, path: ctx.pathUnit, ...known });
  }
  if (period !== undefined && ctx.pathPeriod !== undefined && period !== ctx.pathPeriod) {
    findings.error('period-mismatch', at(['period']), ['period'], { content: period, path: ctx.pathPeriod });
  }

  if (registry && unitId !== undefined) {
    const unit = registry.byId.get(unitId);
    if (!unit) {
      // The file's name is the best guess when it is a unit's id: `unit: bach-mai` in phuong-bach-mai.yaml.
      const fromPath = ctx.pathUnit !== undefined && registry.byId.has(ctx.pathUnit) ? ctx.pathUnit : undefined;
      const suggestion = fromPath ?? suggest(unitId, registry.byId.keys()) ?? suggestByName(unitId, registry);
      findings.error('unknown-unit', at(['unit']), ['unit'], {
        unit: unitId,
        ...(suggestion ? { suggestion, suggestionName: registry.byId.get(suggestion)?.name } : {}),
      });
    } else if (tasks) {
      const kind = plan.kinds.get(unit.kind);
      const groups = kind?.groups ?? [];
      for (const task of Object.keys(tasks)) {
        const info = plan.tasks.get(task);
        if (!info || groups.includes(info.group.id)) continue;
        findings.error('group-not-covered', at(['tasks', task], 'key'), ['tasks', task], {
          task,
          group: info.group.id,
          groupLabel: info.group.label,
          unit: unit.id,
          kind: unit.kind,
          kindLabel: kind?.label ?? unit.kind,
          groups: [...groups],
        });
      }
      // A task written with a typo ("MT4") is already reported with "did you mean MT.4": not missing too.
      const typoFor = new Set(
        Object.keys(tasks)
          .filter((k) => !plan.tasks.has(k))
          .map((k) => suggest(k, plan.tasks.keys())),
      );
      for (const group of plan.data.groups) {
        if (!groups.includes(group.id)) continue;
        for (const task of group.tasks) {
          if (task.id in tasks || typoFor.has(task.id)) continue;
          findings.warning('task-missing', at(['tasks'], 'key'), ['tasks'], { task: task.id, label: task.label });
        }
      }
    }
  }

  if (period !== undefined) {
    if (dueMonths([period], plan.data).length === 0) {
      findings.error('period-outside-plan', at(['period']), ['period'], {
        period,
        year: plan.data.year,
        first: firstMonth(plan.data),
      });
    } else if (period > ctx.today.slice(0, 7)) {
      findings.error('period-in-future', at(['period']), ['period'], { period, today: ctx.today });
    }
  }
  if (submitted !== undefined) {
    if (submitted > ctx.today) {
      findings.error('submitted-in-future', at(['submitted']), ['submitted'], { submitted, today: ctx.today });
    } else if (period !== undefined && !findings.hasAt(['period']) && submitted < `${period}-01`) {
      findings.error('submitted-before-period', at(['submitted']), ['submitted'], { submitted, period });
    }
  }
  // Today only moves forward: a file whose month and date are not after today gets the same
  // answer on every later day, so a stored result stays right. One that is after today may not.
  return {
    dependsOnToday:
      (period !== undefined && period > ctx.today.slice(0, 7)) || (submitted !== undefined && submitted > ctx.today),
  };
}

/** A unit written by name ("Phường Bạch Đằng") instead of by id. */
function suggestByName(text: string, registry: Registry): string | undefined {
  const byName = new Map(registry.units.map((u) => [u.name, u.id]));
  const name = suggest(text, byName.keys());
  return name === undefined ? undefined : byName.get(name);
}

/** Unit and month from a path `…/<YYYY-MM>/<unit>.yaml`; nothing when the path has another shape. */
export function pathShape(file: string): { pathUnit?: string; pathPeriod?: string } {
  // String steps rather than a split and a regular expression: this runs for every file.
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const name = file.slice(cut + 1);
  const parent = cut > 0 ? file.slice(0, cut) : '';
  const folder = parent.slice(Math.max(parent.lastIndexOf('/'), parent.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if ((ext !== 'yaml' && ext !== 'yml') || /[\n\r\u2028\u2029]/.test(name) || !MONTH_PATTERN.test(folder)) return {};
  return { pathUnit: name.slice(0, dot), pathPeriod: folder };
}
