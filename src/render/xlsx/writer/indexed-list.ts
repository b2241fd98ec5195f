/** Items each kept once, in the order first met, each known by its index (a style, a shared text). */
export class IndexedList {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  constructor(first: readonly string[] = []) {
    for (const item of first) this.id(item);
  }

  /** The item's index, the item added at the end if it is new. */
  id(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(item);
      this.ids.set(item, id);
    }
    return id;
  }

  get items(): readonly string[] {
    return this.list;
  }

  /** XML elements as one counted element: `<tag count="n">…</tag>`. */
  xml(tag: string): string {
    return `<${tag} count="${this.list.length}">${this.list.join('')}</${tag}>`;
  }
}
