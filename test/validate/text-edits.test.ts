/*
 * A mended text places every offset back in the user's own file. Edits made together are placed
 * back by a search per batch; the reference here makes the same edits one at a time and walks
 * back through each: both must give the same text and the same offset everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditedText } from '../../src/core/validate/text-edits.js';
import type { Edit } from '../../src/core/validate/yaml-repair.js';

/** The edits one at a time, each remembered where it was made. */
class OneAtATime {
  private readonly made: { at: number; removed: number; inserted: number }[] = [];
  constructor(public text: string) {}

  replaceAll(edits: readonly Edit[]): void {
    let shift = 0;
    for (const e of edits) {
      const start = e.start + shift;
      this.text = this.text.slice(0, start) + e.insert + this.text.slice(start + e.end - e.start);
      this.made.push({ at: start, removed: e.end - e.start, inserted: e.insert.length });
      shift += e.insert.length - (e.end - e.start);
    }
  }

  toOriginal(offset: number): number {
    let o = offset;
    for (let i = this.made.length - 1; i >= 0; i--) {
      const e = this.made[i]!;
      if (o >= e.at + e.inserted) o = o - e.inserted + e.removed;
      else if (o > e.at) o = e.at + Math.min(o - e.at, e.removed);
    }
    return o;
  }
}

/** Edits that do not overlap, in the order of a text of `length` characters. */
const editsOf = (length: number) =>
  fc
    .array(
      fc.record({ a: fc.nat(length), b: fc.nat(length), insert: fc.constantFrom('', ' ', '  ', '#', "'x'", '    ') }),
      { maxLength: 6 },
    )
    .map((raw) => {
      const edits: Edit[] = [];
      let from = 0;
      for (const { a, b, insert } of raw.sort((x, y) => Math.min(x.a, x.b) - Math.min(y.a, y.b))) {
        const start = Math.min(a, b);
        if (start < from) continue;
        edits.push({ start, end: Math.max(a, b), insert });
        from = Math.max(a, b);
      }
      return edits;
    });

describe('a mended text places offsets back in the original', () => {
  it('edits made together give the text and the offsets of the same edits made one at a time', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 40 }).chain((text) =>
          fc.tuple(
            fc.constant(text),
            editsOf(text.length).chain((first) => {
              const after = first.reduce((n, e) => n + e.insert.length - (e.end - e.start), text.length);
              return fc.tuple(fc.constant(first), editsOf(after));
            }),
          ),
        ),
        ([text, [first, second]]) => {
          const together = new EditedText(text);
          const oneByOne = new OneAtATime(text);
          for (const batch of [first, second]) {
            together.replaceAll(batch);
            oneByOne.replaceAll(batch);
          }
          expect(together.text).toBe(oneByOne.text);
          expect(together.changed).toBe(first.length + second.length > 0);
          for (let o = 0; o <= together.text.length; o++)
            expect(together.toOriginal(o), `${o}`).toBe(oneByOne.toOriginal(o));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('each character after a mended indent is placed at itself in the original, a place inside the new indent where the tab was', () => {
    const original = 'a:\n\tb: 1\n\tc: 2\n';
    const edited = new EditedText(original);
    edited.replaceAll([
      { start: 3, end: 4, insert: '  ' },
      { start: 9, end: 10, insert: '' },
    ]);
    expect(edited.text).toBe('a:\n  b: 1\nc: 2\n');
    for (const ch of ['b', '1', 'c', '2']) expect(original[edited.toOriginal(edited.text.indexOf(ch))], ch).toBe(ch);
    expect([3, 4].map((o) => edited.toOriginal(o))).toEqual([3, 4]);
  });
});
