import { MAX_FILE_BYTES } from './bytes.js';

/*
 * A cheap look at the bytes, to decide whether the fast path may read a file at all. It says no to
 * everything where two YAML readers could part ways, or where the exact path's protections matter:
 * anchors and aliases (alias bombs), tags, merge keys, directives, document markers, tabs, control
 * characters, a byte order mark, line or paragraph separators, escapes, explicit keys, collections
 * used as keys, block scalars with an explicit indentation or "keep" chomping, and a quoted value or
 * a bracket left open at the end of a line (a value spread over lines). A "no" only costs time: the
 * file then goes to the exact path. Comments are skipped, so Vietnamese notes in them cost nothing.
 */

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/** Byte classes, so that the loop decides most bytes with one table look-up. */
const ORDINARY = 0; // letters, digits, most punctuation, the bytes of Vietnamese letters
const BLANK = 1; // a space
const NEWLINE = 2;
const CARRIAGE = 3; // a CR: only before a LF
const AT_START = 4; // & * ! @ ` % ? — something to YAML where a value starts (anchor, alias, tag…)
const SPECIAL = 5; // # \ " ' : , [ ] { } < - . | > — looked at in the switch
const UNUSUAL = 6; // control characters (a tab, NUL…), DEL
const LEAD = 7; // 0xC2, 0xE2, 0xEF: the first byte of C1 controls, U+2028/9, U+FEFF, U+FFFE/F

const KIND = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) KIND[b] = UNUSUAL;
KIND[0x7f] = UNUSUAL;
KIND[SPACE] = BLANK;
KIND[NL] = NEWLINE;
KIND[CR] = CARRIAGE;
for (const c of '&*!@`%?') KIND[c.charCodeAt(0)] = AT_START;
for (const c of '#\\"\':,[]{}<-.|>') KIND[c.charCodeAt(0)] = SPECIAL;
for (const b of [0xc2, 0xe2, 0xef]) KIND[b] = LEAD;

export function isOrdinaryYaml(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n === 0 || n > MAX_FILE_BYTES) return false;
  // The exact path strips a byte order mark and counts columns after it; rare enough to leave to it.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  // Whether a value could start here: at the start of a line, after "- " there, after a colon, and
  // after [ { or , inside brackets. Elsewhere (the middle of a text) these characters are just text.
  let nodeStart = true;
  let lineStart = 0;
  let brackets = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    switch (KIND[b]) {
      case ORDINARY:
        nodeStart = false;
        continue;
      case BLANK:
        continue;
      case NEWLINE:
        if (brackets !== 0) return false;
        nodeStart = true;
        lineStart = i + 1;
        continue;
      case CARRIAGE:
        if (bytes[i + 1] !== NL) return false; // a lone CR
        continue;
      case AT_START:
        if (nodeStart) return false;
        continue;
      case UNUSUAL:
        return false;
      case LEAD:
        if (isUnusual(bytes, i)) return false;
        nodeStart = false;
        continue;
    }
    // SPECIAL
    if (b === 0x23 && (i === lineStart || bytes[i - 1] === SPACE)) {
      // A comment runs to the end of the line; what it says does not matter, but a NUL or another
      // control character in it does (the exact path refuses a file with a NUL anywhere).
      while (i + 1 < n && bytes[i + 1] !== NL && bytes[i + 1] !== CR) {
        i++;
        const k = KIND[bytes[i]!];
        if (k === UNUSUAL || (k === LEAD && isUnusual(bytes, i))) return false;
      }
      continue;
    }
    const atNodeStart: boolean = nodeStart;
    nodeStart = false;
    switch (b) {
      case 0x5c: // backslash: escapes
        return false;
      case 0x22: // "
      case 0x27: {
        // '
        // A quoted value must close on its own line; inside it nothing else counts. A quote inside
        // a plain or block text ("Dân vận khéo" in a summary) is just a character.
        if (!atNodeStart) break;
        const end = closingQuote(bytes, i);
        if (end < 0) return false;
        i = end;
        break;
      }
      case 0x3a: // :
        nodeStart = true;
        break;
      case 0x2c: // ,
        nodeStart = brackets > 0;
        break;
      case 0x5b: // [
      case 0x7b: // {
        brackets++;
        nodeStart = true;
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
      case 0x2d: // - (a sequence entry where a value starts), ---
        if (i === lineStart && bytes[i + 1] === b && bytes[i + 2] === b) return false;
        nodeStart = atNodeStart;
        break;
      case 0x2e: // ...
        if (i === lineStart && bytes[i + 1] === b && bytes[i + 2] === b) return false;
        break;
      case 0x7c: // |
      case 0x3e: {
        // >
        if (!atNodeStart) break;
        const next = bytes[i + 1] ?? 0;
        const after = bytes[i + 2] ?? 0;
        if (isDigitOrPlus(next) || (next === 0x2d && isDigitOrPlus(after))) return false;
        break;
      }
    }
  }
  return brackets === 0;
}

/** Control characters (tab, NUL, a lone CR…), DEL, C1 controls and NEL, U+2028/9, U+FEFF, U+FFFE/F. */
function isUnusual(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i]!;
  if (b < SPACE || b === 0x7f) return true;
  if (b < 0x80) return false;
  const b1 = bytes[i + 1];
  const b2 = bytes[i + 2];
  if (b === 0xc2) return b1 !== undefined && b1 <= 0x9f;
  if (b === 0xe2) return b1 === 0x80 && (b2 === 0xa8 || b2 === 0xa9);
  if (b === 0xef) return (b1 === 0xbb && b2 === 0xbf) || (b1 === 0xbf && (b2 === 0xbe || b2 === 0xbf));
  return false;
}

/** Offset of the quote that closes the one at `open` on the same line ('' inside single quotes is a quote), or -1. */
function closingQuote(bytes: Uint8Array, open: number): number {
  const q = bytes[open]!;
  for (let j = open + 1; j < bytes.length; j++) {
    const c = bytes[j]!;
    if (c === NL || c === CR || c === 0x5c || isUnusual(bytes, j)) return -1;
    if (c !== q) continue;
    if (q === 0x27 && bytes[j + 1] === 0x27) {
      j++;
      continue;
    }
    return j;
  }
  return -1;
}

function isDigitOrPlus(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || b === 0x2b;
}
