import type { Edit } from './yaml-repair.js';

/** Edits made together, in the order of the text, where they ended up in the changed text. */
interface Batch {
  at: number[];
  removed: number[];
  inserted: number[];
  /** How much longer the text became by the edits before each one. */
  shift: number[];
}

/**
 * A text changed in place by small edits that never add or remove a line break the user sees (a lone
 * CR, which their editor shows as one, may become a line feed), and the way back from an offset in
 * the changed text to the offset the user sees in their own file.
 */
export class EditedText {
  /** Edits are recorded in batches, the way back from an offset is one search in each. */
  private readonly batches: Batch[] = [];

  constructor(public text: string) {}

  get changed(): boolean {
    return this.batches.length > 0;
  }

  /**
   * Edits that do not overlap, in the order of the text, made in one pass over it: a file may have
   * tens of thousands of tab-indented lines, and copying the text once per line would take the
   * square of its size.
   */
  replaceAll(edits: readonly Edit[]): void {
    if (edits.length === 0) return;
    const parts: string[] = [];
    const batch: Batch = { at: [], removed: [], inserted: [], shift: [] };
    let from = 0;
    let shift = 0;
    for (const e of edits) {
      parts.push(this.text.slice(from, e.start), e.insert);
      from = e.end;
      batch.at.push(e.start + shift);
      batch.removed.push(e.end - e.start);
      batch.inserted.push(e.insert.length);
      batch.shift.push(shift);
      shift += e.insert.length - (e.end - e.start);
    }
    parts.push(this.text.slice(from));
    this.text = parts.join('');
    this.batches.push(batch);
  }

  /** The offset in the original text; a place inside an inserted piece maps to where it was put. */
  toOriginal(offset: number): number {
    let o = offset;
    for (let b = this.batches.length - 1; b >= 0; b--) o = before(this.batches[b]!, o);
    return o;
  }
}

/** Where an offset in the text after a batch was before it. */
function before(batch: Batch, o: number): number {
  // The last edit starting at or before the offset is the one it follows; the edits before that one
  // only moved it.
  let lo = 0;
  let hi = batch.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (batch.at[mid]! <= o) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0) return o;
  const at = batch.at[k]!;
  const inserted = batch.inserted[k]!;
  const removed = batch.removed[k]!;
  const shift = batch.shift[k]!;
  if (o >= at + inserted) return o - inserted + removed - shift;
  return at + Math.min(o - at, removed) - shift;
}
