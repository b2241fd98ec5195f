import type { PlanModel } from '../plan.js';
import type { ExplainedWarning, FileFinding, Quality, ReportUnit } from '../report-model.js';
import type { Counted } from './counted.js';
import { monthOf, unitOf } from './counted.js';
import type { ReportResult } from './tally.js';

/**
 * Files of the period that were left out (with their errors), counted files with warnings, the
 * warnings of counted files that their unit explained, and files whose month cannot be told. A file is "counted" only when it is the submission `indexCounted` chose.
 */
export function qualityFindings<R extends ReportResult>(
  results: readonly R[],
  counted: Counted<R>,
  units: readonly ReportUnit[],
  period: readonly string[],
  earlier: readonly string[],
  plan: PlanModel,
): Omit<Quality, 'gaps'> {
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  const inPeriod = new Set(period);
  const inEarlier = new Set(earlier.filter((m) => !inPeriod.has(m)));
  const excluded: FileFinding[] = [];
  const warnings: FileFinding[] = [];
  const unplaced: FileFinding[] = [];
  const explained: ExplainedWarning[] = [];
  let excludedEarlier = 0;
  for (const r of results) {
    const month = monthOf(r);
    const unitId = unitOf(r);
    const unit = unitId === undefined ? undefined : unitIndex.get(unitId);
    const isCounted =
      month !== undefined &&
      unitId !== undefined &&
      r.submission !== undefined &&
      counted.get(unitId, month) === r.submission;
    const finding = (diagnostics: R['diagnostics']): FileFinding => ({
      file: r.file,
      ...(unit === undefined ? {} : { unit }),
      ...(unitId === undefined ? {} : { unitId }),
      ...(month === undefined ? {} : { month }),
      diagnostics,
    });
    if (month === undefined) {
      unplaced.push(finding(r.diagnostics));
    } else if (inPeriod.has(month)) {
      if (!isCounted) {
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        const reason = errors.length > 0 ? 'errors' : unit === undefined ? 'unknown-unit' : 'duplicate';
        excluded.push({ ...finding(errors), reason });
      } else {
        if (r.diagnostics.some((d) => d.severity === 'warning'))
          warnings.push(finding(r.diagnostics.filter((d) => d.severity === 'warning')));
        for (const { explanation, ...diagnostic } of r.explained ?? []) {
          const task = String(diagnostic.path[1]);
          explained.push({
            file: r.file,
            // A counted file is always of a registered unit.
            unit: unit!,
            unitId: unitId!,
            month,
            task,
            taskLabel: plan.tasks.get(task)?.task.label ?? task,
            check: diagnostic.code === 'rule' ? diagnostic.args.rule : diagnostic.code,
            diagnostic: diagnostic as ExplainedWarning['diagnostic'],
            explanation,
          });
        }
      }
    } else if (inEarlier.has(month) && !isCounted) {
      excludedEarlier++;
    }
  }
  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    excluded: excluded.sort(byFile),
    warnings: warnings.sort(byFile),
    // Stable: a file's explained warnings stay in line order.
    explained: explained.sort(byFile),
    unplaced: unplaced.sort(byFile),
    excludedEarlier,
  };
}
