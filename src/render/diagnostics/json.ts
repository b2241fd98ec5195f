import type { Diagnostic } from '../../core/diagnostics.js';
import type { FileResult } from '../../core/file-result.js';
import { summarizeValidation } from '../../core/validate/summary.js';
import { diagnosticHint, diagnosticMessage } from '../../i18n/diagnostic-messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { RenderOptions } from './options.js';

/** Bumped only when a field changes meaning or disappears; new fields may be added within a version. */
export const JSON_FORMAT_VERSION = 1;

/**
 * The documented machine shape (README, "Đọc thông báo lỗi"): stable keys, files sorted by path,
 * findings by position; `message` and `hint` in the chosen language, `args` the raw values.
 */
export function renderJson(results: readonly FileResult[], options: RenderOptions): string {
  const { lang } = options;
  const out = {
    version: JSON_FORMAT_VERSION,
    lang,
    summary: summarizeValidation(results),
    files: results.map((r) => ({
      file: r.file,
      valid: r.valid,
      ...(r.pathUnit !== undefined ? { pathUnit: r.pathUnit } : {}),
      ...(r.pathPeriod !== undefined ? { pathPeriod: r.pathPeriod } : {}),
      diagnostics: r.diagnostics.map((d) => finding(d, lang)),
      // Warnings the unit explained (`giai_trinh:`): not counted as warnings, kept with the unit's words.
      ...(r.explained
        ? { explained: r.explained.map((d) => ({ ...finding(d, lang), explanation: d.explanation })) }
        : {}),
    })),
  };
  // Indented: it is read by people debugging CI as often as by programs.
  return `${JSON.stringify(out, null, 2)}\n`;
}

function finding(d: Diagnostic, lang: Lang) {
  return {
    code: d.code,
    severity: d.severity,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    path: d.path,
    message: diagnosticMessage(d, lang),
    hint: diagnosticHint(d, lang),
    args: d.args,
  };
}
