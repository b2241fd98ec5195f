import { isUtf8 } from 'node:buffer';
import type { Findings } from './findings.js';

/** Larger than any real monthly submission by far; bigger files are refused before they are read. */
export const MAX_FILE_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { ignoreBOM: false });

/**
 * Layer 1: the bytes. Returns the text (UTF-8 BOM removed, so columns on line 1 match the editor)
 * or undefined after recording why the bytes cannot be read as a submission.
 */
export function decodeBytes(bytes: Uint8Array, findings: Findings): string | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    findings.error('file-too-large', { line: 1, column: 1 }, [], { size: bytes.length, limit: MAX_FILE_BYTES });
    return undefined;
  }
  const nul = bytes.indexOf(0);
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (nul >= 0 && looksLikeUtf16(bytes))
  ) {
    findings.error('utf16', { line: 1, column: 1 }, [], {});
    return undefined;
  }
  if (nul >= 0) {
    findings.error('nul-byte', positionOfByte(bytes, nul), [], {});
    return undefined;
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    findings.error('not-utf8', positionOfByte(bytes, bad), [], {
      byte: (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0'),
    });
    return undefined;
  }
  // TextDecoder drops a leading BOM (ignoreBOM: false means "strip it").
  const text = decoder.decode(bytes);
  // Old Mac line ends: YAML would see one long line (a comment, if the file starts with one). A few
  // lone CRs among LF line ends are named one by one where they are (lone-cr.ts).
  if (text.includes('\r') && endsMostLinesWithCr(text)) {
    findings.error('cr-line-ends', { line: 1, column: 1 }, [], {});
    return undefined;
  }
  if (text.trim() === '') {
    findings.error('empty-file', { line: 1, column: 1 }, [], {});
    return undefined;
  }
  return text;
}

/** More lines end in a CR alone than in a line feed (CR LF counts as a line feed). */
function endsMostLinesWithCr(text: string): boolean {
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lf++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) cr++;
  }
  return cr > lf;
}

/**
 * UTF-16 without a byte order mark: text in Latin letters has a NUL in every other byte. A file with
 * NULs in fewer places than that is UTF-8 with a stray NUL, reported where it is.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let nuls = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls++;
  return nuls * 4 >= n;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Line and column (UTF-16 units, as editors count) of a byte, decoding only the valid text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  if (line === 1 && prefix.charCodeAt(0) === 0xfeff) prefix = prefix.slice(1);
  return { line, column: prefix.length + 1 };
}
