/**
 * A text changed in place by small edits that never add or remove a line break, and the way back
 * from an offset in the changed text to the offset the user sees in their own file.
 */
export class EditedText {
  private readonly edits: { at: number; removed: number; inserted: number }[] = [];

  constructor(public text: string) {}

  get changed(): boolean {
    return this.edits.length > 0;
  }

  replace(start: number, end: number, insert: string): void {
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    this.edits.push({ at: start, removed: end - start, inserted: insert.length });
  }

  /** The offset in the original text; a place inside an inserted piece maps to where it was put. */
  toOriginal(offset: number): number {
    let o = offset;
    for (let i = this.edits.length - 1; i >= 0; i--) {
      const e = this.edits[i]!;
      if (o >= e.at + e.inserted) o = o - e.inserted + e.removed;
      else if (o > e.at) o = e.at + Math.min(o - e.at, e.removed);
    }
    return o;
  }
}
