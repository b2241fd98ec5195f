import type { Diagnostic } from '../core/diagnostics.js';
import { diagnosticHint, diagnosticMessage } from '../i18n/diagnostic-messages.js';
import type { Lang } from '../i18n/lang.js';

/** One finding as one line, editor-clickable: `file:line:column code message`, then the hint. */
export function renderDiagnosticLines(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics
    .map(
      (d) =>
        `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.code}  ${diagnosticMessage(d, lang)}\n    → ${diagnosticHint(d, lang)}\n`,
    )
    .join('');
}
