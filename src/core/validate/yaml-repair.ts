import type { ErrorCode } from 'yaml';
import type { YamlProblem } from '../diagnostics.js';

/** One edit of the text: the characters from `start` to `end` become `insert`. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** What a syntax error is, in the words of the official's mistake, and the edit that mends it for reading on. */
export interface Diagnosis {
  reason: YamlProblem | 'tab';
  span: { start: number; end: number };
  /** The unusual character, as U+XXXX, for `odd-character`. */
  char?: string;
  /** Edits, right to left; empty when the line cannot be mended (it is then left out of the reading). */
  edits: Edit[];
}

/** Characters word processors put in text that YAML does not take for spaces or that do not show. */
const ODD = /[\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const CURLY_OPEN = /^[“‘„‚«]/;
/** `key: value` at the start of a line (after the indent and an optional "- "). */
const KEY_LINE = /^(\s*(?:-\s+)?)([^\s#:'"[{][^:#]*?|"[^"]*"|'[^']*'):(?:[ \t]+(.*?))?\s*$/;
const ID_LIKE = /^[A-Za-z_][\w.-]*$/;

interface Line {
  start: number;
  text: string;
  indent: number;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const nl = text.indexOf('\n', start);
  const raw = text.slice(start, nl === -1 ? text.length : nl).replace(/\r$/, '');
  return { start, text: raw, indent: raw.length - raw.trimStart().length };
}

/** The nearest line above that holds something (not blank, not a comment). */
function lineAbove(text: string, line: Line): Line | undefined {
  let at = line.start - 1;
  while (at > 0) {
    const l = lineAt(text, at);
    if (l.text.trim() !== '' && !l.text.trimStart().startsWith('#')) return l;
    at = l.start - 1;
  }
  return undefined;
}

/** A text as a single-quoted YAML scalar: the one form where nothing but ' needs care. */
function singleQuoted(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function valueOfLine(line: Line): { start: number; end: number; value: string } | undefined {
  const m = KEY_LINE.exec(line.text);
  if (!m || m[3] === undefined || m[3] === '') return undefined;
  const value = m[3];
  const at = line.text.lastIndexOf(value);
  return { start: line.start + at, end: line.start + at + value.length, value };
}

const codeOf = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Different mistakes read from one line before the rest there are named as the parser names them. */
const MAX_READINGS_PER_LINE = 20;

/**
 * Names the mistake behind each parser error of a text from the line it is on, and says how to mend
 * it so the rest of the file can still be read. The parser's code only hints; the line's text
 * decides. What a line says is read once for all the errors on it with the same code and message: a
 * line of a thousand stray quotes has a thousand errors, and reading the line again for each would
 * take the square of its length. Tab errors are judged together by tab-indent.ts.
 */
export function lineDiagnoser(
  text: string,
): (code: ErrorCode, pos: readonly [number, number], message: string) => Diagnosis {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  const lines = new Map<number, Line>();
  const readings = new Map<number, number>();
  const read = new Map<string, Diagnosis | undefined>();
  const lineOf = (offset: number): Line => {
    // As lineAt: the line feed at an offset belongs to the line it ends.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    const start = offset === 0 ? lineAt(text, 0).start : starts[lo - 1]!;
    let line = lines.get(start);
    if (!line) lines.set(start, (line = lineAt(text, start)));
    return line;
  };
  return (code, pos, message) => {
    const line = lineOf(pos[0]);
    const key = `${line.start} ${code} ${message}`;
    const n = readings.get(line.start) ?? 0;
    if (!read.has(key) && n < MAX_READINGS_PER_LINE) {
      readings.set(line.start, n + 1);
      read.set(key, diagnoseLine(text, line, code, message));
    }
    const d = read.get(key);
    return d
      ? { ...d }
      : { reason: problemOf(code, message), span: { start: pos[0], end: Math.max(pos[0], pos[1]) }, edits: [] };
  };
}

/** The mistake read from the line, or undefined when the line does not tell (the parser's word is then taken). */
function diagnoseLine(text: string, line: Line, code: ErrorCode, message: string): Diagnosis | undefined {
  const lineSpan = { start: line.start + line.indent, end: line.start + line.text.length };
  const odd = [...line.text.matchAll(ODD)];
  if (odd.length > 0) {
    const first = odd[0]!;
    const at = line.start + first.index;
    return {
      reason: 'odd-character',
      char: codeOf(first[0]),
      span: { start: at, end: at + 1 },
      edits: odd.reverse().map((m) => ({ start: line.start + m.index, end: line.start + m.index + 1, insert: ' ' })),
    };
  }
  const value = valueOfLine(line);
  if (value && CURLY_OPEN.test(value.value)) {
    const inner = value.value.replace(/^[“‘„‚«]/, '').replace(/[”’“‘»]$/, '');
    return {
      reason: 'curly-quote',
      span: { start: value.start, end: value.start + 1 },
      edits: [{ start: value.start, end: value.end, insert: singleQuoted(inner) }],
    };
  }
  if (value && /^["']/.test(value.value) && (code === 'UNEXPECTED_TOKEN' || /at node end/.test(message))) {
    const q = value.value[0]!;
    const close = value.value.indexOf(q, 1);
    const after = close > 0 ? value.start + close + 1 : value.start;
    return {
      reason: 'text-after-quote',
      span: { start: after, end: value.end },
      edits: [{ start: value.start, end: value.end, insert: singleQuoted(value.value) }],
    };
  }
  if (value && !/^["'[{|>&*!]/.test(value.value) && /:(\s|$)/.test(value.value)) {
    const colon = value.value.search(/:(\s|$)/);
    return {
      reason: 'colon-in-text',
      span: { start: value.start + colon, end: value.start + colon + 1 },
      edits: [{ start: value.start, end: value.end, insert: singleQuoted(value.value) }],
    };
  }
  const trimmed = line.text.trim();
  const isKeyLine = KEY_LINE.test(line.text) || trimmed.startsWith('- ') || trimmed === '-';
  if (
    !isKeyLine &&
    trimmed !== '' &&
    (code === 'MULTILINE_IMPLICIT_KEY' ||
      code === 'MISSING_CHAR' ||
      code === 'BAD_INDENT' ||
      code === 'UNEXPECTED_TOKEN')
  ) {
    const [first = '', ...rest] = trimmed.split(/\s+/);
    const above = lineAbove(text, line);
    const aboveValue = above ? valueOfLine(above) : undefined;
    const continues = aboveValue !== undefined && !/^["'[{|>&*!]/.test(aboveValue.value);
    const keyLike =
      ID_LIKE.test(first) &&
      rest.length <= 1 &&
      (above === undefined || line.indent <= above.indent || /:\s*$/.test(above.text));
    if (keyLike) {
      const end = line.start + line.indent + first.length;
      return { reason: 'missing-colon', span: { start: end, end: end + 1 }, edits: [{ start: end, end, insert: ':' }] };
    }
    if (continues && above) {
      // A text goes on over the next line when that line is indented further than its key.
      const need = above.indent + (/^\s*-\s/.test(above.text) ? 4 : 2) - line.indent;
      return {
        reason: 'line-break-in-text',
        span: lineSpan,
        edits: need > 0 ? [{ start: line.start, end: line.start, insert: ' '.repeat(need) }] : [],
      };
    }
  }
  return undefined;
}

const problems: Partial<Record<ErrorCode, YamlProblem>> = {
  BAD_INDENT: 'bad-indent',
  MISSING_CHAR: 'missing-char',
  UNEXPECTED_TOKEN: 'unexpected',
  BAD_SCALAR_START: 'unexpected',
  BLOCK_AS_IMPLICIT_KEY: 'nested-compact',
  MULTILINE_IMPLICIT_KEY: 'multiline-key',
  KEY_OVER_1024_CHARS: 'multiline-key',
  BAD_DQ_ESCAPE: 'bad-escape',
  BAD_ALIAS: 'anchor',
  ALIAS_PROPS: 'anchor',
  MULTIPLE_ANCHORS: 'anchor',
};

function problemOf(code: ErrorCode, message: string): YamlProblem {
  if (code === 'MISSING_CHAR' && /quot/i.test(message)) return 'bad-quote';
  return problems[code] ?? 'other';
}
