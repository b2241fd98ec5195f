import type { Diagnostic } from '../diagnostics.js';
import type { FileResult } from '../file-result.js';
import type { CheckedFile } from './validate-file.js';

const byFile = (a: CheckedFile, b: CheckedFile) => (a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0);

/**
 * Layer 6, over all files: two files for one unit and month are both errors, so neither is counted
 * (the secretariat cannot know which one the unit meant). Returns the results sorted by path.
 */
export function checkAcrossFiles(files: readonly CheckedFile[]): FileResult[] {
  const sorted = [...files].sort(byFile);
  const extra = new Map<CheckedFile, Diagnostic>();
  for (const list of findTwins(sorted)) {
    for (const f of list) {
      const [unit, period] = unitMonth(f)!.split('\u0000') as [string, string];
      const where = f.unitAt ?? { line: 1, column: 1 };
      extra.set(f, {
        code: 'duplicate-submission', severity: 'error', file: f.result.file, ...where, path: ['unit'],
        args: { unit, period, others: list.filter((o) => o !== f).map((o) => o.result.file) },
      });
    }
  }
  return sorted.map((f) => {
    const d = extra.get(f);
    if (!d) return f.result;
    const diagnostics = [...f.result.diagnostics, d].sort((a, b) => a.line - b.line || a.column - b.column);
    return { ...f.result, diagnostics, valid: false };
  });
}

/**
 * Groups of two or more files for the same unit and month, each in path order. The caller finds
 * where the unit id is written in files the fast path settled (`unitAtPending`) before
 * checkAcrossFiles reports them.
 */
export function findTwins(files: readonly CheckedFile[]): CheckedFile[][] {
  const groups = new Map<string, CheckedFile[]>();
  for (const f of files) {
    const key = unitMonth(f);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  // Only the (rare) groups are sorted, not every file.
  return [...groups.values()].filter((list) => list.length > 1).map((list) => list.sort(byFile));
}

/** The unit and month a file is for: its content when it says, else its path. */
function unitMonth(f: CheckedFile): string | undefined {
  const unit = f.unitMonth?.unit ?? f.result.pathUnit;
  const period = f.unitMonth?.period ?? f.result.pathPeriod;
  return unit === undefined || period === undefined ? undefined : `${unit}\u0000${period}`;
}
