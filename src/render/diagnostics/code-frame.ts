import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../core/diagnostics.js';
import { displayWidth } from '../text-table.js';
import { visible } from '../visible.js';

/** Findings about the bytes have no meaningful line to show. */
const NO_FRAME = new Set(['file-too-large', 'utf16', 'not-utf8', 'empty-file']);

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

/** Terminal width when none is known (a pipe, a file): what every terminal has. */
const FRAME_COLUMNS = 80;

/**
 * The offending line(s) of the user's file, with the line before for context and a caret under the
 * place: what an official compares with their editor. Tabs show as "→" so a tab-indent is visible.
 * A line wider than the terminal is cut to a window around the place ("…" where cut), the same for
 * every line of the frame, so the caret stays under the value instead of wrapping away from it.
 */
export function renderCodeFrame(
  lines: SourceLines | undefined,
  d: Diagnostic,
  color: ChalkInstance,
  indent: string,
  columns = FRAME_COLUMNS,
): string {
  if (!lines || NO_FRAME.has(d.code) || !lines.has(d.line)) return '';
  const [first, wantedLast] = frameLines(d);
  let last = d.line;
  while (last < wantedLast && lines.has(last + 1)) last++;
  const gutter = String(last).length;
  const room = Math.max(20, columns - indent.length - gutter - 5);
  const raw = lines.get(d.line) ?? '';
  const start = Math.max(0, d.column - 1);
  const end = d.endLine === d.line && d.endColumn !== undefined ? Math.max(d.endColumn - 1, start + 1) : raw.length;
  const pad = displayWidth(show(raw.slice(0, start)));
  const width = Math.max(1, displayWidth(show(raw.slice(start, end))));
  // Where the window starts: at 0 when the place fits, else a third of the room before the place.
  const from = pad + Math.min(width, room / 2) <= room - 1 ? 0 : Math.max(0, pad - Math.floor(room / 3));
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n >= d.line && n <= last ? '>' : ' ';
    const text = windowOf(show(lines.get(n) ?? ''), from, room);
    out.push(
      `${indent}${color.dim(`${marker} ${String(n).padStart(gutter)} |`)} ${n === d.line ? text : color.dim(text)}`,
    );
    if (n === d.line) {
      const caretAt = pad - from + (from > 0 ? 1 : 0);
      const paint = d.severity === 'error' ? color.red : color.yellow;
      out.push(
        `${indent}${color.dim(`  ${' '.repeat(gutter)} |`)} ${' '.repeat(caretAt)}${paint('^'.repeat(Math.max(1, Math.min(width, room - caretAt - 1))))}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** The part of a shown line from display column `from`, at most `room` wide, with "…" where cut. */
function windowOf(text: string, from: number, room: number): string {
  const chars = [...text.normalize('NFC')];
  let col = 0;
  let i = 0;
  while (i < chars.length && col < from) {
    if (!/\p{M}/u.test(chars[i]!)) col++;
    i++;
  }
  const head = from > 0 ? '…' : '';
  let out = head;
  let w = head.length;
  for (; i < chars.length; i++) {
    const ch = chars[i]!;
    const cw = /\p{M}/u.test(ch) ? 0 : 1;
    if (w + cw > room - 1 && i < chars.length - 1) return `${out}…`;
    out += ch;
    w += cw;
  }
  return out;
}

function show(line: string): string {
  return visible(line.replace(/\t/g, '→'));
}
