import type { FileResult } from '../file-result.js';
import { comparisonFor, dueMonths, yearToDate, type Comparison, type Period } from '../period.js';
import type { IndicatorInfo, PlanModel } from '../plan.js';
import type { ReportUnit } from '../report-model.js';
import type { ModelEntry, Submission } from '../submission-schema.js';
import type { Registry } from '../units.js';
import { orderUnits } from './unit-order.js';

/** Who a file is for and when it was sent: all the report keeps of a file beside its verdict and findings. */
export interface SubmissionStamp {
  unit: string;
  period: string;
  submitted: string;
}

/** A file's result as the report keeps it: the submission's data is in the tally, not here. */
export type ReportResult = Omit<FileResult, 'submission'> & { submission?: SubmissionStamp };

/** The spans of months a report adds up, by month (sorted) and as indexes into `months`. */
export interface Spans {
  period: string[];
  ytd: string[];
  /** The previous period's months inside the plan, and how much of it that is (see `Comparison`). */
  previous: string[];
  coverage: Comparison['coverage'];
}

export type SpanName = 'period' | 'ytd' | 'previous';
const SPAN_NAMES: readonly SpanName[] = ['period', 'ytd', 'previous'];

/** A unit's own figure for one indicator over a span, before summing over units. */
export interface UnitFigure {
  value?: number;
  /** Months of the span with a value. */
  months: number;
}

/** A unit's parts of one ratio over a span: summed (flows) or latest (stocks) over the months that gave both. */
export interface UnitRatio {
  numerator: number;
  denominator: number;
}

/** What a counted file of one of the period's months says besides its statuses and summaries. */
export interface PeriodCell {
  /** Indicator values by plan index, NaN where none was reported. */
  values: Float64Array;
  models: readonly ModelEntry[];
  difficulties?: string;
  proposals?: string;
}

/** One span's running figures: per unit and indicator, per unit and ratio. */
class SpanTally {
  readonly value: Float64Array;
  readonly months: Uint8Array;
  /** For stocks: the month index the value is from (-1: none). */
  readonly latest: Int8Array;
  readonly ratioN: Float64Array;
  readonly ratioD: Float64Array;
  readonly ratioLatest: Int8Array;

  constructor(units: number, indicators: number, ratios: number) {
    this.value = new Float64Array(units * indicators).fill(Number.NaN);
    this.months = new Uint8Array(units * indicators);
    this.latest = new Int8Array(units * indicators).fill(-1);
    this.ratioN = new Float64Array(units * ratios).fill(Number.NaN);
    this.ratioD = new Float64Array(units * ratios).fill(Number.NaN);
    this.ratioLatest = new Int8Array(units * ratios).fill(-1);
  }

  clearUnit(ui: number, indicators: number, ratios: number): void {
    const a = ui * indicators;
    this.value.fill(Number.NaN, a, a + indicators);
    this.months.fill(0, a, a + indicators);
    this.latest.fill(-1, a, a + indicators);
    const r = ui * ratios;
    this.ratioN.fill(Number.NaN, r, r + ratios);
    this.ratioD.fill(Number.NaN, r, r + ratios);
    this.ratioLatest.fill(-1, r, r + ratios);
  }
}

interface RatioPart {
  k: number;
  stock: boolean;
}

/**
 * The report's running totals, added to as each counted file arrives, so that a report holds what
 * grows with units × indicators and not every file read: for each span (the period, the year to
 * date, the previous period) each unit's figure of each indicator and each ratio; for the period's
 * months, each counted file's values (the long data table), model list, difficulties and proposals;
 * each unit's latest status and latest summary of each task in the period; each unit's latest model
 * list of the previous period. A file of a month outside the period leaves nothing but its numbers
 * added in. Texts kept are copied, so none keeps the whole text of its file alive.
 *
 * A file is added (`fold`) once it is taken to count for its unit and month. Files arrive as threads
 * check them, before the checks across files; a unit whose month turns out to have two files is
 * forgotten (`forgetUnit`) and its files added again with their final verdicts. Every figure is a
 * sum of whole numbers or a latest value, so the order of arrival changes nothing.
 */
