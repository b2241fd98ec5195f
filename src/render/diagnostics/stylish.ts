import type { FileResult } from '../../core/file-result.js';
import { summarizeValidation } from '../../core/validate/summary.js';
import { diagnosticHint, diagnosticMessage } from '../../i18n/diagnostic-messages.js';
import { validateUi } from '../../i18n/validate-ui.js';
import { visible } from '../visible.js';
import { renderCodeFrame } from './code-frame.js';
import type { RenderOptions } from './options.js';

/**
 * The report for people: files with findings, each finding as `line:column  severity  message  code`
 * (the `file:line:column` head line is clickable in editors' terminals), its hint, and a code frame;
 * then the summary line. Files without findings are counted in the summary only.
 */
export function renderStylish(results: readonly FileResult[], options: RenderOptions): string {
  const { color: c, lang } = options;
  const t = validateUi[lang];
  const blocks: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const file = visible(r.file);
    const lines = [c.bold.underline(file)];
    for (const d of r.diagnostics) {
      const sev = d.severity === 'error' ? c.red(t.error) : c.yellow(t.warning);
      lines.push(`  ${c.dim(`${file}:${d.line}:${d.column}`)}  ${sev}  ${visible(diagnosticMessage(d, lang))}  ${c.dim(`[${d.code}]`)}`);
      lines.push(`    ${c.cyan(`→ ${t.hint}:`)} ${visible(diagnosticHint(d, lang))}`);
      const frame = renderCodeFrame(options.sources.get(r.file), d, c, '    ');
      if (frame) lines.push(frame.trimEnd());
    }
    blocks.push(`${lines.join('\n')}\n`);
  }
  const s = summarizeValidation(results);
  const mark = s.invalid > 0 ? c.red('✖') : s.withWarnings > 0 ? c.yellow('⚠') : c.green('✔');
  const summary = results.length === 0 ? t.noFiles : `${mark} ${t.summary(s)}${s.invalid > 0 ? `\n  ${t.invalidNote}` : ''}`;
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${summary}\n`;
}
