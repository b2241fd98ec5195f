import type { Span } from '../yaml-locate.js';
import type { Edit } from './yaml-repair.js';

/*
 * A lone CR — a carriage return with no line feed after it, pasted in from an old Mac program or a
 * web form — in a file whose lines end in LF (or CR LF). The official's editor shows it as a line
 * break; YAML does not, and reads on in the same line. Each is named where it is, and the text is
 * read on as the editor shows it, so the rest of the file is checked as the official sees it.
 */

/** After the CR, what the editor shows as a line of its own: a key, a list item, a comment or nothing. */
const OWN_LINE = /^[ \t]*(?:(?:-[ \t]+)?[A-Za-z_][\w.-]*:(?:[ \t]|$)|-(?:[ \t]|$)|#|$)/;

export interface LoneCr {
  span: Span;
  /** The CR becomes a line feed where it ends a line of its own, a space where a text goes on past it. */
  edit: Edit;
}

/** Every lone CR of the text, in order. A CRLF file has none. */
export function findLoneCrs(text: string): LoneCr[] {
  const found: LoneCr[] = [];
  // Where the line the editor shows starts, and the next line feed: each found once, not per CR.
  let lineStart = 0;
  let nextLf = -1;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 0x0a) continue;
    if (nextLf < i) {
      const lf = text.lastIndexOf('\n', i);
      if (lf >= lineStart) lineStart = lf + 1;
      nextLf = text.indexOf('\n', i);
      if (nextLf < 0) nextLf = text.length;
    }
    const cr = text.indexOf('\r', i + 1);
    const lineEnd = cr >= 0 && cr < nextLf ? cr : nextLf;
    const breaks = breaksLine(text.slice(lineStart, i), text.slice(i + 1, lineEnd));
    found.push({ span: { start: i, end: i + 1 }, edit: { start: i, end: i + 1, insert: breaks ? '\n' : ' ' } });
    lineStart = i + 1;
  }
  return found;
}

/**
 * Whether a line break the editor shows between `before` (the line so far) and `after` (the rest of
 * the line) is one for YAML too: what follows stands as a line of its own, and nothing before it is
 * left open. Else the text goes on past it, as one line.
 */
export function breaksLine(before: string, after: string): boolean {
  return isClosed(before) && OWN_LINE.test(after);
}

/**
 * Whether a line closes every bracket and quote it opens (up to a comment): a CR inside `{ … }` or a
 * quoted text is read as a space, as the text goes on there whatever the editor shows.
 */
function isClosed(line: string): boolean {
  let depth = 0;
  let quote = '';
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (quote !== '') {
      if (c === '\\' && quote === '"') k++;
      else if (c === quote) quote = '';
      continue;
    }
    const prev = k === 0 ? ' ' : line[k - 1]!;
    if (c === '#' && /\s/.test(prev)) break;
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(prev)) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return depth === 0 && quote === '';
}