export class ReportTally {
  readonly units: readonly ReportUnit[];
  /** Every month any span needs, sorted. */
  readonly months: readonly string[];
  readonly spans: Spans;
  readonly comparison: Comparison;
  /** The plan's indicators in plan order: index k of a value. */
  readonly indicators: readonly IndicatorInfo[];
  /** The plan's tasks in plan order: index t of a status or summary. */
  readonly taskIds: readonly string[];
  /** Index of each period month in `months`, in order. */
  readonly periodIndexes: readonly number[];

  private readonly periodMonths: ReadonlySet<string>;
  private readonly unitIndex: ReadonlyMap<string, number>;
  private readonly monthIndex: ReadonlyMap<string, number>;
  private readonly indicatorIndexes: ReadonlyMap<string, ReadonlyMap<string, number>>;
  private readonly taskIndex: ReadonlyMap<string, number>;
  /** Per month index: the spans it is in. */
  private readonly spansOf: readonly SpanTally[][];
  private readonly periodSlot: Int8Array;
  private readonly previousMonth: Uint8Array;
  private readonly bySpan: Partial<Record<SpanName, SpanTally>> = {};
  private readonly ratioParts: readonly ([RatioPart, RatioPart] | undefined)[];
  private readonly cells: (PeriodCell | undefined)[];
  private readonly status: (string | undefined)[];
  private readonly statusMonth: Int8Array;
  private readonly summary: (string | undefined)[];
  private readonly summaryMonth: Int8Array;
  private readonly previousModels: (readonly ModelEntry[] | undefined)[];
  private readonly previousModelsMonth: Int8Array;
  /** The stamp of the file added for each unit and month. */
  private readonly folded: (SubmissionStamp | undefined)[];
  /** Units a second file was added for in one month: their figures are wrong until forgotten. */
  private readonly twice = new Set<string>();
  private readonly strings = new Map<string, string>();
  private readonly models = new Map<string, ModelEntry>();

  constructor(plan: PlanModel, registry: Registry, period: Period) {
    const comparison = comparisonFor(period, plan.data);
    this.comparison = comparison;
    this.spans = {
      period: dueMonths(period.months, plan.data),
      ytd: dueMonths(yearToDate(period), plan.data),
      previous: comparison.months,
      coverage: comparison.coverage,
    };
    this.periodMonths = new Set(this.spans.period);
    this.months = [...new Set([...this.spans.previous, ...this.spans.ytd, ...this.spans.period])].sort();
    this.monthIndex = new Map(this.months.map((m, i) => [m, i]));
    this.units = orderUnits(plan, registry.units);
    this.unitIndex = new Map(this.units.map((u, i) => [u.id, i]));
    this.indicators = [...plan.indicators.values()];
    const byTask = new Map<string, Map<string, number>>();
    this.indicators.forEach((info, k) => {
      const m = byTask.get(info.task.id) ?? new Map<string, number>();
      m.set(info.indicator.id, k);
      byTask.set(info.task.id, m);
    });
    this.indicatorIndexes = byTask;
    this.taskIds = plan.data.groups.flatMap((g) => g.tasks.map((t) => t.id));
    this.taskIndex = new Map(this.taskIds.map((id, t) => [id, t]));
    this.ratioParts = plan.data.ratios.map((r) => {
      const part = (ref: string): RatioPart | undefined => {
        const info = plan.indicators.get(ref);
        const k = info && byTask.get(info.task.id)?.get(info.indicator.id);
        return info && k !== undefined ? { k, stock: info.indicator.kind === 'stock' } : undefined;
      };
      const n = part(r.numerator);
      const d = part(r.denominator);
      return n && d ? [n, d] : undefined;
    });

    const U = this.units.length;
    const K = this.indicators.length;
    const R = this.ratioParts.length;
    const T = this.taskIds.length;
    const M = this.months.length;
    this.spansOf = this.months.map(() => []);
    for (const name of SPAN_NAMES) {
      if (name === 'previous' && this.spans.coverage === 'none') continue;
      const span = new SpanTally(U, K, R);
      this.bySpan[name] = span;
      for (const m of this.spans[name]) this.spansOf[this.monthIndex.get(m)!]!.push(span);
    }
    this.periodIndexes = this.spans.period.map((m) => this.monthIndex.get(m)!);
    this.periodSlot = new Int8Array(M).fill(-1);
    this.periodIndexes.forEach((mi, p) => {
      this.periodSlot[mi] = p;
    });
    this.previousMonth = new Uint8Array(M);
    for (const m of this.spans.previous) this.previousMonth[this.monthIndex.get(m)!] = 1;
    this.cells = new Array(U * this.periodIndexes.length);
    this.status = new Array(U * T);
    this.statusMonth = new Int8Array(U * T).fill(-1);
    this.summary = new Array(U * T);
    this.summaryMonth = new Int8Array(U * T).fill(-1);
    this.previousModels = new Array(U);
    this.previousModelsMonth = new Int8Array(U).fill(-1);
    this.folded = new Array(U * M);
  }

