import type { Diagnostic, DiagnosticArgs } from '../diagnostics.js';
import { pathShape } from './context-checks.js';
import type { CheckedFile } from './validate-file.js';

type EntryCode = 'file-unreadable' | 'link-outside' | 'file-name-space';

/**
 * The result of an entry of the submissions folder that was not read as a submission: one error
 * for the file as a whole, so that it is listed with the others and never counted.
 */
export function entryProblem<C extends EntryCode>(file: string, code: C, args: DiagnosticArgs[C]): CheckedFile {
  const diagnostic = { code, severity: 'error', file, line: 1, column: 1, path: [], args } as Diagnostic;
  return { result: { file, ...pathShape(file), diagnostics: [diagnostic], valid: false } };
}
