/*
 * How deeply a YAML text nests, estimated from its characters before any reader sees it. Readers
 * (yaml's composer, the fast reader, the conversion to data) go down one level of the call stack
 * per level of nesting, and about a thousand levels of `[` exhaust it; no submission or setup file
 * needs more than a handful. A text deeper than MAX_NESTING is refused with its own finding, the
 * same on every path and in every thread, whatever the stack size there.
 */

/** Far more than any real file (a submission nests five levels), far less than what breaks a reader. */
export const MAX_NESTING = 100;

/**
 * Where the text first goes deeper than MAX_NESTING, or -1. Counted: open flow brackets `[` `{`,
 * the dashes and question marks of compact nesting at a line's start (`- - - x`), and the levels of
 * indentation open at that line. The count errs on the side of depth (a bracket inside a text counts
 * too): only a text with a hundred brackets left open could be refused wrongly.
 */
export function tooDeepAt(text: string): number {
  const n = text.length;
  // Indentations of the lines still open above the current one, innermost last.
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  while (i < n) {
    // A line: its indentation, then any `- ` or `? ` that open a node each.
    let indent = 0;
    while (text.charCodeAt(i + indent) === 0x20) indent++;
    const content = i + indent;
    const c = text.charCodeAt(content);
    const blank = content >= n || c === 0x0a || c === 0x0d || c === 0x23;
    if (!blank) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let compact = 0;
    let p = content;
    while ((text.charCodeAt(p) === 0x2d || text.charCodeAt(p) === 0x3f) && text.charCodeAt(p + 1) === 0x20) {
      compact++;
      p += 2;
      while (text.charCodeAt(p) === 0x20) p++;
    }
    if (indents.length + compact + flow > MAX_NESTING) return content;
    let end = text.indexOf('\n', p);
    if (end < 0) end = n;
    for (let k = p; k < end; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 0x5b || ch === 0x7b) {
        flow++;
        if (indents.length + compact + flow > MAX_NESTING) return k;
      } else if ((ch === 0x5d || ch === 0x7d) && flow > 0) {
        flow--;
      }
    }
    i = end + 1;
  }
  return -1;
}