  /**
   * The report's copy of a file's result: its own strings, and a stamp in place of the submission.
   * The findings (and explained warnings) of a file of a known month outside the period are not
   * kept: the report only counts such files.
   */
  keep(r: FileResult): ReportResult {
    const month = r.submission?.period ?? r.pathPeriod;
    const printed = month === undefined || this.periodMonths.has(month);
    const kept: ReportResult = {
      file: copy(r.file),
      diagnostics:
        !printed || r.diagnostics.length === 0
          ? []
          : r.diagnostics.map((d) => ({ ...d, args: copyDeep(d.args) }) as typeof d),
      valid: r.valid,
    };
    if (printed && r.explained !== undefined && r.explained.length > 0)
      kept.explained = r.explained.map(
        (d) => ({ ...d, args: copyDeep(d.args), explanation: copy(d.explanation) }) as typeof d,
      );
    if (r.pathUnit !== undefined) kept.pathUnit = this.same(r.pathUnit);
    if (r.pathPeriod !== undefined) kept.pathPeriod = this.same(r.pathPeriod);
    if (r.received !== undefined) kept.received = this.same(r.received);
    if (r.submission)
      kept.submission = {
        unit: this.same(r.submission.unit),
        period: this.same(r.submission.period),
        submitted: this.same(r.submission.submitted),
      };
    return kept;
  }

  /**
   * Adds a file taken to count for its unit and month: `stamp` names it (the kept result's), `data`
   * is its submission. A unit not in the registry or a month no span needs adds nothing.
   */
  fold(stamp: SubmissionStamp, data: Submission): void {
    const ui = this.unitIndex.get(stamp.unit);
    const mi = this.monthIndex.get(stamp.period);
    if (ui === undefined || mi === undefined) return;
    const M = this.months.length;
    if (this.folded[ui * M + mi] !== undefined) this.twice.add(stamp.unit);
    this.folded[ui * M + mi] = stamp;

    const K = this.indicators.length;
    const values = new Float64Array(K).fill(Number.NaN);
    for (const [taskId, report] of Object.entries(data.tasks)) {
      const ids = this.indicatorIndexes.get(taskId);
      if (!ids || !report?.indicators) continue;
      for (const [id, value] of Object.entries(report.indicators)) {
        const k = ids.get(id);
        if (k !== undefined && typeof value === 'number') values[k] = value;
      }
    }
    for (const span of this.spansOf[mi]!) this.addToSpan(span, ui, mi, values);

    const p = this.periodSlot[mi]!;
    if (p >= 0) {
      const T = this.taskIds.length;
      for (const [taskId, report] of Object.entries(data.tasks)) {
        const t = this.taskIndex.get(taskId);
        if (t === undefined || !report) continue;
        const at = ui * T + t;
        if (mi > this.statusMonth[at]!) {
          this.status[at] = this.same(report.status);
          this.statusMonth[at] = mi;
        }
        const text = report.summary?.trim();
        if (text && mi > this.summaryMonth[at]!) {
          this.summary[at] = copy(text);
          this.summaryMonth[at] = mi;
        }
      }
      const difficulties = data.difficulties?.trim();
      const proposals = data.proposals?.trim();
      this.cells[ui * this.periodIndexes.length + p] = {
        values,
        models: this.modelList(data.models),
        ...(difficulties ? { difficulties: copy(difficulties) } : {}),
        ...(proposals ? { proposals: copy(proposals) } : {}),
      };
    }
    if (this.previousMonth[mi] === 1 && mi > this.previousModelsMonth[ui]!) {
      this.previousModels[ui] = this.modelList(data.models);
      this.previousModelsMonth[ui] = mi;
    }
  }

