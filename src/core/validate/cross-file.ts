import type { Diagnostic } from '../diagnostics.js';
import type { FileResult } from '../file-result.js';
import type { CheckedFile } from './validate-file.js';

/**
 * Layer 6, over all files: two files for one unit and month are both errors, so neither is counted
 * (the secretariat cannot know which one the unit meant). Returns the results sorted by path.
 */
export function checkAcrossFiles(files: readonly CheckedFile[]): FileResult[] {
  const sorted = [...files].sort((a, b) => (a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0));
  const groups = new Map<string, CheckedFile[]>();
  for (const f of sorted) {
    const key = unitMonth(f.result);
    if (key === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const extra = new Map<CheckedFile, Diagnostic>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    for (const f of list) {
      const [unit, period] = unitMonth(f.result)!.split('\u0000') as [string, string];
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

/** The unit and month a file is for: its content when it says, else its path. */
function unitMonth(r: FileResult): string | undefined {
  const unit = r.submission?.unit ?? r.pathUnit;
  const period = r.submission?.period ?? r.pathPeriod;
  return unit === undefined || period === undefined ? undefined : `${unit}\u0000${period}`;
}
