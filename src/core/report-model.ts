import type { Organisation } from './config-schema.js';
import type { Diagnostic } from './diagnostics.js';
import type { Notes } from './notes/notes-schema.js';
import type { Comparison, Period } from './period.js';
import type { ReceiptRule, SubmissionState } from './submission-status.js';

/*
 * What a period report says, as data: the aggregation builds it, the Markdown and Excel renderers
 * turn it into words and cells. Numbers stay numbers; `undefined` always means "nobody reported it",
 * never 0. Per-unit arrays are aligned with `ReportModel.units` (already in report order).
 */

export interface ReportUnit {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
}

/** One indicator over one span of months (the period, the year to date or the previous period). */
export interface Figure {
  /** Σ over units; undefined when no unit reported it in the span. */
  value?: number;
  /** Units expected to report it (their kind covers the task's group). */
  expected: number;
  /** Expected units that reported it at least once in the span. */
  reported: number;
  /** Expected units that did not report it at all in the span: a gap, not a zero. */
  missing: number;
  /** Flows only: units whose sum lacks some months of the span (sum of the months they did report). */
  partial: number;
}

export interface Change {
  absolute: number;
  /** absolute ÷ previous; undefined when the previous value is 0. */
  relative?: number;
}

export interface IndicatorRow {
  /** `UB.1.ho_so_tiep_nhan` */
  ref: string;
  taskId: string;
  id: string;
  label: string;
  measure: string;
  kind: 'flow' | 'stock';
  period: Figure;
  ytd: Figure;
  /** The previous period's figure; absent when `ReportModel.comparison.coverage` is 'none'. */
  previous?: Figure;
  /** period against previous; only when the comparison is 'whole' and both are reported. */
  change?: Change;
  /** Each unit's figure for the period, aligned with `units`; null = not reported or not expected. */
  unitValues: (number | null)[];
  unitYtd: (number | null)[];
}

export interface RatioFigure {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator (a fraction, 0.975 = 97,5%); undefined when the denominator is 0. */
  value?: number;
  /** Units that reported both parts in the span. */
  units: number;
}

export interface RatioRow {
  id: string;
  label: string;
  numerator: { ref: string; label: string };
  denominator: { ref: string; label: string };
  period: RatioFigure;
  ytd: RatioFigure;
  /** The previous period's ratio; absent when `ReportModel.comparison.coverage` is 'none'. */
  previous?: RatioFigure;
  /** Change in percentage points ×0.01 (fraction); only when the comparison is 'whole' and both have a value. */
  change?: number;
}

export interface StatusCount {
  status: string;
  label: string;
  count: number;
}

export interface Excerpt {
  unit: number;
  month: string;
  text: string;
}

export interface TaskRow {
  id: string;
  label: string;
  groupId: string;
  indicators: IndicatorRow[];
  /** One entry per plan task status, in plan order. */
  statusCounts: StatusCount[];
  expected: number;
  /** Expected units without a status for this task in the period (no valid submission, or task left out). */
  notReported: number;
  /** Each unit's latest status in the period (status id), aligned with `units`; null = not reported or not expected. */
  unitStatus: (string | null)[];
  /** Each unit's latest non-empty summary of the task in the period, in unit order. */
  summaries: Excerpt[];
}

export interface GroupRow {
  id: string;
  label: string;
  tasks: TaskRow[];
}

export interface SubmissionCell {
  month: string;
  deadline: string;
  state: SubmissionState;
  submitted?: string;
  /** The counted file's receipt date (first commit in git), when one was found. */
  received?: string;
  /** Days after the deadline of the later of `submitted` and `received`, for late submissions. */
  daysLate?: number;
  files: string[];
  errors: number;
  warnings: number;
}

/**
 * How many (unit, month) reports are in each submission state. `danvan status` counts one month,
 * the report a period: same states, same sums.
 */
export interface SubmissionCounts {
  expected: number;
  /** Valid reports counted: on time + late. */
  received: number;
  onTime: number;
  late: number;
  invalid: number;
  missing: number;
}

export interface RateBlock extends SubmissionCounts {
  /** received ÷ expected; undefined when nothing is expected. */
  rate?: number;
  /** onTime ÷ expected. */
  onTimeRate?: number;
}

export interface SubmissionRow extends RateBlock {
  unit: number;
  cells: SubmissionCell[];
}

export interface KindRates extends RateBlock {
  kind: string;
  label: string;
  units: number;
}

export interface ReceiptDifference {
  unit: number;
  month: string;
  file: string;
  submitted: string;
  received: string;
}

export interface Submissions {
  months: { month: string; deadline: string }[];
  rows: SubmissionRow[];
  total: RateBlock;
  byKind: KindRates[];
  receipts: {
    /** How lateness was judged: by receipt dates from git ('git'), or by `submitted:` alone and why. */
    rule: ReceiptRule;
    /** Counted files whose receipt date is more than a day away from their `submitted:` line, in row order. */
    differing: ReceiptDifference[];
    /** With rule 'git': counted files no commit had added (judged by `submitted:` alone). */
    uncommitted: number;
  };
}

