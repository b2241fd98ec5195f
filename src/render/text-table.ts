/** Width of a string as a terminal shows it: combining marks take no column (NFD text). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.normalize('NFC')) if (!/\p{M}/u.test(ch)) w++;
  return w;
}

function pad(s: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

export interface Column {
  title: string;
  align?: 'left' | 'right';
  /** Wrap longer cells at spaces onto further lines. */
  maxWidth?: number;
}

/** Breaks text at spaces into lines of at most `width` columns (a longer word stays whole). */
export function wrapText(text: string, width: number): string[] {
  const indent = /^ */.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : indent + word;
    if (current && displayWidth(candidate) > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = candidate;
    }
  }
  lines.push(current);
  return lines;
}

/** A plain text table: header, a rule, rows; columns as wide as their widest cell, long cells wrapped. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cellLines = (text: string, c: Column) =>
    c.maxWidth && displayWidth(text) > c.maxWidth ? wrapText(text, c.maxWidth) : [text];
  const wrapped = rows.map((r) => columns.map((c, i) => cellLines(r[i] ?? '', c)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.title), ...wrapped.flatMap((r) => (r[i] ?? []).map(displayWidth))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i] ?? 0, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const out = [line(columns.map((c) => c.title)), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const r of wrapped) {
    const height = Math.max(...r.map((cell) => cell.length));
    for (let k = 0; k < height; k++) out.push(line(r.map((cell) => cell[k] ?? '')));
  }
  return `${out.join('\n')}\n`;
}
