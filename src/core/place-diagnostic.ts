import type { Document } from 'yaml';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from './diagnostics.js';
import { LineIndex } from './source.js';
import { locate, type DocPath } from './yaml-locate.js';

/** Makes the error diagnostics of one parsed file: at offsets of its text, or at a path of its document. */
export interface DiagnosticPlacer {
  span: <C extends DiagnosticCode>(
    code: C,
    start: number,
    end: number,
    path: DocPath,
    args: DiagnosticArgs[C],
  ) => Diagnostic;
  at: <C extends DiagnosticCode>(
    code: C,
    path: DocPath,
    args: DiagnosticArgs[C],
    target?: 'key' | 'value',
  ) => Diagnostic;
}

/**
 * The secretariat's files (plan, registry, config, notes) are small and checked whole; their findings
 * are placed here, with 1-based lines and columns of the text the user wrote. Pure.
 */
export function diagnosticPlacer(text: string, doc: Document, file: string): DiagnosticPlacer {
  let lines: LineIndex | undefined;
  const span = <C extends DiagnosticCode>(
    code: C,
    start: number,
    end: number,
    path: DocPath,
    args: DiagnosticArgs[C],
  ): Diagnostic => {
    lines ??= new LineIndex(text);
    const s = lines.position(start);
    // yaml reports some errors with an end before their start: they are placed as empty spans.
    const e = lines.position(Math.max(start, end));
    return {
      code,
      severity: 'error',
      file,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      path,
      args,
    } as Diagnostic;
  };
  const at = <C extends DiagnosticCode>(
    code: C,
    path: DocPath,
    args: DiagnosticArgs[C],
    target: 'key' | 'value' = 'value',
  ): Diagnostic => {
    const where = locate(doc, path, target);
    return span(code, where.start, where.end, path, args);
  };
  return { span, at };
}
