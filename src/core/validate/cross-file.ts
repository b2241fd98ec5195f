import type { Diagnostic } from '../diagnostics.js';
import type { FileResult } from '../file-result.js';
import type { StatusFile } from '../submission-status.js';
import type { CheckedFile } from './validate-file.js';

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byFile = (a: CheckedFile, b: CheckedFile) => byPath(a.result.file, b.result.file);

/** What the counting rule needs to know of a file. */
export interface CountingView {
  file: string;
  /** Valid on its own (before the checks across files) or after them: the rule gives the same answer. */
  valid: boolean;
  /** The unit and month the file's content is for (its path's when the content does not say). */
  unit?: string;
  period?: string;
  pathUnit?: string;
  pathPeriod?: string;
}

/** For one unit and month: the file that counts, or the files that stand against each other. */
export type Counting<T> =
  | { unit: string; period: string; counted: T; setAside: T[] }
  | { unit: string; period: string; duplicates: T[] };

/**
 * The one rule for which file counts for a unit and month; validate, status and the report all
 * decide through it, so they cannot disagree.
 *
 * A file with errors of its own is never counted and never stands against another file: a misfiled
 * copy or a download copy (`ubnd-quan (1).yaml`) says so about itself only. Among the valid files,
 * one in its own month folder under its own name beats one elsewhere, and a shallower path beats a
 * deeper one, so the file in `2020-04/` counts and the keepsake in `luu/2020-04/` is set aside — the
 * same file that `status`, reading `2020-04/` only, sees. Two valid files equally placed cannot be
 * told apart: neither counts, and the other files of that unit and month are not counted either.
 * Applied again to results marked by it, the rule gives the same answer (set-aside files stay valid).
 */
export function decideCounting<T>(files: readonly T[], view: (f: T) => CountingView): Counting<T>[] {
  const groups = new Map<string, { v: CountingView; f: T }[]>();
  for (const f of files) {
    const v = view(f);
    if (!v.valid || v.unit === undefined || v.period === undefined) continue;
    const key = `${v.unit}\u0000${v.period}`;
    const list = groups.get(key);
    if (list) list.push({ v, f });
    else groups.set(key, [{ v, f }]);
  }
  const out: Counting<T>[] = [];
  for (const list of groups.values()) {
    const { unit, period } = list[0]!.v as { unit: string; period: string };
    if (list.length === 1) {
      out.push({ unit, period, counted: list[0]!.f, setAside: [] });
      continue;
    }
    list.sort((a, b) => rank(a.v) - rank(b.v) || byPath(a.v.file, b.v.file));
    const best = rank(list[0]!.v);
    if (rank(list[1]!.v) === best) out.push({ unit, period, duplicates: list.map((e) => e.f) });
    else out.push({ unit, period, counted: list[0]!.f, setAside: list.slice(1).map((e) => e.f) });
  }
  return out;
}

/** Lower is more likely the file the unit meant: in its month folder under its own name, then shallower. */
function rank(v: CountingView): number {
  let depth = 0;
  for (let i = v.file.indexOf('/'); i !== -1; i = v.file.indexOf('/', i + 1)) depth++;
  const inPlace = v.pathUnit === v.unit && v.pathPeriod === v.period;
  return (inPlace ? 0 : 1_000_000) + depth;
}

/** A file as the counting rule sees it, its unit and month from its content when that says them. */
const viewOf = (r: StatusFile, content: { unit?: string; period?: string } | undefined): CountingView => ({
  file: r.file,
  valid: r.valid,
  unit: content?.unit ?? r.pathUnit,
  period: content?.period ?? r.pathPeriod,
  pathUnit: r.pathUnit,
  pathPeriod: r.pathPeriod,
});

/** How the checks across files see a checked file: its own verdict, its content's unit and month. */
export function countingViewOf(f: CheckedFile): CountingView {
  return viewOf(f.result, f.unitMonth);
}

/** How the status table and the report see a result after the checks across files. */
export function countingViewOfResult(r: StatusFile): CountingView {
  return viewOf(r, r.submission);
}

/**
 * Layer 6, over all files: the counting rule's verdicts as findings — two equally placed valid files
 * for one unit and month are errors (the secretariat cannot know which one the unit meant); a valid
 * copy set aside for a better placed one gets a warning. Returns the results sorted by path.
 */
export function checkAcrossFiles(files: readonly CheckedFile[]): FileResult[] {
  const sorted = [...files].sort(byFile);
  const extra = new Map<CheckedFile, Diagnostic>();
  // Both findings stand where the file names its unit.
  const at = (f: CheckedFile) => ({
    file: f.result.file,
    ...(f.unitAt ?? { line: 1, column: 1 }),
    path: ['unit'],
  });
  for (const c of decideCounting(sorted, countingViewOf)) {
    const { unit, period } = c;
    if ('duplicates' in c)
      for (const f of c.duplicates) {
        const others = c.duplicates.filter((o) => o !== f).map((o) => o.result.file);
        extra.set(f, { code: 'duplicate-submission', severity: 'error', ...at(f), args: { unit, period, others } });
      }
    else
      for (const f of c.setAside) {
        const counted = c.counted.result.file;
        extra.set(f, { code: 'copy-not-counted', severity: 'warning', ...at(f), args: { unit, period, counted } });
      }
  }
  return sorted.map((f) => {
    const d = extra.get(f);
    if (!d) return f.result;
    const diagnostics = [...f.result.diagnostics, d].sort((a, b) => a.line - b.line || a.column - b.column);
    return { ...f.result, diagnostics, valid: f.result.valid && d.severity !== 'error' };
  });
}

/**
 * Files the checks across files will speak of: the caller finds where the unit id is written in
 * those the fast path found nothing in (`unitAtPending`) before checkAcrossFiles reports them.
 */
export function findTwins(files: readonly CheckedFile[]): CheckedFile[][] {
  return decideCounting(files, countingViewOf)
    .filter((c) => 'duplicates' in c || c.setAside.length > 0)
    .map((c) => ('duplicates' in c ? c.duplicates : [c.counted, ...c.setAside]).sort(byFile));
}
