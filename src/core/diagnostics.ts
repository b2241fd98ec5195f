import type { DocPath } from './yaml-locate.js';

export type Severity = 'error' | 'warning';

/**
 * Every finding danvan can report, with the arguments its message needs. The wording lives in
 * src/i18n; the core only returns codes and arguments. Adding a code here without a message in
 * both languages is a compile error there.
 */
export interface DiagnosticArgs {
  // The secretariat's own files (plan, unit registry, config): broken YAML or off their schema.
  'setup-yaml': { detail: string };
  'setup-schema': { detail: string };
  // A plan file that contradicts itself.
  'plan-duplicate-id': { what: string; id: string };
  'plan-unknown-ref': { what: string; ref: string };
  'plan-task-group': { task: string; group: string };
  // A unit registry that contradicts itself.
  'units-duplicate-id': { id: string };
  'units-unknown-parent': { id: string; parent: string };
}

export type DiagnosticCode = keyof DiagnosticArgs;

export type Diagnostic = {
  [C in DiagnosticCode]: {
    code: C;
    severity: Severity;
    file: string;
    /** 1-based, in the user's own file. */
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    /** Where in the document, e.g. ['tasks', 'UB.1', 'indicators', 'ho_so_tiep_nhan']. */
    path: DocPath;
    args: DiagnosticArgs[C];
  };
}[DiagnosticCode];

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
