import type { Column } from './sheet-layout.js';
import type { Value } from './writer/sheet-spec.js';

/* How wide a column and how tall a row need to be for Vietnamese text, measured without laying it out. */

/** Display width of a value in characters: what Excel's column width counts. */
export function textWidth(value: Value, numFmt?: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'object') return textWidth(value.result, numFmt);
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return 7;
    return Math.round(Math.abs(value)).toLocaleString('en-US').length + (value < 0 || numFmt?.startsWith('+') ? 1 : 0);
  }
  // The longest line in characters (code points), counted without splitting the text into arrays.
  const text = value.normalize('NFC');
  let longest = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (length > longest) longest = length;
      length = 0;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    length++;
  }
  return Math.max(longest, length);
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** What `\s` matches in a regular expression: white space and line ends, Unicode's included. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** Column widths from the longest value (headers wrap, so they count up to 18 characters). */
export function measureWidths(columns: readonly Column[], rows: Iterable<readonly Value[]>): number[] {
  const meter = new WidthMeter(columns);
  for (const r of rows) if (!meter.add(r)) break;
  return meter.widths();
}

/** Column widths measured row by row, so that a long table's values need not all be held at once. */
export class WidthMeter {
  private readonly measured: number[];
  private readonly caps: number[];
  /** Columns not yet as wide as their cap. */
  private readonly open: number[];

  constructor(private readonly columns: readonly Column[]) {
    this.measured = columns.map((col) => {
      const longestWord = Math.max(...col.header.split(/\s+/).map((w) => [...w].length));
      return Math.max(Math.min([...col.header].length, 18), longestWord);
    });
    this.caps = columns.map((col) => col.maxWidth ?? (col.style?.wrap ? 70 : 45));
    // A column already as wide as its cap needs no more measuring: long texts are measured once, not 70,000 times.
    this.open = columns.map((_, i) => i).filter((i) => this.measured[i]! + 2 < this.caps[i]!);
  }

  /** Measures a row; false once no column can grow any more. */
  add(r: readonly Value[]): boolean {
    const { open, measured, caps } = this;
    for (let k = 0; k < open.length; k++) {
      const i = open[k]!;
      const v = r[i];
      // A text no longer than the column is now cannot widen it (a character is at least one unit wide).
      if (typeof v === 'string' ? v.length > measured[i]! : v !== null && v !== undefined)
        measured[i] = Math.max(measured[i]!, textWidth(v, this.columns[i]!.style?.numFmt));
      if (measured[i]! + 2 >= caps[i]!) open.splice(k--, 1);
    }
    return open.length > 0;
  }

  widths(): number[] {
    return this.columns.map((_, i) => Math.min(Math.max(this.measured[i]! + 2, 6), this.caps[i]!));
  }
}

/** Height of one line of 11-point text, in points. */
export const LINE = 15;

/** Lines a text takes when wrapped at a column width (in characters), word by word. */
export function linesOf(value: Value, width: number): number {
  if (typeof value !== 'string') return 1;
  const room = Math.max(width - 1.5, 1);
  if (value.length <= room && !value.includes('\n')) return 1;
  // Words are laid out one after the other, a space between, a new line when the next does not fit,
  // and a word longer than a line breaks over several. Words are what \s+ separates (an empty one
  // where a paragraph starts or ends with a space); characters are code points. Scanned in place:
  // a city's report measures some hundred thousand texts.
  let lines = 0;
  let used = 0;
  let word = 0;
  const place = () => {
    if (used > 0 && used + 1 + word > room) {
      lines++;
      used = word;
    } else {
      used += (used > 0 ? 1 : 0) + word;
    }
    while (used > room) {
      lines++;
      used -= room;
    }
    word = 0;
  };
  lines++;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10) {
      place();
      lines++;
      used = 0;
    } else if (isSpace(c)) {
      place();
      // A run of spaces separates once.
      while (i + 1 < value.length && value.charCodeAt(i + 1) !== 10 && isSpace(value.charCodeAt(i + 1))) i++;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) i++;
      word++;
    }
  }
  place();
  return lines;
}

/** The height a header row needs for its wrapped titles. */
export const headerHeight = (columns: readonly Column[], widths: readonly number[]) =>
  LINE * Math.max(1, ...columns.map((col, i) => linesOf(col.header, widths[i] ?? 10)));

/** The height a body row needs for its wrapped text; undefined when one line will do. */
export function rowHeight(
  columns: readonly Column[],
  values: readonly Value[],
  widths: readonly number[],
): number | undefined {
  let lines = 1;
  columns.forEach((col, i) => {
    if (col.style?.wrap) lines = Math.max(lines, linesOf(values[i], widths[i] ?? 10));
  });
  return lines > 1 ? LINE * lines : undefined;
}
