import type { Diagnosis } from './yaml-repair.js';

/*
 * Lines indented with a tab, and how deep each was meant to be. All of it is worked out in one pass
 * down the text, whatever its number of tab lines: a file may hold tens of thousands of them under
 * the size limit, and looking up and down the file from each would take the square of that.
 */

/**
 * A line indented with a tab (spaces may come before and after it) before a key or a list dash. A
 * tab after the indent of a text over several lines is the text's own. Lines start after a line
 * feed only, as for yaml: a lone CR or U+2028 does not start one.
 */
const TAB_LINE = /(?<![^\n])([ ]*\t[ \t]*)(?=[^\s#])(?=.*:(\s|$)|-\s)/gm;
const TASK_ID = /^\s*[A-Z]+\.\d+\s*:/;
/** A line that opens a block ("indicators:"), a comment after it or not. */
const OPENS_BLOCK = /:\s*(#.*)?$/;

/** A line of the text as the indent guess sees it: the CR of a CRLF left off. */
interface Line {
  start: number;
  text: string;
  indent: number;
  /** Not blank, not a comment. */
  content: boolean;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const raw = text.slice(start, text.charCodeAt(nl - 1) === 0x0d && nl > start ? nl - 1 : nl);
    const rest = raw.trimStart();
    lines.push({ start, text: raw, indent: raw.length - rest.length, content: rest !== '' && rest[0] !== '#' });
    start = nl + 1;
  }
  return lines;
}

/**
 * Every line indented with a tab, top to bottom, as the diagnosis of a tab; the parser lets some
 * through (read as a deeper level: the line then lands under the wrong parent), so they are found
 * here, not from its errors. Offsets are the text's own: each line is judged with the lines above
 * it already mended, as if the official had put them right one after the other.
 */
export function findTabLines(text: string): Diagnosis[] {
  const found = [...text.matchAll(TAB_LINE)];
  if (found.length === 0) return [];
  const indents = guessIndents(
    text,
    found.map((m) => m.index),
    true,
  );
  return found.map((m, i) => {
    const tab = m.index + m[1]!.indexOf('\t');
    return {
      reason: 'tab',
      span: { start: tab, end: tab + 1 },
      edits: [{ start: m.index, end: m.index + m[1]!.length, insert: ' '.repeat(indents[i]!) }],
    };
  });
}

/**
 * The parser's tab errors at these offsets, each mended by the indent of its line, all judged on
 * the text as it is (the round's edits are made together afterwards).
 */
export function diagnoseTabErrors(text: string, offsets: readonly number[]): Diagnosis[] {
  const starts = offsets.map((o) => text.lastIndexOf('\n', Math.max(0, o - 1)) + 1);
  const order = starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
  const sorted = guessIndents(
    text,
    order.map((i) => starts[i]!),
    false,
  );
  const indents: number[] = [];
  order.forEach((i, k) => {
    indents[i] = sorted[k]!;
  });
  return starts.map((start, i) => {
    let end = start;
    while (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09) end++;
    const inIndent = text.slice(start, end).indexOf('\t');
    if (inIndent < 0) {
      // A tab after a dash or a colon ("-\tname: …"): the parser points at it, and a space mends it.
      const at = offsets[i]!;
      const isTab = text.charCodeAt(at) === 0x09;
      return {
        reason: 'tab',
        span: { start: at, end: at + 1 },
        edits: isTab ? [{ start: at, end: at + 1, insert: ' ' }] : [],
      };
    }
    const tab = start + inIndent;
    return {
      reason: 'tab',
      span: { start: tab, end: tab + 1 },
      edits: [{ start, end, insert: ' '.repeat(indents[i]!) }],
    };
  });
}

/**
 * How deep each line starting at `starts` (in ascending order) was meant to be. A task id ("UB.3:")
 * goes where the nearest task id above not indented with a tab is. Another line that opens a block
 * sits on one of the levels open above it, the deepest one above the block's first line; any other
 * line sits as deep as the line above, one level deeper when that line opens a block. With
 * `mendAsYouGo`, a line is taken as mended to its guess when the lines below it are judged.
 *
 * One pass: the levels open above the current line are kept as a stack of indents, each deeper than
 * the one below it, so "the nearest line above indented less than n" is a binary search.
 */
function guessIndents(text: string, starts: readonly number[], mendAsYouGo: boolean): number[] {
  const lines = linesOf(text);
  // The nearest content line below each line, found from the bottom up.
  const below: (Line | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, next: Line | undefined; i >= 0; i--) {
    below[i] = next;
    if (lines[i]!.content) next = lines[i];
  }
  const guesses: number[] = [];
  const open: number[] = [];
  let above: Line | undefined;
  let taskIdIndent: number | undefined;
  let s = 0;
  for (let i = 0; i < lines.length && s < starts.length; i++) {
    let line = lines[i]!;
    while (s < starts.length && starts[s] === line.start) {
      const guess = guessIndent(line, above, below[i], open, taskIdIndent);
      guesses.push(guess);
      s++;
      if (mendAsYouGo) line = { ...line, text: ' '.repeat(guess) + line.text.slice(line.indent), indent: guess };
    }
    if (!line.content) continue;
    above = line;
    while (open.length > 0 && open[open.length - 1]! >= line.indent) open.pop();
    open.push(line.indent);
    if (TASK_ID.test(line.text) && !line.text.startsWith('\t')) taskIdIndent = line.indent;
  }
  return guesses;
}

function guessIndent(
  line: Line,
  above: Line | undefined,
  next: Line | undefined,
  open: readonly number[],
  taskIdIndent: number | undefined,
): number {
  if (!above) return 0;
  if (taskIdIndent !== undefined && TASK_ID.test(line.text)) return taskIdIndent;
  if (OPENS_BLOCK.test(line.text) && next && !next.text.startsWith('\t')) {
    const level = deepestBelow(open, next.indent);
    if (level !== undefined) return level;
  }
  return OPENS_BLOCK.test(above.text) ? above.indent + 2 : above.indent;
}

/** The greatest of the ascending `levels` below `n`. */
function deepestBelow(levels: readonly number[], n: number): number | undefined {
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levels[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? levels[lo - 1] : undefined;
}