  /** Forgets everything added for a unit: its files are about to be added again. */
  forgetUnit(unitId: string): void {
    const ui = this.unitIndex.get(unitId);
    this.twice.delete(unitId);
    if (ui === undefined) return;
    const K = this.indicators.length;
    const R = this.ratioParts.length;
    for (const span of Object.values(this.bySpan)) span.clearUnit(ui, K, R);
    const P = this.periodIndexes.length;
    this.cells.fill(undefined, ui * P, ui * P + P);
    const T = this.taskIds.length;
    this.status.fill(undefined, ui * T, ui * T + T);
    this.statusMonth.fill(-1, ui * T, ui * T + T);
    this.summary.fill(undefined, ui * T, ui * T + T);
    this.summaryMonth.fill(-1, ui * T, ui * T + T);
    this.previousModels[ui] = undefined;
    this.previousModelsMonth[ui] = -1;
    const M = this.months.length;
    this.folded.fill(undefined, ui * M, ui * M + M);
  }

  /** The stamp of the file added for a unit and month, if any. */
  foldedAt(unitId: string, month: string): SubmissionStamp | undefined {
    const ui = this.unitIndex.get(unitId);
    const mi = this.monthIndex.get(month);
    return ui === undefined || mi === undefined ? undefined : this.folded[ui * this.months.length + mi];
  }

  /** Every unit and month a file was added for, as [unit id, month, stamp]. */
  *foldedCells(): Generator<[string, string, SubmissionStamp]> {
    const M = this.months.length;
    for (let i = 0; i < this.folded.length; i++) {
      const stamp = this.folded[i];
      if (stamp) yield [this.units[Math.floor(i / M)]!.id, this.months[i % M]!, stamp];
    }
  }

  /** Units a second file was added for in one month and not forgotten since. */
  get addedTwice(): ReadonlySet<string> {
    return this.twice;
  }

  /** Index k of a task's indicator; undefined if the plan has no such indicator. */
  indicatorIndex(taskId: string, indicatorId: string): number | undefined {
    return this.indicatorIndexes.get(taskId)?.get(indicatorId);
  }

  /** Index t of a plan task (-1 if the plan has none of that id). */
  taskIndexOf(taskId: string): number {
    return this.taskIndex.get(taskId) ?? -1;
  }

  /** A unit's figure of indicator k over a span: a flow's sum of months, a stock's latest month. */
  figure(span: SpanName, ui: number, k: number): UnitFigure {
    const s = this.bySpan[span];
    if (!s || k < 0) return { months: 0 };
    const at = ui * this.indicators.length + k;
    const value = s.value[at]!;
    return Number.isNaN(value) ? { months: 0 } : { value, months: s.months[at]! };
  }

  /** A unit's parts of ratio r (plan order) over a span, when it gave both in some month of it. */
  ratio(span: SpanName, r: number, ui: number): UnitRatio | undefined {
    const s = this.bySpan[span];
    if (!s) return undefined;
    const at = ui * this.ratioParts.length + r;
    const numerator = s.ratioN[at]!;
    return Number.isNaN(numerator) ? undefined : { numerator, denominator: s.ratioD[at]! };
  }

