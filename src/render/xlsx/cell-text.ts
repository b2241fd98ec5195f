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
