import { resolve } from 'node:path';
import type { ReportResult, ReportTally } from '../core/aggregate/tally.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { FileResult } from '../core/file-result.js';
import { countingViewOfResult, decideCounting } from '../core/validate/cross-file.js';
import { collectSubmissions, type CollectOptions } from './collect-submissions.js';
import { withReceipts, type Receipts } from './git-receipts.js';

export interface ReportCollectOptions
  extends Omit<CollectOptions, 'keepData' | 'cache' | 'shrink' | 'frames' | 'mainAdds'> {
  /** Where each file's data is added as it arrives (made for the report's plan, registry and period). */
  tally: ReportTally;
  /** How a file is named in the report (relative to the submissions folder); applied to diagnostics too. */
  rename?: (file: string) => string;
  /** When each file arrived (git); looked up before the files are renamed. */
  receipts?: Receipts;
}

const unitKeyOf = (r: ReportResult): string | undefined => r.submission?.unit ?? r.pathUnit;
const isTwin = (r: ReportResult): boolean =>
  r.diagnostics.some((d) => d.code === 'duplicate-submission' || d.code === 'copy-not-counted');

/**
 * Every submission file under the paths, validated with `collectSubmissions`; each file's data is
 * added to the tally the moment it arrives from its thread, and only its verdict, findings and
 * stamp are kept — so no file's parsed content outlives its arrival, and the adding up runs while
 * the other threads still check files. The results are those `collectSubmissions` gives, in the
 * same order.
 *
 * A valid file is added with its own verdict. Only two files for one unit and month (found after
 * all files are checked) change which file counts: every file of such a unit is validated again,
 * together, and the unit is added afresh with the final verdicts. That is rare (a file copied into
 * a second folder).
 */
export async function collectForReport(options: ReportCollectOptions): Promise<ReportResult[]> {
  const { tally, rename, receipts, ...check } = options;
  const shrink = (r: FileResult) => {
    const kept = tally.keep(r);
    if (r.valid && r.submission && kept.submission) tally.fold(kept.submission, r.submission);
    // The checks across files read a result's file, verdict and path only, never its submission's data.
    return kept as FileResult;
  };
  let results: ReportResult[] = await collectSubmissions({ ...check, shrink, frames: false, mainAdds: true });

  const twinUnits = new Set(
    results
      .filter(isTwin)
      .map(unitKeyOf)
      .filter((u) => u !== undefined),
  );
  if (twinUnits.size > 0) {
    for (const unit of twinUnits) tally.forgetUnit(unit);
    const again = results.filter((r) => twinUnits.has(unitKeyOf(r) ?? '')).map((r) => resolve(check.cwd, r.file));
    // Added with their final verdicts this time: after the checks across files, not as they arrive.
    const whole = await collectSubmissions({ ...check, paths: again, exclude: [], frames: false });
    const counted = new Set(
      decideCounting(whole, countingViewOfResult).flatMap((c) => ('counted' in c ? [c.counted] : [])),
    );
    const redone = new Map(
      whole.map((r) => {
        const kept = tally.keep(r);
        if (counted.has(r) && r.submission && kept.submission) tally.fold(kept.submission, r.submission);
        return [r.file, kept] as const;
      }),
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
function renamed(r: ReportResult, rename: (file: string) => string): ReportResult {
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
