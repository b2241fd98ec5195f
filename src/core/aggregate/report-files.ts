import type { FileResult } from '../file-result.js';
import type { ModelEntry, Submission, TaskReport } from '../submission-schema.js';
import { monthOf, unitOf } from './counted.js';

interface Latest {
  month: string;
  task: TaskReport;
}

/**
 * What the report keeps of each validated file, taken as the files arrive, so that a city's year
 * (30,000 files and more) is not held whole in memory. It keeps what the aggregation reads — unit, period,
 * date sent, reporter, each task's status and indicators, models, difficulties and proposals — and
 * drops the rest: evidence lists, and every task summary the report cannot quote. The report quotes
 * each unit's latest non-empty summary of a task in the period, so a summary is kept only while no
 * later valid file of the same unit in the period has one for that task; invalid files and months
 * outside the period keep none.
 *
 * Every text kept is copied: a text read from a file may be a slice of the file's whole text, and
 * would keep it in memory (a city's month of files, some 40 MB, for the reporters' names alone).
 *
 * "Valid" here is the file's own verdict: files are added as they are checked, before the checks
 * across files. A file can lose its place only to a file of the same unit and month; when such a
 * pair turns up, the caller `forgetUnit`s that unit and adds all its files again, with their final
 * verdicts.
 */
export class ReportFiles {
  private readonly period: ReadonlySet<string>;
  private readonly latest = new Map<string, Map<string, Latest>>();
  private readonly strings = new Map<string, string>();
  private readonly models = new Map<string, ModelEntry>();
  private readonly reporters = new Map<string, Submission['reporter']>();

  constructor(periodMonths: readonly string[]) {
    this.period = new Set(periodMonths);
  }

  /** The report's copy of a file's result. */
  add(r: FileResult): FileResult {
    const diagnostics =
      r.diagnostics.length === 0
        ? r.diagnostics
        : r.diagnostics.map((d) => ({ ...d, args: copyDeep(d.args) }) as typeof d);
    const base: FileResult = { ...r, file: copy(r.file), diagnostics };
    if (r.pathUnit !== undefined) base.pathUnit = this.same(r.pathUnit);
    if (r.pathPeriod !== undefined) base.pathPeriod = this.same(r.pathPeriod);
    if (!r.submission) return base;
    const month = monthOf(r);
    const unit = unitOf(r);
    const quote = r.valid && month !== undefined && unit !== undefined && this.period.has(month);
    const s = r.submission;
    const tasks: Submission['tasks'] = {};
    for (const [id, report] of Object.entries(s.tasks)) {
      if (!report) continue;
      const task: TaskReport = { status: this.same(report.status) };
      // Numbers under their plan's keys: the object holds nothing of the file's text, it is kept as it is.
      if (report.indicators) task.indicators = report.indicators;
      if (quote && report.summary?.trim()) {
        task.summary = copy(report.summary);
        this.keepLatest(unit!, id, month!, task);
      }
      tasks[this.same(id)] = task;
    }
    const submission: Submission = {
      plan: this.same(s.plan),
      unit: this.same(s.unit),
      period: this.same(s.period),
      submitted: this.same(s.submitted),
      reporter: this.reporter(s.reporter),
      tasks,
      ...(s.models ? { models: s.models.map((m) => this.model(m)) } : {}),
      ...(s.difficulties === undefined ? {} : { difficulties: copy(s.difficulties) }),
      ...(s.proposals === undefined ? {} : { proposals: copy(s.proposals) }),
    };
    return { ...base, submission };
  }

  /** Forgets what was kept for a unit's summaries: its files are about to be added again. */
  forgetUnit(unit: string): void {
    this.latest.delete(unit);
  }

  /** Of two valid files of one unit with a summary of one task, only the later month's is quoted. */
  private keepLatest(unit: string, taskId: string, month: string, task: TaskReport): void {
    let byTask = this.latest.get(unit);
    if (!byTask) this.latest.set(unit, (byTask = new Map()));
    const before = byTask.get(taskId);
    // Emptied, not deleted: a deleted property turns a small object into a slower, larger one.
    if (before === undefined || before.month < month) {
      if (before) before.task.summary = undefined;
      byTask.set(taskId, { month, task });
    } else if (before.month > month) {
      task.summary = undefined;
    }
    // The same month twice: both files are left out as duplicates, or one of them is re-added; keep both.
  }

  /** One copy of each repeated text (unit ids, statuses, vocabulary): 36,000 files say the same words. */
  private same(text: string): string {
    const seen = this.strings.get(text);
    if (seen !== undefined) return seen;
    const kept = copy(text);
    this.strings.set(kept, kept);
    return kept;
  }

  /** The same person reports month after month: one copy of each. */
  private reporter(r: Submission['reporter']): Submission['reporter'] {
    const key = `${r.name}\u0000${r.position}\u0000${r.phone ?? ''}`;
    let kept = this.reporters.get(key);
    if (!kept)
      this.reporters.set(
        key,
        (kept = {
          name: copy(r.name),
          position: copy(r.position),
          ...(r.phone === undefined ? {} : { phone: copy(r.phone) }),
        }),
      );
    return kept;
  }

  /** A unit's model list is written out again every month: one copy of each identical entry. */
  private model(m: ModelEntry): ModelEntry {
    const key = JSON.stringify(m);
    let kept = this.models.get(key);
    if (!kept) {
      kept = copyDeep(m);
      for (const k of ['type', 'field', 'status', 'since'] as const)
        if (kept[k] !== undefined) kept[k] = this.same(kept[k]);
      this.models.set(key, kept);
    }
    return kept;
  }
}

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
