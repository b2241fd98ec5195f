import type { DiagnosticCode, Severity } from '../diagnostics.js';

/**
 * The severity a code usually has, for machine formats that list rules up front (SARIF). The plan's
 * own rules (`rule`) carry their severity from the plan file; the result's severity is what counts.
 */
export function usualSeverity(code: DiagnosticCode): Severity {
  return code === 'summary-empty' ||
    code === 'task-missing' ||
    code === 'explanation-unused' ||
    code === 'line-separator-in-text'
    ? 'warning'
    : 'error';
}
