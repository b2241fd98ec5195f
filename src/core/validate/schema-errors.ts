import type { ErrorObject } from '../ajv.js';
import type { FormatKind, ValueKind } from '../diagnostics.js';
import { pathFromPointer } from '../setup-file.js';
import { fold, suggest } from '../suggest.js';
import type { DocPath, Span } from '../yaml-locate.js';
import type { SubmissionChecker } from './checker.js';
import { fieldAt } from './field.js';
import { pathKey, type Findings, type Locate } from './findings.js';
import { kindOfValue } from './parse-yaml.js';
import { suggestDate, suggestMonth, suggestId } from './suggest-format.js';

/**
 * Which keyword wins when ajv reports several for one value: the most basic mistake first, except
 * that a fixed value (the plan number) is best told as "write exactly this".
 */
const PRIORITY = ['const', 'type', 'enum', 'format', 'pattern', 'minLength', 'minimum', 'maximum'];
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

interface SchemaContext {
  checker: SubmissionChecker;
  at: Locate;
  /** Where the file's first key is written: a missing top-level key is reported there. */
  firstKey: () => Span;
  text: string;
  data: Record<string, unknown>;
  findings: Findings;
  /** Paths the number layer already reported. */
  skip: ReadonlySet<string>;
}

/**
 * Layer 3: ajv's errors become one finding per real mistake, at the key or value in the user's
 * file, naming the field by its label. ajv runs with allErrors, so one wrong value can produce a
 * type and an enum error: only the first by PRIORITY is kept.
 */
export function reportSchemaErrors(errors: readonly ErrorObject[], ctx: SchemaContext): void {
  const { checker, findings } = ctx;
  const byValue = new Map<string, ErrorObject[]>();
  const missing = new Map<string, string[]>();
  const modelIds = Array.isArray(ctx.data.models)
    ? ctx.data.models.map((m) => (m as { id?: unknown } | null)?.id)
    : undefined;
  const field = (path: DocPath) => fieldAt(checker.plan, checker.titles, path, modelIds);

  // A misspelt key ("submited") is told once, as unknown with "did you mean submitted": the key it
  // was meant to be is then not reported missing as well.
  const meant = new Set<string>();
  for (const e of errors) {
    const path = pathFromPointer(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      const suggestion = reportUnknownKey(
        [...path],
        (e.params as { additionalProperty: string }).additionalProperty,
        ctx,
        field,
      );
      if (suggestion) meant.add(`${e.instancePath}/${suggestion}`);
    } else if (e.keyword === 'required') {
      const list = missing.get(e.instancePath) ?? [];
      list.push((e.params as { missingProperty: string }).missingProperty);
      missing.set(e.instancePath, list);
    } else {
      const list = byValue.get(e.instancePath) ?? [];
      list.push(e);
      byValue.set(e.instancePath, list);
    }
  }

  for (const [pointer, all] of missing) {
    const keys = all.filter((k) => !meant.has(`${pointer}/${k}`));
    if (keys.length === 0) continue;
    const path = pathFromPointer(pointer);
    if (ctx.skip.has(pathKey(path)) || findings.hasAt(path)) continue;
    const titles =
      path.length === 0
        ? checker.titles.top
        : path[0] === 'reporter'
          ? checker.titles.reporter
          : path[0] === 'tasks'
            ? checker.titles.task
            : checker.titles.model;
    const where = path.length === 0 ? ctx.firstKey() : ctx.at(path, 'key');
    findings.error('schema-required', where, path, {
      parent: field(path),
      missing: keys.map((key) => ({ key, label: titles.get(key) })),
    });
  }

  for (const [pointer, list] of byValue) {
    const path = pathFromPointer(pointer);
    if (ctx.skip.has(pathKey(path)) || findings.hasAt(path)) continue;
    const e = [...list].sort((a, b) => rank(a.keyword) - rank(b.keyword))[0]!;
    if (isIndicatorsOfTaskWithout(checker, path)) {
      // The schema allows only an empty `indicators:` there: anything in it is the same mistake as an extra key.
      findings.error('task-without-indicators', ctx.at(path, 'key'), path, {
        task: String(path[1]),
        label: checker.plan.tasks.get(String(path[1]))?.task.label,
      });
      continue;
    }
    const value = valueAt(ctx.data, path);
    const span = ctx.at(path, 'value');
    const f = field(path);
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      findings.error('empty-value', span, path, { field: f });
      continue;
    }
    switch (e.keyword) {
      case 'const':
        findings.error('plan-mismatch', span, path, {
          value: show(value),
          expected: String((e.params as { allowedValue: unknown }).allowedValue),
          title: checker.plan.data.title,
        });
        break;
      case 'enum': {
        const allowed = vocabulary(checker, path).map((id) => ({ id, label: labelOf(checker, path, id) }));
        const text = show(value);
        const suggestion =
          suggest(
            text,
            allowed.map((a) => a.id),
          ) ?? allowed.find((a) => fold(a.label) === fold(text))?.id;
        findings.error('schema-enum', span, path, {
          field: f,
          value: text,
          allowed,
          ...(suggestion ? { suggestion } : {}),
        });
        break;
      }
      case 'minProperties':
        // The only such rule: tasks must name at least one task.
        findings.error('tasks-empty', ctx.at(path, 'key'), path, {});
        break;
      case 'pattern':
      case 'format': {
        if (e.keyword === 'format' && typeof value === 'string' && DATE_SHAPE.test(value)) {
          // The right shape, but no such day (2020-02-30, 2020-13-01).
          const month = Number(value.slice(5, 7));
          const monthDays =
            month >= 1 && month <= 12
              ? new Date(Date.UTC(Number(value.slice(0, 4)), month, 0)).getUTCDate()
              : undefined;
          findings.error('date-not-in-calendar', span, path, { field: f, value, ...(monthDays ? { monthDays } : {}) });
          break;
        }
        const format: FormatKind =
          e.keyword === 'format' ? 'date' : path.at(-1) === 'period' || path.at(-1) === 'since' ? 'month' : 'id';
        const text = show(value);
        const suggestion =
          format === 'date' ? suggestDate(text) : format === 'month' ? suggestMonth(text) : suggestId(text);
        findings.error('schema-format', span, path, {
          field: f,
          value: text,
          format,
          ...(suggestion && suggestion !== text ? { suggestion } : {}),
        });
        break;
      }
      case 'minimum':
        findings.error('negative-number', span, path, { field: f, text: show(value) });
        break;
      case 'maximum':
        findings.error('number-too-large', span, path, {
          field: f,
          text: show(value),
          max: Number((e.params as { limit: number }).limit),
        });
        break;
      default: {
        const expected = expectedKind(e);
        const text = ctx.text.slice(span.start, span.end).split(/\r?\n/)[0]?.slice(0, 60);
        findings.error('schema-type', span, path, {
          field: f,
          found: kindOfValue(value),
          expected,
          ...(text ? { text } : {}),
        });
      }
    }
  }
}

