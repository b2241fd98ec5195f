import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nfc } from '../../src/core/validate/to-data.js';

/** The characters nfc() trusts to be NFC without asking the normaliser (see SURELY_NFC). */
function trusted(): string[] {
  const out: string[] = [];
  for (const [from, to] of [
    [0x0000, 0x02ff],
    [0x1e00, 0x1eff],
    [0x2002, 0x206f],
  ] as const) {
    for (let c = from; c <= to; c++) if (c < 0xd800 || c > 0xdfff) out.push(String.fromCharCode(c));
  }
  return out;
}

describe('nfc', () => {
  it('trusts only characters that are NFC alone and never combine with a neighbour', () => {
    const chars = trusted();
    for (const c of chars) expect(c.normalize('NFC'), `U+${c.charCodeAt(0).toString(16)}`).toBe(c);
    // A pair changes under NFC only if the second combines with the first or they reorder; neither
    // may happen between two trusted characters.
    for (const b of chars) {
      for (const c of chars) {
        if ((b + c).normalize('NFC') !== b + c)
          throw new Error(`U+${b.charCodeAt(0).toString(16)} U+${c.charCodeAt(0).toString(16)}`);
      }
    }
  });

  it('gives what String.prototype.normalize gives, on any text', () => {
    const alphabet = fc.constantFrom(
      'a',
      'e',
      'o',
      'u',
      'd',
      'đ',
      'ơ',
      'ư',
      'ế',
      'Ẹ',
      '\u0301',
      '\u0300',
      '\u0323',
      '\u0309',
      '\u0303',
      '\u0306',
      '\u0302',
      '\u031b',
      '\u2014',
      '\u2000',
      'ﬁ',
      '한',
      '\u1161',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')),
        (s) => {
          expect(nfc(s)).toBe(s.normalize('NFC'));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
