import type { FieldRef } from './validate/field.js';
import type { DocPath } from './yaml-locate.js';

export type Severity = 'error' | 'warning';

/**
 * Every finding danvan can report, with the arguments its message needs. The wording lives in
 * src/i18n; the core only returns codes and arguments. Adding a code here without a message in
 * both languages is a compile error there.
 */
export interface DiagnosticArgs {
  // The secretariat's own files (plan, unit registry, config): broken YAML or off their schema.
  'setup-yaml': { detail: string };
  'setup-schema': { detail: string };
  // A plan file that contradicts itself.
  'plan-duplicate-id': { what: string; id: string };
  'plan-unknown-ref': { what: string; ref: string };
  'plan-task-group': { task: string; group: string };
  // A unit registry that contradicts itself.
  'units-duplicate-id': { id: string };
  'units-unknown-parent': { id: string; parent: string };

  // ── Submissions (danvan validate). Layer 1: the bytes of the file.
  'file-too-large': { size: number; limit: number };
  'utf16': Record<string, never>;
  /** `byte`: the first byte that is not UTF-8, as two hex digits. */
  'not-utf8': { byte: string };
  'empty-file': Record<string, never>;
  // Layer 2: YAML.
  /** `char`: the unusual character of `odd-character`, as U+XXXX. */
  'yaml-syntax': { reason: YamlProblem; detail: string; char?: string };
  'tab-indent': Record<string, never>;
  'duplicate-key': { key: string; firstLine: number };
  'multiple-documents': Record<string, never>;
  'root-not-mapping': { found: ValueKind };
  'alias-bomb': { limit: number };
  'forbidden-key': { key: string };
  // Layer 3: the submission schema (with the plan's tasks, indicators and vocabularies).
  'unknown-key': { key: string; parent: FieldRef; allowed: string[]; suggestion?: string };
  'unknown-task': { task: string; suggestion?: string; suggestionLabel?: string };
  /** `otherTasks`: tasks that do have an indicator with this id (the unit put it under the wrong task). */
  'unknown-indicator': { task: string; indicator: string; allowed: string[]; suggestion?: string; suggestionLabel?: string; otherTasks: string[] };
  'task-without-indicators': { task: string; label?: string };
  'schema-required': { parent: FieldRef; missing: { key: string; label?: string }[] };
  'schema-enum': { field: FieldRef; value: string; allowed: { id: string; label: string }[]; suggestion?: string };
  'schema-type': { field: FieldRef; found: ValueKind; expected: ValueKind; text?: string };
  'schema-format': { field: FieldRef; value: string; format: FormatKind; suggestion?: string };
  'empty-value': { field: FieldRef };
  'number-as-string': { field: FieldRef; text: string; suggestion: string };
  'negative-number': { field: FieldRef; text: string };
  'not-integer': { field: FieldRef; text: string };
  'number-too-large': { field: FieldRef; text: string; max: number };
  /** Hex, octal, exponent, `+5`, `12.0`: YAML reads them as a number the official may not expect. */
  'number-format': { field: FieldRef; text: string; value: string };
  /** `1.000`, `1,000`, `1 000`, `1_000`: a thousands separator; `digits` is the number without it. */
  'thousands-separator': { field: FieldRef; text: string; digits: string };
  'plan-mismatch': { value: string; expected: string; title: string };
  // Layer 4: the plan's rules and built-in checks of content.
  'rule': { rule: string; message: string; left: RuleOperand; operator: string; right: RuleOperand };
  'summary-empty': { task: string; taskLabel?: string; status: string; statusLabel: string };
  'duplicate-model-id': { id: string; firstIndex: number };
  // Layer 5: the unit registry and the calendar.
  'unknown-unit': { unit: string; suggestion?: string; suggestionName?: string };
  'group-not-covered': { task: string; group: string; groupLabel: string; unit: string; kind: string; kindLabel: string; groups: string[] };
  'task-missing': { task: string; label: string };
  'period-outside-plan': { period: string; year: number; first: string };
  'period-in-future': { period: string; today: string };
  'submitted-in-future': { submitted: string; today: string };
  'submitted-before-period': { submitted: string; period: string };
  // Layer 6: across files.
  'period-mismatch': { content: string; path: string };
  /** `contentKnown`, `pathKnown`: whether each is a unit of the registry (absent without one). */
  'unit-mismatch': { content: string; path: string; contentKnown?: boolean; pathKnown?: boolean };
  'duplicate-submission': { unit: string; period: string; others: string[] };
}

/** What a value is, in words an official knows (for "found … expected …"). */
export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'list' | 'mapping' | 'empty';
/** The shapes a text value must have: a month 2020-04, a date 2020-04-18, an id like phuong-bach-dang. */
export type FormatKind = 'month' | 'date' | 'id';
/** One side of a plan rule: an indicator (with its label and the unit's value) or a fixed number. */
export interface RuleOperand {
  ref?: string;
  label?: string;
  value: number;
}
/** Broken YAML, sorted into what an official can act on; `other` keeps the parser's own words in `detail`. */
export type YamlProblem =
  | 'bad-indent' | 'missing-char' | 'unexpected' | 'nested-compact' | 'multiline-key' | 'bad-escape'
  | 'bad-quote' | 'unclosed-bracket' | 'complex-key' | 'anchor' | 'other'
  // Mistakes of a file typed by hand, named from the line (validate/yaml-repair.ts).
  | 'missing-colon' | 'colon-in-text' | 'curly-quote' | 'odd-character' | 'line-break-in-text' | 'text-after-quote';

export type DiagnosticCode = keyof DiagnosticArgs;

export type Diagnostic = {
  [C in DiagnosticCode]: {
    code: C;
    severity: Severity;
    file: string;
    /** 1-based, in the user's own file. */
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    /** Where in the document, e.g. ['tasks', 'UB.1', 'indicators', 'ho_so_tiep_nhan']. */
    path: DocPath;
    args: DiagnosticArgs[C];
  };
}[DiagnosticCode];

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
