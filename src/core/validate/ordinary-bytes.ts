import { MAX_FILE_BYTES } from './bytes.js';

/*
 * A cheap look at the bytes, to decide whether the fast path may read a file at all. It says no to
 * everything where two YAML readers could part ways, or where the exact path's protections matter:
 * anchors and aliases (alias bombs), tags, merge keys, directives, document markers, tabs, control
 * characters, a byte order mark, line or paragraph separators, escapes, explicit keys, collections
 * used as keys, block scalars with an explicit indentation or "keep" chomping, and a quote or bracket
 * left open at the end of a line (a value spread over lines). A "no" only costs time: the file then
 * goes to the exact path. Comments are skipped, so Vietnamese notes in them cost nothing.
 */

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;

/** Characters that mean something to YAML where a value starts: & * ! @ ` % ? */
const AT_NODE_START = new Set([0x26, 0x2a, 0x21, 0x40, 0x60, 0x25, 0x3f]);
/** What can stand just before a value on its line (nothing, or one of : - [ { , ?). */
const BEFORE_NODE = new Set([0, 0x3a, 0x2d, 0x5b, 0x7b, 0x2c, 0x3f]);

export function isOrdinaryYaml(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n === 0 || n > MAX_FILE_BYTES) return false;
  // The exact path strips a byte order mark and counts columns after it; rare enough to leave to it.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  let prev = 0; // last non-space byte on this line, 0 at its start
  let column = 0;
  let brackets = 0;
  let doubleQuotes = 0;
  let singleQuotes = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === NL) {
      if (brackets !== 0 || (doubleQuotes & 1) !== 0 || (singleQuotes & 1) !== 0) return false;
      prev = 0;
      column = 0;
      continue;
    }
    if (b < SPACE) {
      if (b === CR && bytes[i + 1] === NL) continue;
      return false; // tab, NUL, a lone CR, other control characters
    }
    if (b >= 0x7f) {
      if (b === 0x7f) return false;
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if (b === 0xc2 && b1 !== undefined && b1 <= 0x9f) return false; // C1 controls, NEL
      if (b === 0xe2 && b1 === 0x80 && (b2 === 0xa8 || b2 === 0xa9)) return false; // U+2028, U+2029
      if (b === 0xef && ((b1 === 0xbb && b2 === 0xbf) || (b1 === 0xbf && (b2 === 0xbe || b2 === 0xbf)))) return false; // U+FEFF, U+FFFE/F
      prev = b;
      column++;
      continue;
    }
    if (b === HASH && (prev === 0 || bytes[i - 1] === SPACE)) {
      // A comment runs to the end of the line.
      while (i + 1 < n && bytes[i + 1] !== NL && bytes[i + 1] !== CR) i++;
      continue;
    }
    if (AT_NODE_START.has(b) && BEFORE_NODE.has(prev)) return false;
    switch (b) {
      case 0x5c: // backslash: escapes
        return false;
      case 0x22:
        doubleQuotes++;
        break;
      case 0x27:
        singleQuotes++;
        break;
      case 0x5b: // [
      case 0x7b: // {
        brackets++;
        break;
      case 0x5d: // ]
      case 0x7d: {
        // }
        if (--brackets < 0) return false;
        let j = i + 1;
        while (bytes[j] === SPACE) j++;
        if (bytes[j] === 0x3a) return false; // a collection used as a key
        break;
      }
      case 0x3c: // <<
        if (bytes[i + 1] === 0x3c) return false;
        break;
      case 0x2d: // ---
      case 0x2e: // ...
        if (column === 0 && bytes[i + 1] === b && bytes[i + 2] === b) return false;
        break;
      case 0x7c: // |
      case 0x3e: {
        // >
        if (!BEFORE_NODE.has(prev)) break;
        const next = bytes[i + 1] ?? 0;
        const after = bytes[i + 2] ?? 0;
        if (isDigitOrPlus(next) || (next === 0x2d && isDigitOrPlus(after))) return false;
        break;
      }
    }
    if (b !== SPACE) prev = b;
    column++;
  }
  return brackets === 0 && (doubleQuotes & 1) === 0 && (singleQuotes & 1) === 0;
}

function isDigitOrPlus(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || b === 0x2b;
}