export interface ModelItem {
  unit: number;
  id: string;
  type: string;
  name: string;
  field: string;
  status: string;
  since?: string;
  result?: string;
  /** The month of the list it was read from. */
  month: string;
  isNew: boolean;
}

export interface ModelCount {
  type: string;
  field: string;
  status: string;
  total: number;
  new: number;
}

export interface ModelTypeTotals {
  type: string;
  label: string;
  total: number;
  new: number;
  /** Recognised as effective or replicated. */
  effective: number;
}

export interface ModelFieldTotals {
  field: string;
  label: string;
  /** Per plan model type, in plan order. */
  byType: { type: string; total: number; new: number; effective: number }[];
  total: number;
}

export interface Models {
  items: ModelItem[];
  counts: ModelCount[];
  byType: ModelTypeTotals[];
  byField: ModelFieldTotals[];
  /** Entries of an earlier list (before or during the period) absent from the unit's latest list. */
  disappeared: (Omit<ModelItem, 'isNew' | 'month'> & { lastSeen: string })[];
  /** Units that sent a valid list in the period. */
  unitsWithList: number;
}

export interface Narrative {
  unit: number;
  month: string;
  text: string;
}

export interface FileFinding {
  file: string;
  /** Index in `units` when the file belongs to a registered unit. */
  unit?: number;
  /** The unit id the file names (from content or path), even if it is not registered. */
  unitId?: string;
  month?: string;
  /** Why an excluded file does not count: its errors, a unit not in the registry, or another file for the same unit and month. */
  reason?: 'errors' | 'unknown-unit' | 'duplicate';
  diagnostics: Diagnostic[];
}

/**
 * A warning a counted file of the period carries with the unit's explanation (`giai_trinh:` under
 * the task): listed in the report with the explanation, not counted among the warnings. The
 * warning's wording is made from `diagnostic` in the reader's language (src/i18n).
 */
export interface ExplainedWarning {
  file: string;
  /** Index in `units`. */
  unit: number;
  unitId: string;
  month: string;
  /** The task whose explanation it is (`CU.4`), and its label from the plan. */
  task: string;
  taskLabel: string;
  /** The plan rule's id for a rule (`kien-nghi-da-giai-quyet`), else the warning's code (`summary-empty`). */
  check: string;
  diagnostic: Diagnostic;
  explanation: string;
}

export interface IndicatorGap {
  unit: number;
  /** Indicator refs expected from the unit and not reported in the period. */
  refs: string[];
}

export interface Quality {
  /** Files of the period left out of the figures: errors, duplicates, unknown unit. */
  excluded: FileFinding[];
  /** Counted files of the period that carry warnings (those the unit explained are not among them). */
  warnings: FileFinding[];
  /** Warnings of counted files of the period that their unit explained, in file order. */
  explained: ExplainedWarning[];
  /** Files whose month could not be told (neither path nor content); they may belong to this period. */
  unplaced: FileFinding[];
  /** Invalid files of earlier months that would have counted in the year-to-date or previous figures. */
  excludedEarlier: number;
  gaps: IndicatorGap[];
}

/**
 * The long table: one row per counted value (a unit, a month, an indicator), held as columns. A
 * year of 20,000 units is millions of rows; as objects they would take gigabytes.
 */
export interface DataTable {
  /** Rows in the table. */
  length: number;
  /** Each row's unit, as an index into `ReportModel.units`. */
  unit: Int32Array;
  /** Each row's month, as an index into `months` (YYYY-MM). */
  month: Uint16Array;
  months: readonly string[];
  /** Each row's indicator, as an index into `refs` (`UB.1.ho_so_tiep_nhan`). */
  ref: Uint16Array;
  refs: readonly string[];
  value: Float64Array;
}

export interface ReportDocument {
  organisation: Organisation;
  /** As given with --number ("25-BC/BDVQU" or "25"); undefined leaves a blank to fill by hand. */
  number?: string;
  /** The report's date, YYYY-MM-DD. */
  date: string;
  dateIsDefault: boolean;
  /** The secretariat's own assessment and direction (notes/<period>.yaml); undefined when it wrote none. */
  notes?: Notes;
}

export interface ReportModel {
  plan: { number: string; title: string; issuer: string; date: string; year: number; deadlineDay: number };
  period: Period;
  /** The previous period and how much of it lies inside the plan: what the comparison columns may show. */
  comparison: Comparison;
  ytdMonths: string[];
  document: ReportDocument;
  units: ReportUnit[];
  submissions: Submissions;
  groups: GroupRow[];
  ratios: RatioRow[];
  models: Models;
  difficulties: Narrative[];
  proposals: Narrative[];
  quality: Quality;
  /**
   * Every counted value of the period's months, in unit, month and plan order. Made anew each time it
   * is read (it can be millions of rows, and the model does not keep them): read it once.
   */
  data: DataTable;
  /** Task statuses and model vocabularies of the plan, in plan order, for legends and columns. */
  vocab: {
    taskStatuses: { id: string; label: string }[];
    modelTypes: { id: string; label: string }[];
    modelFields: { id: string; label: string }[];
    modelStatuses: { id: string; label: string }[];
    /** Unit kinds with the task groups they report. */
    unitKinds: { id: string; label: string; groups: string[] }[];
  };
}
