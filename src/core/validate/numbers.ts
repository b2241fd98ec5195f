import type { PlanModel } from '../plan.js';
import { MAX_COUNT } from '../submission-schema.js';
import type { FieldTitles } from './field.js';
import { fieldAt } from './field.js';
import type { Findings } from './findings.js';
import { pathKey } from './findings.js';
import type { Span } from '../yaml-locate.js';

/*
 * Indicator values are counts typed by hand, and YAML reads more than plain digits as numbers.
 * Decisions (documented in the README):
 *   412          a count.
 *   1.000        Vietnamese thousands separator, which YAML reads as 1 → `thousands-separator`
 *                (also "1,000", 1_000, "1 000").
 *   2.5, .5, 2,5 → `not-integer`.   -5 → `negative-number`.   "12" → `number-as-string`.
 *   0x10, 0o17, 1e3, +5, 12.0, .inf → `number-format`: YAML would read a number the official may not
 *                have meant; write the plain digits.
 *   beyond MAX_COUNT (10^10) → `number-too-large`, decided on the source text (a parsed number past 2^53 is already rounded).
 * Every other value (words, lists, true/false) is left to the schema ("found text, expected a whole number").
 */
const DIGITS = /^[0-9]+$/;
const GROUPED = /^[0-9]{1,3}([.,_  \u202f][0-9]{3})+$/;
const UNDERSCORED = /^[0-9]+(_[0-9]+)+$/;

/**
 * An indicator's value as written, read from the yaml Document (exact path) or from the fast path's
 * positions: everything the number check looks at.
 */
export interface IndicatorValue {
  task: string;
  id: string;
  /** Where the key is written: an empty value has no text of its own to point at. */
  key: Span;
  /**
   * The value: null when there is none, undefined when it is a list or a mapping (the schema's to
   * report). `value` as YAML read it (before NFC), `source` the text of a plain value or the content
   * of a quoted one.
   */
  scalar: { value: unknown; source?: string; quoted: boolean; span?: Span; tagged?: boolean } | null | undefined;
}

/**
 * Checks each indicator value against its source text. Returns the document paths it reported,
 * so the schema layer does not report the same value a second time.
 */
export function checkIndicatorNumbers(
  values: readonly IndicatorValue[],
  plan: PlanModel,
  titles: FieldTitles,
  findings: Findings,
): Set<string> {
  const reported = new Set<string>();
  for (const { task, id, key, scalar } of values) {
    if (scalar === undefined) continue;
    // An unknown indicator or task is the schema's to report; its value does not matter then.
    if (!plan.indicators.has(`${task}.${id}`)) continue;
    const path = ['tasks', task, 'indicators', id];
    const found = classifyValue(scalar?.value, (scalar?.source ?? '').trim());
    if (!found) continue;
    const field = fieldAt(plan, titles, path);
    const span = scalar?.span ?? key;
    const text = scalar?.quoted ? `"${String(scalar.value)}"` : (scalar?.source ?? String(scalar?.value)).trim();
    if (found.code === 'empty-value') findings.error('empty-value', key, path, { field });
    else if (found.code === 'number-as-string' && scalar?.tagged)
      findings.error('number-tagged-as-text', span, path, {
        field,
        text: `!!str ${text}`,
        suggestion: found.extra ?? text,
      });
    else if (found.code === 'number-as-string')
      findings.error('number-as-string', span, path, { field, text, suggestion: found.extra ?? text });
    else if (found.code === 'thousands-separator')
      findings.error('thousands-separator', span, path, { field, text, digits: found.extra ?? '' });
    else if (found.code === 'number-too-large')
      findings.error('number-too-large', span, path, { field, text, max: MAX_COUNT });
    else if (found.code === 'number-format')
      findings.error('number-format', span, path, { field, text, value: found.extra ?? '' });
    else findings.error(found.code, span, path, { field, text });
    reported.add(pathKey(path));
  }
  return reported;
}

type NumberProblem =
  | 'empty-value'
  | 'number-as-string'
  | 'negative-number'
  | 'not-integer'
  | 'number-too-large'
  | 'number-format'
  | 'thousands-separator';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The same judgement on plain data, for the fast path: whether any indicator value would get a
 * finding here. There every number was written as plain digits (anything else never reaches it),
 * so the number printed is the text written.
 */
export function hasIndicatorNumberProblem(data: Record<string, unknown>, plan: PlanModel): boolean {
  const tasks = data.tasks;
  if (!isRecord(tasks)) return false;
  for (const task in tasks) {
    const entry = tasks[task];
    if (!isRecord(entry) || !isRecord(entry.indicators)) continue;
    const indicators = entry.indicators;
    for (const id in indicators) {
      const value = indicators[id];
      // The usual case, decided without text: a whole number in range is what classify accepts.
      if (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= 0 &&
        value <= MAX_COUNT &&
        !Object.is(value, -0)
      )
        continue;
      if (value !== null && typeof value === 'object') continue;
      if (!plan.indicators.has(`${task}.${id}`)) continue;
      if (classifyValue(value, typeof value === 'number' ? String(value) : '') !== undefined) return true;
    }
  }
  return false;
}

function classifyValue(value: unknown, source: string): { code: NumberProblem; extra?: string } | undefined {
  if (value === null || value === undefined) return { code: 'empty-value' };
  if (typeof value === 'number') {
    if (DIGITS.test(source)) return BigInt(source) > BigInt(MAX_COUNT) ? { code: 'number-too-large' } : undefined;
    if (/^[0-9]{1,3}(\.[0-9]{3})+$/.test(source))
      return { code: 'thousands-separator', extra: source.replace(/\./g, '') };
    if (Number.isNaN(value)) return { code: 'number-format', extra: 'NaN' };
    if (value < 0 || Object.is(value, -0)) return { code: 'negative-number' };
    if (!Number.isFinite(value))
      return /inf/i.test(source) ? { code: 'number-format', extra: '∞' } : { code: 'number-too-large' };
    if (!Number.isInteger(value)) return { code: 'not-integer' };
    if (value > MAX_COUNT) return { code: 'number-too-large' };
    return { code: 'number-format', extra: String(value) };
  }
  if (typeof value === 'string') {
    const t = value.trim();
    if (t === '') return { code: 'empty-value' };
    if (/^[+-]?[0-9]+$/.test(t)) return { code: 'number-as-string', extra: t.replace(/^\+/, '') };
    if (GROUPED.test(t) || UNDERSCORED.test(t)) return { code: 'thousands-separator', extra: t.replace(/[^0-9]/g, '') };
    if (/^-?[0-9]*[.,][0-9]+$/.test(t)) return { code: 'not-integer' };
  }
  return undefined;
}
