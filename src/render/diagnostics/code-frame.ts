import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../core/diagnostics.js';
import { displayWidth } from '../text-table.js';

/** Findings about the bytes have no meaningful line to show. */
const NO_FRAME = new Set(['file-too-large', 'utf16', 'not-utf8', 'empty-file']);
const MAX_WIDTH = 160;

/**
 * The offending line(s) of the user's file, with the line before for context and a caret under the
 * place: what an official compares with their editor. Tabs show as "→" so a tab-indent is visible.
 */
export function renderCodeFrame(source: string | undefined, d: Diagnostic, color: ChalkInstance, indent: string): string {
  if (!source || NO_FRAME.has(d.code)) return '';
  const lines = source.split('\n');
  if (d.line > lines.length) return '';
  const last = Math.min(d.endLine ?? d.line, d.line + 2, lines.length);
  const first = Math.max(1, d.line - 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = (lines[n - 1] ?? '').replace(/\r$/, '');
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
  const visible = line.replace(/\t/g, '→').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '·');
  return visible.length > MAX_WIDTH ? `${visible.slice(0, MAX_WIDTH - 1)}…` : visible;
}
