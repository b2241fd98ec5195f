import fc from 'fast-check';

/*
 * Rough edits: what a careless official, or an editor with a broken encoding, does to a YAML file —
 * characters YAML cares about typed anywhere, runs of text deleted, lines dropped, repeated, shifted
 * or swapped. The validator's property tests and the fast path's differential test both feed them.
 */
const ROUGH_CHARS = [
  ':',
  '-',
  ' ',
  '  ',
  '\t',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '#',
  ' #',
  '# x',
  '"# x',
  ']# x',
  '}# x',
  '|\n\n   \n # x\n',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '? ',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\n',
  ',',
  '0',
  '9',
  '-1',
  '1.000',
  'x',
  'đ',
  'e\u0301',
  '~',
  '---',
  '...',
  '<<: ',
  '__proto__: 1\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '\u0000',
  '\u0085',
  '\u2028',
  '\\',
  '\\x41',
  'ﬁ',
];

export type LineOp = 'drop' | 'repeat' | 'indent' | 'dedent' | 'swap';

export type RoughEdit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'line'; at: number; op: LineOp };

/** Edits of these sizes: up to `insertMax` characters inserted at once, `deleteMax` deleted. */
export function roughEdits(options: {
  insertMax: number;
  deleteMax: number;
  lineOps: readonly LineOp[];
}): fc.Arbitrary<RoughEdit> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc
        .array(fc.constantFrom(...ROUGH_CHARS), { minLength: 1, maxLength: options.insertMax })
        .map((a) => a.join('')),
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: options.deleteMax }),
    }),
    fc.record({ kind: fc.constant('line' as const), at: fc.nat(), op: fc.constantFrom(...options.lineOps) }),
  );
}

/** The text with the edit made; places beyond the end wrap around, so every edit lands somewhere. */
export function applyRoughEdit(text: string, m: RoughEdit): string {
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  if (m.kind === 'delete') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + m.length);
  }
  const lines = text.split('\n');
  const i = m.at % lines.length;
  const line = lines[i] ?? '';
  if (m.op === 'drop') lines.splice(i, 1);
  else if (m.op === 'repeat') lines.splice(i, 0, line);
  else if (m.op === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, line];
  else lines[i] = m.op === 'indent' ? `  ${line}` : line.replace(/^ {1,2}/, '');
  return lines.join('\n');
}
