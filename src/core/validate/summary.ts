import type { FileResult } from '../file-result.js';

/** The summary line's counts. Every file is in exactly one of valid, withWarnings, invalid. */
export interface ValidationSummary {
  files: number;
  /** No findings at all (warnings the unit explained are not findings). */
  valid: number;
  /** No error, at least one warning: still counted in reports. */
  withWarnings: number;
  /** At least one error: left out of reports. */
  invalid: number;
  errors: number;
  /** Warnings not explained; those explained (`giai_trinh:`) are counted apart and never fail a run. */
  warnings: number;
  explained: number;
}

export function summarizeValidation(results: readonly FileResult[]): ValidationSummary {
  const s: ValidationSummary = {
    files: results.length,
    valid: 0,
    withWarnings: 0,
    invalid: 0,
    errors: 0,
    warnings: 0,
    explained: 0,
  };
  for (const r of results) {
    let errors = 0;
    for (const d of r.diagnostics) if (d.severity === 'error') errors++;
    const warnings = r.diagnostics.length - errors;
    s.errors += errors;
    s.warnings += warnings;
    s.explained += r.explained?.length ?? 0;
    if (errors > 0 || !r.valid) s.invalid++;
    else if (warnings > 0) s.withWarnings++;
    else s.valid++;
  }
  return s;
}

export const failOnLevels = ['error', 'warning'] as const;
export type FailOn = (typeof failOnLevels)[number];

/** 1 when the data has errors (or warnings, with --fail-on warning), else 0. Usage errors (2) are the CLI's. */
export function validationExitCode(summary: ValidationSummary, failOn: FailOn): 0 | 1 {
  if (summary.invalid > 0) return 1;
  return failOn === 'warning' && summary.warnings > 0 ? 1 : 0;
}
