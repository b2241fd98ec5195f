import type { FileResult } from '../../core/file-result.js';
import { diagnosticHint, diagnosticMessage } from '../../i18n/diagnostic-messages.js';
import type { RenderOptions } from './options.js';
import { visible } from '../visible.js';
import { renderStylish } from './stylish.js';

/** GitHub's escaping for a workflow command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** …and for its properties (file, title), where ":" and "," separate fields. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error file=…,line=…::message` annotations, then the stylish report: GitHub shows only the first
 * annotations of a step, so the log must hold the full list too.
 */
export function renderGithub(results: readonly FileResult[], options: RenderOptions): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const props = [
        `file=${escapeProperty(visible(r.file))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine ?? d.line}`,
        `endColumn=${d.endColumn ?? d.column}`,
        `title=${escapeProperty(`danvan ${d.code}`)}`,
      ].join(',');
      // Control characters are shown as \u001b before escaping: the CI log is read by people too.
      const message = `${visible(diagnosticMessage(d, options.lang))}\n→ ${visible(diagnosticHint(d, options.lang))}`;
      lines.push(`::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(message)}`);
    }
  }
  const annotations = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  return annotations + renderStylish(results, options);
}
