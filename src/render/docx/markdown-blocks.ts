/*
 * The Word document takes its words from the Markdown the report templates make, so an office that
 * changes a sentence in templates/ sees it in both files. This reads back the small part of Markdown
 * the templates use — headings, paragraphs, "- " lists, pipe tables, a thematic break, fenced blocks,
 * **bold** and *italic*, backslash escapes — and the `<!-- docx:… -->` lines that tell the document
 * where its layout blocks go. Anything else is kept as plain text, never dropped.
 */

export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}
export type Inline = Span[];
export type Align = 'left' | 'center' | 'right';

export type Block =
  | { kind: 'marker'; name: string; arg: string }
  | { kind: 'heading'; level: number; inline: Inline }
  | { kind: 'paragraph'; inline: Inline }
  | { kind: 'list'; items: Inline[] }
  | { kind: 'table'; align: Align[]; header: Inline[]; rows: Inline[][] }
  | { kind: 'rule' }
  | { kind: 'code'; lang: string; lines: string[] };

const MARKER = /^<!--\s*docx:([a-z-]+)\s*(.*?)\s*-->$/;

/** **bold**, *italic* and backslash escapes into runs of text. */
export function parseInline(source: string): Inline {
  const spans: Span[] = [];
  let bold = false;
  let italic = false;
  let text = '';
  const flush = () => {
    if (text !== '') spans.push({ text, bold, italic });
    text = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1]!)) {
      text += source[++i];
    } else if (c === '*' && source[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else if (c === '*') {
      flush();
      italic = !italic;
    } else {
      text += c;
    }
  }
  flush();
  return spans;
}

/** The cells of a table row, split at the pipes that are not escaped. */
function splitRow(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && i + 1 < inner.length) {
      cell += c + inner[++i];
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

const isDelimiterRow = (line: string) => /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line.trim());
const alignOf = (cell: string): Align =>
  cell.startsWith(':') && cell.endsWith(':') ? 'center' : cell.endsWith(':') ? 'right' : 'left';

/**
 * The blocks of the Markdown, one at a time as they are read: a year's report for thousands of units
 * is tens of megabytes, and its blocks at once would take many times that.
 */
export function* parseBlocks(markdown: string): Generator<Block> {
  const lines = markdown.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      i++;
      continue;
    }
    const marker = MARKER.exec(trimmed);
    if (marker) {
      yield { kind: 'marker', name: marker[1]!, arg: marker[2] ?? '' };
      i++;
      continue;
    }
    const fence = /^(```+|~~~+)\s*(\S*)/.exec(trimmed);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++;
      yield { kind: 'code', lang: fence[2] ?? '', lines: body };
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      yield {
        kind: 'heading',
        level: heading[1]!.length,
        inline: parseInline(heading[2]!.replace(/\s+#+$/, '')),
      };
      i++;
      continue;
    }
    if (/^(-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      yield { kind: 'rule' };
      i++;
      continue;
    }
    if (trimmed.startsWith('|') && i + 1 < lines.length && isDelimiterRow(lines[i + 1]!)) {
      const header = splitRow(trimmed).map(parseInline);
      const align = splitRow(lines[i + 1]!).map(alignOf);
      const rows: Inline[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(splitRow(lines[i++]!).map(parseInline));
      yield { kind: 'table', align, header, rows };
      continue;
    }
    if (/^[-*+]\s/.test(trimmed)) {
      const items: Inline[] = [];
      while (i < lines.length && /^[-*+]\s/.test(lines[i]!.trim()))
        items.push(parseInline(lines[i++]!.trim().slice(2).trim()));
      yield { kind: 'list', items };
      continue;
    }
    const para: string[] = [];
    while (i < lines.length) {
      const l = lines[i]!.trim();
      if (l === '' || /^(#{1,6}\s|```|~~~|<!--\s*docx:|[-*+]\s|\|)/.test(l) || /^(-{3,}|\*{3,}|_{3,})$/.test(l)) break;
      para.push(l);
      i++;
    }
    yield { kind: 'paragraph', inline: parseInline(para.join(' ')) };
  }
}
