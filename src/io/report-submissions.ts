import { resolve } from 'node:path';
import { ReportFiles } from '../core/aggregate/report-files.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { FileResult } from '../core/file-result.js';
import { collectSubmissions, type CollectOptions } from './collect-submissions.js';
import { withReceipts, type Receipts } from './git-receipts.js';

export interface ReportCollectOptions extends Omit<CollectOptions, 'keepData' | 'cache' | 'shrink'> {
  /** The report period's months: the only ones whose task summaries are kept. */
  periodMonths: readonly string[];
  /** How a file is named in the report (relative to the submissions folder); applied to diagnostics too. */
  rename?: (file: string) => string;
  /** When each file arrived (git); looked up before the files are renamed. */
  receipts?: Receipts;
}

const unitKeyOf = (r: FileResult): string | undefined => r.submission?.unit ?? r.pathUnit;
const isTwin = (r: FileResult): boolean =>
  r.diagnostics.some((d) => d.code === 'duplicate-submission' || d.code === 'copy-not-counted');

/**
 * Every submission file under the paths, validated with `collectSubmissions`, each result cut down
 * to what the report reads (see ReportFiles) the moment it arrives from its thread — so a city's
 * year is never held whole in memory, and the cutting down runs while the other threads still
 * check files. The results are those `collectSubmissions` gives, in the same order.
 *
 * A result is cut down with the file's own verdict. Only two files for one unit and month (found
 * after all files are checked) change a verdict, and a valid file can have dropped an earlier
 * month's summary of its unit: every file of such a unit is validated again, together, and added
 * afresh with its final verdict. That is rare (a file copied into a second folder).
 */
export async function collectForReport(options: ReportCollectOptions): Promise<FileResult[]> {
  const { periodMonths, rename, receipts, ...check } = options;
  const keep = new ReportFiles(periodMonths);
  const shrink = (r: FileResult) => keep.add(r);
  let results = await collectSubmissions({ ...check, shrink });

  const twinUnits = new Set(
    results
      .filter(isTwin)
      .map(unitKeyOf)
      .filter((u) => u !== undefined),
  );
  if (twinUnits.size > 0) {
    for (const unit of twinUnits) keep.forgetUnit(unit);
    const again = results.filter((r) => twinUnits.has(unitKeyOf(r) ?? '')).map((r) => resolve(check.cwd, r.file));
    // Added with their final verdicts this time: after the checks across files, not as they arrive.
    const redone = new Map(
      (await collectSubmissions({ ...check, paths: again, exclude: [] })).map((r) => [r.file, keep.add(r)]),
    );
    results = results.map((r) => redone.get(r.file) ?? r);
  }
  if (receipts) results = withReceipts(results, receipts);
  if (!rename) return results;
  // Only names of files found here are renamed: a unit id in a diagnostic's arguments stays as it is.
  const found = new Set(results.map((r) => r.file));
  const name = (v: string) => (found.has(v) ? rename(v) : v);
  return results.map((r) => renamed(r, name));
}

/** A result with its file names as the report shows them, in its diagnostics too. */
function renamed(r: FileResult, rename: (file: string) => string): FileResult {
  const name = (v: unknown): unknown => (typeof v === 'string' ? rename(v) : Array.isArray(v) ? v.map(name) : v);
  const renamedDiagnostic = <D extends Diagnostic>(d: D): D =>
    ({
      ...d,
      file: rename(d.file),
      args: Object.fromEntries(Object.entries(d.args).map(([k, v]) => [k, name(v)])),
    }) as D;
  return {
    ...r,
    file: rename(r.file),
    diagnostics: r.diagnostics.map(renamedDiagnostic),
    ...(r.explained ? { explained: r.explained.map(renamedDiagnostic) } : {}),
  };
}
