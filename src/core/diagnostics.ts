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
  /** `problem`: what is wrong, in terms the catalogue words; `detail` is the schema checker's own text, for the rare rest. */
  'setup-schema': { detail: string; problem?: SetupProblem };
  // A plan file that contradicts itself.
  'plan-duplicate-id': { what: string; id: string };
  'plan-unknown-ref': { what: string; ref: string };
  'plan-task-group': { task: string; group: string };
  // A unit registry that contradicts itself.
  'units-duplicate-id': { id: string };
  'units-unknown-parent': { id: string; parent: string };
  /** `cycle`: the unit ids around the loop, the first repeated at the end. */
  'units-parent-cycle': { cycle: string[] };

  // ── Submissions (danvan validate). Layer 0: the folder walk and opening the file.
  'file-unreadable': { reason: UnreadableReason; detail: string };
  /** A link whose target lies outside the submissions folder: it is not followed. */
  'link-outside': { target: string };
  /** A name that would be a submission but for white space at its end (`ubnd-quan.yaml `). */
  'file-name-space': { name: string };
  // Layer 1: the bytes of the file.
  'file-too-large': { size: number; limit: number };
  utf16: Record<string, never>;
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
  // Reading and value checks: what a file holds that would be lost, misread or break a report.
  /** A NUL character (code 0) at this place: a damaged file or something pasted from another program. */
  'nul-byte': Record<string, never>;
  /** Lines end with CR alone (old Mac style): YAML would read the file as one line. */
  'cr-line-ends': Record<string, never>;
  /** A CR alone among LF line ends, here: the editor shows a line break that YAML does not read. */
  'lone-cr': Record<string, never>;
  /**
   * A U+2028 or U+2029 (`char`), here: a line break pasted from Word or a web page, which many
   * editors do not show and YAML does not read as one.
   */
  'line-separator': { char: string };
  /** The same inside a text in quotes or a block text, where YAML keeps it as part of the text. */
  'line-separator-in-text': { char: string };
  /** More than `limit` levels of nesting ([ { or indentation). */
  'too-deep': { limit: number };
  /** A plain free text cut by " #": `lost` is what YAML reads as a comment. */
  'text-cut-by-comment': { field: FieldRef; kept: string; lost: string };
  /** A character no report (XML 1.0) can hold; `char` as U+XXXX. */
  'char-not-allowed': { field: FieldRef; char: string };
  /** `tasks:` written with no task in it. */
  'tasks-empty': Record<string, never>;
  /** `!!str 3`: a tag makes a number text. */
  'number-tagged-as-text': { field: FieldRef; text: string; suggestion: string };
  /** A date in the form YYYY-MM-DD that is not on the calendar; `monthDays` when the month exists. */
  'date-not-in-calendar': { field: FieldRef; value: string; monthDays?: number };
  // Layer 3: the submission schema (with the plan's tasks, indicators and vocabularies).
  'unknown-key': { key: string; parent: FieldRef; allowed: string[]; suggestion?: string };
  'unknown-task': { task: string; suggestion?: string; suggestionLabel?: string };
  /** `otherTasks`: tasks that do have an indicator with this id (the unit put it under the wrong task). */
  'unknown-indicator': {
    task: string;
    indicator: string;
    allowed: string[];
    suggestion?: string;
    suggestionLabel?: string;
    otherTasks: string[];
  };
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
  rule: { rule: string; message: string; left: RuleOperand; operator: string; right: RuleOperand };
  'summary-empty': { task: string; taskLabel?: string; status: string; statusLabel: string };
  'duplicate-model-id': { id: string; firstIndex: number };
  /** `giai_trinh:` written under a task that has no warning left to explain. */
  'explanation-unused': { task: string; taskLabel?: string };
  // Layer 5: the unit registry and the calendar.
  'unknown-unit': { unit: string; suggestion?: string; suggestionName?: string };
  'group-not-covered': {
    task: string;
    group: string;
    groupLabel: string;
    unit: string;
    kind: string;
    kindLabel: string;
    groups: string[];
  };
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
  /** A valid file for a unit and month that a better placed file (`counted`) stands for. */
  'copy-not-counted': { unit: string; period: string; counted: string };
}

/** Why a submission file was not read. */
export type UnreadableReason = 'link-loop' | 'link-broken' | 'not-regular' | 'denied' | 'gone' | 'other';

/** A setup file off its schema, told in terms an official can act on. */
export type SetupProblem =
  | { kind: 'unknown-key'; key: string; allowed: string[] }
  | { kind: 'required'; key: string }
  | { kind: 'type'; expected: ValueKind; found: ValueKind }
  | { kind: 'enum'; value: string; allowed: string[] }
  /** A text off its required form (`other`: a form without a name, such as the plan number's). */
  | { kind: 'form'; value: string; form: FormatKind | 'other' }
  | { kind: 'empty' };

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
  | 'bad-indent'
  | 'missing-char'
  | 'unexpected'
  | 'nested-compact'
  | 'multiline-key'
  | 'bad-escape'
  | 'bad-quote'
  | 'unclosed-bracket'
  | 'complex-key'
  | 'anchor'
  | 'other'
  // Mistakes of a file typed by hand, named from the line (validate/yaml-repair.ts).
  | 'missing-colon'
  | 'colon-in-text'
  | 'curly-quote'
  | 'odd-character'
  | 'line-break-in-text'
  | 'text-after-quote';

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
