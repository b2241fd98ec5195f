import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../core/diagnostics.js';
import { displayWidth } from '../text-table.js';
import { visible } from '../visible.js';

/** Findings about the bytes have no meaningful line to show. */
const NO_FRAME = new Set(['file-too-large', 'utf16', 'not-utf8', 'empty-file']);
const MAX_WIDTH = 160;

/** The lines of a file that frames show, by 1-based number: all a report needs to keep of a file. */
export type SourceLines = ReadonlyMap<number, string>;

/** Which lines a finding's frame shows: the one before, and the finding's own (at most three). */
function frameLines(d: Diagnostic): [number, number] {
  return [Math.max(1, d.line - 1), Math.min(d.endLine ?? d.line, d.line + 2)];
}

/**
 * Keeps only the lines the frames of these findings show, so checking thousands of files does not
 * hold thousands of texts in memory.
 */
export function linesForFrames(text: string, diagnostics: readonly Diagnostic[]): Map<number, string> {
  const kept = new Map<number, string>();
  const wanted = diagnostics.filter((d) => !NO_FRAME.has(d.code));
  if (wanted.length === 0) return kept;
  const lines = text.split('\n');
  for (const d of wanted) {
    const [first, last] = frameLines(d);
    for (let n = first; n <= last && n <= lines.length; n++) kept.set(n, (lines[n - 1] ?? '').replace(/\r$/, ''));
  }
  return kept;
}

/**
 * The offending line(s) of the user's file, with the line before for context and a caret under the
 * place: what an official compares with their editor. Tabs show as "→" so a tab-indent is visible.
 */
export function renderCodeFrame(lines: SourceLines | undefined, d: Diagnostic, color: ChalkInstance, indent: string): string {
  if (!lines || NO_FRAME.has(d.code) || !lines.has(d.line)) return '';
  const [first, wantedLast] = frameLines(d);
  let last = d.line;
  while (last < wantedLast && lines.has(last + 1)) last++;
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = lines.get(n) ?? '';
    const marker = n >= d.line && n <= last ? '>' : ' ';
    const text = show(raw);
    out.push(`${indent}${color.dim(`${marker} ${String(n).padStart(gutter)} |`)} ${n === d.line ? text : color.dim(text)}`);
    if (n === d.line) {
      const start = Math.max(0, d.column - 1);
      const end = d.endLine === d.line && d.endColumn !== undefined ? Math.max(d.endColumn - 1, start + 1) : raw.length;
      const pad = displayWidth(show(raw.slice(0, start)));
      const width = Math.max(1, Math.min(displayWidth(show(raw.slice(start, end))), MAX_WIDTH - pad));
      const paint = d.severity === 'error' ? color.red : color.yellow;
      out.push(`${indent}${color.dim(`  ${' '.repeat(gutter)} |`)} ${' '.repeat(pad)}${paint('^'.repeat(width))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function show(line: string): string {
  const shown = visible(line.replace(/\t/g, '→'));
  return shown.length > MAX_WIDTH ? `${shown.slice(0, MAX_WIDTH - 1)}…` : shown;
}