  /** The counted file of units[ui] in the period's p-th month, if any. */
  cell(ui: number, p: number): PeriodCell | undefined {
    return this.cells[ui * this.periodIndexes.length + p];
  }

  /** A unit's latest status of task t in the period. */
  latestStatus(ui: number, t: number): string | undefined {
    if (t < 0) return undefined;
    return this.status[ui * this.taskIds.length + t];
  }

  /** A unit's latest non-empty summary of task t in the period, with its month. */
  latestSummary(ui: number, t: number): { text: string; month: string } | undefined {
    if (t < 0) return undefined;
    const at = ui * this.taskIds.length + t;
    const text = this.summary[at];
    return text === undefined ? undefined : { text, month: this.months[this.summaryMonth[at]!]! };
  }

  /** A unit's latest model list in the previous period, with its month. */
  previousList(ui: number): { month: string; list: readonly ModelEntry[] } | undefined {
    const list = this.previousModels[ui];
    return list === undefined ? undefined : { month: this.months[this.previousModelsMonth[ui]!]!, list };
  }

  private addToSpan(span: SpanTally, ui: number, mi: number, values: Float64Array): void {
    const K = values.length;
    for (let k = 0; k < K; k++) {
      const v = values[k]!;
      if (Number.isNaN(v)) continue;
      const at = ui * K + k;
      span.months[at]!++;
      if (this.indicators[k]!.indicator.kind === 'stock') {
        if (mi > span.latest[at]!) {
          span.value[at] = v;
          span.latest[at] = mi;
        }
      } else {
        const before = span.value[at]!;
        span.value[at] = Number.isNaN(before) ? v : before + v;
      }
    }
    const R = this.ratioParts.length;
    for (let r = 0; r < R; r++) {
      const parts = this.ratioParts[r];
      if (!parts) continue;
      const a = values[parts[0].k]!;
      const b = values[parts[1].k]!;
      if (Number.isNaN(a) || Number.isNaN(b)) continue;
      const at = ui * R + r;
      const later = mi > span.ratioLatest[at]!;
      const n = span.ratioN[at]!;
      const d = span.ratioD[at]!;
      span.ratioN[at] = parts[0].stock ? (later ? a : n) : (Number.isNaN(n) ? 0 : n) + a;
      span.ratioD[at] = parts[1].stock ? (later ? b : d) : (Number.isNaN(d) ? 0 : d) + b;
      if (later) span.ratioLatest[at] = mi;
    }
  }

  /** One copy of each repeated text (unit ids, months, statuses, dates): thousands of files say the same words. */
  private same(text: string): string {
    const seen = this.strings.get(text);
    if (seen !== undefined) return seen;
    const kept = copy(text);
    this.strings.set(kept, kept);
    return kept;
  }

  /** A unit's model list is written out again every month: one copy of each identical entry. */
  private modelList(list: readonly ModelEntry[] | undefined): readonly ModelEntry[] {
    if (!list || list.length === 0) return EMPTY;
    return list.map((m) => {
      const key = JSON.stringify(m);
      let kept = this.models.get(key);
      if (!kept) {
        kept = copyDeep(m);
        for (const k of ['type', 'field', 'status', 'since'] as const)
          if (kept[k] !== undefined) kept[k] = this.same(kept[k]);
        this.models.set(key, kept);
      }
      return kept;
    });
  }
}

const EMPTY: readonly ModelEntry[] = Object.freeze([]);

/**
 * A text of its own, not a slice that keeps the text it was cut from alive: V8 builds the joined
 * text anew, and the cut is then made from that copy. (Shorter texts are copied when sliced anyway.)
 */
function copy(text: string): string {
  if (text.length < 13) return text;
  const joined = `${text} `;
  return joined.substring(0, text.length);
}

/** Plain data with every text copied. */
function copyDeep<T>(value: T): T {
  if (typeof value === 'string') return copy(value) as T;
  if (Array.isArray(value)) return value.map(copyDeep) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyDeep(v)])) as T;
  return value;
}