/** Reports a key the schema does not allow; returns the key it was probably meant to be. */
function reportUnknownKey(
  parent: (string | number)[],
  key: string,
  ctx: SchemaContext,
  field: (p: DocPath) => ReturnType<typeof fieldAt>,
): string | undefined {
  const { checker, findings } = ctx;
  const path = [...parent, key];
  const span = ctx.at(path, 'key');
  const plan = checker.plan;
  if (parent.length === 1 && parent[0] === 'tasks') {
    const suggestion = suggest(key, checker.taskIds);
    findings.error('unknown-task', span, path, {
      task: key,
      ...(suggestion ? { suggestion, suggestionLabel: plan.tasks.get(suggestion)?.task.label } : {}),
    });
    return suggestion;
  }
  if (parent.length === 2 && parent[0] === 'tasks' && key === 'indicators') {
    const task = String(parent[1]);
    findings.error('task-without-indicators', span, path, { task, label: plan.tasks.get(task)?.task.label });
    return undefined;
  }
  if (parent.length === 3 && parent[0] === 'tasks' && parent[2] === 'indicators') {
    const task = String(parent[1]);
    const ids = plan.tasks.get(task)?.task.indicators.map((i) => i.id) ?? [];
    const suggestion = suggest(key, ids);
    const otherTasks = (checker.tasksByIndicator.get(key) ?? []).filter((t) => t !== task);
    findings.error('unknown-indicator', span, path, {
      task,
      indicator: key,
      allowed: ids,
      otherTasks,
      ...(suggestion && otherTasks.length === 0
        ? { suggestion, suggestionLabel: plan.indicators.get(`${task}.${suggestion}`)?.indicator.label }
        : {}),
    });
    return otherTasks.length === 0 ? suggestion : undefined;
  }
  const allowed =
    parent.length === 0
      ? checker.topKeys
      : parent[0] === 'reporter'
        ? checker.reporterKeys
        : parent[0] === 'tasks'
          ? checker.taskKeys
          : parent[0] === 'models'
            ? checker.modelKeys
            : [];
  const suggestion = suggest(key, allowed);
  findings.error('unknown-key', span, path, {
    key,
    parent: field(parent),
    allowed,
    ...(suggestion ? { suggestion } : {}),
  });
  return suggestion;
}

function isIndicatorsOfTaskWithout(checker: SubmissionChecker, path: DocPath): boolean {
  return (
    path.length === 3 &&
    path[0] === 'tasks' &&
    path[2] === 'indicators' &&
    checker.plan.tasks.get(String(path[1]))?.task.indicators.length === 0
  );
}

function rank(keyword: string): number {
  const i = PRIORITY.indexOf(keyword);
  return i === -1 ? PRIORITY.length : i;
}

export function valueAt(data: unknown, path: DocPath): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function show(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

function vocabulary(checker: SubmissionChecker, path: DocPath): string[] {
  const map = vocabularyMap(checker, path);
  return map ? [...map.keys()] : [];
}

function vocabularyMap(checker: SubmissionChecker, path: DocPath): ReadonlyMap<string, string> | undefined {
  const p = checker.plan;
  if (path[0] === 'tasks') return p.taskStatuses;
  if (path[0] === 'models')
    return path[2] === 'type' ? p.modelTypes : path[2] === 'field' ? p.modelFields : p.modelStatuses;
  return undefined;
}

function labelOf(checker: SubmissionChecker, path: DocPath, id: string): string {
  return vocabularyMap(checker, path)?.get(id) ?? id;
}

function expectedKind(e: ErrorObject): ValueKind {
  const t = (e.params as { type?: string | string[] }).type;
  const first = Array.isArray(t) ? t[0] : t;
  switch (first) {
    case 'string':
      return 'text';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return 'mapping';
    default:
      return 'text';
  }
}
