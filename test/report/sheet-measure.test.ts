import { describe, expect, it } from 'vitest';
import { linesOf, textWidth } from '../../src/render/xlsx/sheet-measure.js';
import { createRandom, type Random } from '../bench/prng.js';

// The measures as first written (splitting into arrays): the scanning versions must agree with them.
function linesBySplitting(value: string, width: number): number {
  const room = Math.max(width - 1.5, 1);
  if (value.length <= room && !value.includes('\n')) return 1;
  const size = /[\uD800-\uDFFF]/.test(value) ? (w: string) => [...w].length : (w: string) => w.length;
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/)) {
      const w = size(word);
      if (used > 0 && used + 1 + w > room) {
        lines++;
        used = w;
      } else {
        used += (used > 0 ? 1 : 0) + w;
      }
      while (used > room) {
        lines++;
        used -= room;
      }
    }
  }
  return lines;
}
const widthBySplitting = (value: string) => Math.max(...value.split('\n').map((l) => [...l.normalize('NFC')].length));

// Letters with and without diacritics (composed and not), every kind of \s, line ends, and characters outside the BMP, whole and broken.
const pieces = [
  'a',
  'b',
  'Đ',
  'ư',
  'ệ',
  'e\u0302\u0301',
  'Nguyễn',
  'phường',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\u2028',
  '\ufeff',
  '😀',
  '\ud83d',
  '\ude00',
  '-',
  '1.250',
];

/** A text of up to `most` pieces, drawn from a seeded stream (a failure can be replayed). */
const randomText = (random: Random, most: number) =>
  Array.from({ length: random.int(0, most - 1) }, () => random.pick(pieces)).join('');

describe('measuring texts for widths and row heights', () => {
  it('lines a wrapped text takes: the same as splitting it into paragraphs and words', () => {
    const random = createRandom('linesOf');
    for (let n = 0; n < 5000; n++) {
      const text = randomText(random, 60);
      const width = random.int(1, 30);
      expect(linesOf(text, width), JSON.stringify([text, width])).toBe(linesBySplitting(text, width));
    }
  });

  it('the longest line in characters: the same as splitting it into lines and code points', () => {
    const random = createRandom('textWidth');
    for (let n = 0; n < 5000; n++) {
      const text = randomText(random, 40);
      expect(textWidth(text), JSON.stringify(text)).toBe(widthBySplitting(text));
    }
  });

  it('worked examples', () => {
    // Room for 10.5 characters: "Tuyên" | "truyền," | "vận động" | "nhân dân".
    expect(linesOf('Tuyên truyền, vận động nhân dân', 12)).toBe(4);
    expect(linesOf('một\nhai\nba', 40)).toBe(3);
    expect(linesOf('x'.repeat(25), 10)).toBe(3);
    expect(textWidth('Hội nghị\nđối thoại trực tiếp')).toBe(19);
    expect(textWidth('😀😀')).toBe(2);
  });
});
