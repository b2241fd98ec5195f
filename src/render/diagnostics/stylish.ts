import type { Diagnostic } from '../../core/diagnostics.js';
import type { FileResult } from '../../core/file-result.js';
import { summarizeValidation } from '../../core/validate/summary.js';
import { diagnosticHint, diagnosticMessage, diagnosticTitle } from '../../i18n/diagnostic-messages.js';
import { validateUi } from '../../i18n/validate-ui.js';
import { visible } from '../visible.js';
import { renderCodeFrame } from './code-frame.js';
import type { RenderOptions } from './options.js';

/** From this many findings of one kind (same code, same fix) in a file, they are shown as one line. */
const GROUP_FROM = 4;
/** Lines named in a group's line before "…": enough to find the place, short enough for one screen line. */
const LINES_SHOWN = 12;
/**
 * Findings shown for one file, the first in line order: a file with a mistake on each of a hundred
 * thousand lines would otherwise fill the terminal for minutes. The rest are counted in one line;
 * --verbose shows them all, and the machine formats always hold every one.
 */
const SHOWN_PER_FILE = 200;
/** What an unfilled template leaves: counted in the last line as "còn N chỗ chưa điền". */
const UNFILLED = new Set(['empty-value', 'schema-required']);

type Entry = { kind: 'one'; d: Diagnostic } | { kind: 'group'; ds: Diagnostic[]; hint: string };

/**
 * The report for people: files with findings, each finding as `line:column  severity  message  code`
 * (the `file:line:column` head line is clickable in editors' terminals), its hint, and a code frame;
 * many findings of one kind in a file (an unfilled template) as one line with their count and lines,
 * and at most SHOWN_PER_FILE findings a file (the rest counted), unless `verbose`; then the summary
 * line, what is left to fill in, and what was not checked.
 */
export function renderStylish(results: readonly FileResult[], options: RenderOptions): string {
  const { color: c, lang } = options;
  const t = validateUi[lang];
  const blocks: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0 && r.explained === undefined) continue;
    const file = visible(r.file);
    const lines = [c.bold.underline(file)];
    const all = entries(r.diagnostics, options);
    const shown = options.verbose ? all : all.slice(0, SHOWN_PER_FILE);
    for (const entry of shown) {
      const d = entry.kind === 'one' ? entry.d : entry.ds[0]!;
      const sev = d.severity === 'error' ? c.red(t.error) : c.yellow(t.warning);
      const head = c.dim(`${file}:${d.line}:${d.column}`);
      if (entry.kind === 'group') {
        const lineNumbers = [...new Set(entry.ds.map((x) => x.line))];
        const shown = lineNumbers.slice(0, LINES_SHOWN).join(', ') + (lineNumbers.length > LINES_SHOWN ? ', …' : '');
        lines.push(
          `  ${head}  ${sev}  ${t.group(diagnosticTitle(d.code, lang), entry.ds.length, shown)}  ${c.dim(`[${d.code}]`)}`,
        );
        lines.push(`    ${c.cyan(`→ ${t.hint}:`)} ${visible(entry.hint)}`);
        continue;
      }
      lines.push(`  ${head}  ${sev}  ${visible(diagnosticMessage(d, lang))}  ${c.dim(`[${d.code}]`)}`);
      lines.push(`    ${c.cyan(`→ ${t.hint}:`)} ${visible(diagnosticHint(d, lang))}`);
      const frame = renderCodeFrame(options.sources.get(r.file), d, c, '    ', options.columns);
      if (frame) lines.push(frame.trimEnd());
    }
    let more = 0;
    for (const entry of all.slice(shown.length)) more += entry.kind === 'group' ? entry.ds.length : 1;
    if (more > 0) lines.push(`  ${c.yellow(t.more(more, shown.length))}`);
    // Explained warnings come last and calm: the unit's words first, the warning they answer dimmed, no frame.
    for (const d of r.explained ?? []) {
      const head = c.dim(`${file}:${d.line}:${d.column}`);
      lines.push(`  ${head}  ${c.green(`${t.explained}:`)} ${visible(d.explanation)}`);
      lines.push(`    ${c.dim(`(${t.explainedWarning}: ${visible(diagnosticMessage(d, lang))})  [${d.code}]`)}`);
    }
    blocks.push(`${lines.join('\n')}\n`);
  }
  const s = summarizeValidation(results);
  const unchecked = options.unchecked === 'registry' && results.length > 0;
  const mark = s.invalid > 0 ? c.red('✖') : s.withWarnings > 0 || unchecked ? c.yellow('⚠') : c.green('✔');
  const out = [results.length === 0 ? t.noFiles : `${mark} ${t.summary(s)}`];
  if (s.invalid > 0) out.push(`  ${t.invalidNote}`);
  const unfilled = results.reduce((n, r) => n + r.diagnostics.filter((d) => UNFILLED.has(d.code)).length, 0);
  if (unfilled > 0) out.push(`  ${t.unfilled(unfilled)}`);
  if (unchecked) out.push(`  ${c.yellow(t.notChecked)}`);
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${out.join('\n')}\n`;
}

/** The findings of one file in line order, those of a kind seen GROUP_FROM times or more gathered at the first. */
function entries(diagnostics: readonly Diagnostic[], options: RenderOptions): Entry[] {
  if (options.verbose) return diagnostics.map((d) => ({ kind: 'one', d }));
  const byKind = new Map<string, Diagnostic[]>();
  const hints = new Map<Diagnostic, string>();
  for (const d of diagnostics) {
    const hint = diagnosticHint(d, options.lang);
    hints.set(d, hint);
    const key = `${d.code}\u0000${d.severity}\u0000${hint}`;
    const list = byKind.get(key);
    if (list) list.push(d);
    else byKind.set(key, [d]);
  }
  const out: Entry[] = [];
  for (const d of diagnostics) {
    const list = byKind.get(`${d.code}\u0000${d.severity}\u0000${hints.get(d)}`)!;
    if (list.length < GROUP_FROM) out.push({ kind: 'one', d });
    else if (list[0] === d) out.push({ kind: 'group', ds: list, hint: hints.get(d)! });
  }
  return out;
}
