import type { FileResult } from '../../core/file-result.js';
import { diagnosticHint, diagnosticMessage } from '../../i18n/diagnostic-messages.js';
import { validateUi } from '../../i18n/validate-ui.js';
import { escapeXml } from '../xml.js';
import type { RenderOptions } from './options.js';

/**
 * One test case per file: it fails when the file has errors (all listed in the failure's text);
 * warnings, and warnings the unit explained with its words, go to system-out. CI dashboards then show which units' files do not pass.
 */
export function renderJunit(results: readonly FileResult[], options: RenderOptions): string {
  const { lang } = options;
  const t = validateUi[lang];
  const failures = results.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
  const line = (r: FileResult, d: FileResult['diagnostics'][number]) =>
    `${r.file}:${d.line}:${d.column} ${d.code}: ${diagnosticMessage(d, lang)}\n  → ${diagnosticHint(d, lang)}`;
  const cases = results.map((r) => {
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning');
    const body: string[] = [];
    if (errors.length > 0) {
      body.push(
        `      <failure message="${escapeXml(t.junitFailure(errors.length))}" type="danvan">${escapeXml(errors.map((d) => line(r, d)).join('\n'))}</failure>`,
      );
    }
    // Explained warnings leave the case passed, with a note of the unit's words.
    const notes = [
      ...warnings.map((d) => line(r, d)),
      ...(r.explained ?? []).map((d) => `${line(r, d)}\n  ${t.explained}: ${d.explanation}`),
    ];
    if (notes.length > 0) body.push(`      <system-out>${escapeXml(notes.join('\n'))}</system-out>`);
    const open = `    <testcase classname="danvan.validate" name="${escapeXml(r.file)}" file="${escapeXml(r.file)}"`;
    return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`;
  });
  const counts = `tests="${results.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="danvan validate" ${counts}>`,
    `  <testsuite name="danvan validate" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
