import { holdableText } from '../xml.js';

/** Characters (UTF-16 units, as Excel counts them) one cell holds; Excel refuses a file with more. */
export const CELL_LIMIT = 32_767;

/**
 * A text as a cell can hold it: characters XML cannot carry replaced, and cut at the cell limit with
 * `cut` at its end. Table sheets split a long text over continuation rows before it gets here
 * (splitText), so this cut is only the last guard for a title or a name of absurd length.
 */
export function cellText(text: string, cut = '…'): string {
  const safe = holdableText(text);
  if (safe.length <= CELL_LIMIT) return safe;
  return safe.slice(0, backOffPair(safe, CELL_LIMIT - cut.length)) + cut;
}

/** An index at or before `at` that does not fall between the two halves of a surrogate pair. */
function backOffPair(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}

/**
 * A text cut into pieces of at most `room` characters, each ending at a space or line break where
 * one lies in the last fifth of the piece, never inside a surrogate pair. Joined, the pieces are the text.
 */
export function splitText(text: string, room: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > room) {
    let at = backOffPair(rest, room);
    const window = rest.slice(Math.floor(room * 0.8), at);
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    if (space >= 0) at = Math.floor(room * 0.8) + space + 1;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  pieces.push(rest);
  return pieces;
}

/** Marks of a text split over rows: at the end of every piece but the last, at the start of every piece but the first. */
export interface SplitMarks {
  continued: string;
  continuation: string;
}

/**
 * Table rows whose texts fit their cells: a row with a text longer than a cell holds is followed by
 * continuation rows that carry the rest, piece by piece, with marks that say so. Continuation rows
 * repeat the row's other texts (its unit, month, task: a filter keeps the pieces together) but not its
 * numbers, which would otherwise count twice. `origin` gives, for each row out, the row it came from.
 */
export function splitLongRows<V>(
  rows: readonly (readonly V[])[],
  marks: SplitMarks,
): { rows: V[][]; origin: number[] } {
  const room = CELL_LIMIT - marks.continued.length - marks.continuation.length;
  const out: V[][] = [];
  const origin: number[] = [];
  rows.forEach((row, k) => {
    // Replacing unholdable characters keeps a text's length: the check needs no replacing.
    if (!row.some((v) => typeof v === 'string' && v.length > CELL_LIMIT)) {
      out.push(row as V[]);
      origin.push(k);
      return;
    }
    const pieces = row.map((v) =>
      typeof v === 'string' && v.length > CELL_LIMIT ? splitText(holdableText(v), room) : undefined,
    );
    const count = Math.max(1, ...pieces.map((p) => p?.length ?? 1));
    for (let n = 0; n < count; n++) {
      out.push(
        row.map((v, i) => {
          const p = pieces[i];
          if (p)
            return (
              n >= p.length
                ? null
                : `${n > 0 ? marks.continuation : ''}${p[n]}${n < p.length - 1 ? marks.continued : ''}`
            ) as V;
          return (n === 0 || typeof v === 'string' ? v : null) as V;
        }),
      );
      origin.push(k);
    }
  });
  return { rows: out, origin };
}
