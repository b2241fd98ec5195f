import { ReportFiles } from '../core/aggregate/report-files.js';
import type { FileResult } from '../core/file-result.js';
import { collectSubmissions, shownPath, type CollectOptions } from './collect-submissions.js';
import { walkYamlFiles } from './walk.js';

/**
 * Files validated at a time. A batch's full results are in memory at once; between batches only
 * what the report keeps remains. Each batch starts its own worker threads and leaves them idle
 * while its results are cut down, so batches are not made smaller than this: for a city's year
 * (30,000 files), two batches kept peak memory as low as five did, and took less time.
 */
export const REPORT_BATCH = 15_000;

export interface ReportCollectOptions extends Omit<CollectOptions, 'keepData' | 'cache'> {
  /** The report period's months: the only ones whose task summaries are kept. */
  periodMonths: readonly string[];
  /** How a file is named in the report (relative to the submissions folder); applied to diagnostics too. */
  rename?: (file: string) => string;
  /** Files per batch (tests make it small). */
  batch?: number;
}

/** The unit and month a file is for, as the checks across files group them: its content's, else its path's. */
const keyOf = (r: FileResult): string | undefined => {
  const unit = r.submission?.unit ?? r.pathUnit;
  const month = r.submission?.period ?? r.pathPeriod;
  return unit === undefined || month === undefined ? undefined : `${unit}\u0000${month}`;
};
const unitKeyOf = (r: FileResult): string | undefined => r.submission?.unit ?? r.pathUnit;

/**
 * Every submission file under the paths, validated batch by batch with `collectSubmissions`, each
 * result cut down to what the report reads (see ReportFiles) as soon as its batch is done. The
 * results are those `collectSubmissions` gives for all the files at once, in the same order: two
 * files for one unit and month in different batches are found at the end, and every file of that
 * unit is validated again together, so they are flagged as duplicates exactly as they would be.
 */
export async function collectForReport(options: ReportCollectOptions): Promise<FileResult[]> {
  const { periodMonths, rename, batch = REPORT_BATCH, paths, cwd, exclude, ...check } = options;
  const files = await walkYamlFiles(paths, cwd, exclude);
  const keep = new ReportFiles(periodMonths);
  const absOf = new Map<string, string>();
  for (const abs of files) absOf.set(shownPath(abs, cwd), abs);

  /** Validated results as the report keeps them, by the file's shown path (the order of the output). */
  const kept = new Map<string, FileResult>();
  /** Batch of each unit-and-month key, to find pairs split over batches. */
  const batchOfKey = new Map<string, number>();
  const split = new Set<string>();
  const run = async (list: readonly string[]) => collectSubmissions({ ...check, paths: [...list], cwd, exclude: [] });
  // Only names of files found here are renamed: a unit id in a diagnostic's arguments stays as it is.
  const name = rename ? (v: string) => (absOf.has(v) ? rename(v) : v) : undefined;
  const store = (r: FileResult) => kept.set(r.file, keep.add(name ? renamed(r, name) : r));

  for (let start = 0, b = 0; start < files.length; start += batch, b++) {
    for (const r of await run(files.slice(start, start + batch))) {
      const key = keyOf(r);
      if (key !== undefined) {
        const seen = batchOfKey.get(key);
        if (seen === undefined) batchOfKey.set(key, b);
        else if (seen !== b) split.add(unitKeyOf(r)!);
      }
      store(r);
    }
  }

  if (split.size > 0) {
    // Rare: a unit's file for one month sits in another month's folder. Check the unit's files together.
    const again = [...kept].filter(([, r]) => split.has(unitKeyOf(r) ?? '')).map(([file]) => absOf.get(file) ?? file);
    for (const unit of split) keep.forgetUnit(unit);
    for (const r of await run(again)) store(r);
  }
  return [...kept.keys()].sort(byPath).map((f) => kept.get(f)!);
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A result with its file names as the report shows them, in its diagnostics too. */
function renamed(r: FileResult, rename: (file: string) => string): FileResult {
  const name = (v: unknown): unknown => (typeof v === 'string' ? rename(v) : Array.isArray(v) ? v.map(name) : v);
  return {
    ...r,
    file: rename(r.file),
    diagnostics: r.diagnostics.map((d) => ({ ...d, file: rename(d.file), args: Object.fromEntries(Object.entries(d.args).map(([k, v]) => [k, name(v)])) }) as typeof d),
  };
}
