import { yamlLib } from '../yaml-lazy.js';
import type { Span } from '../yaml-locate.js';
import { breaksLine } from './lone-cr.js';
import type { Edit } from './yaml-repair.js';

/*
 * U+2028 (line separator) and U+2029 (paragraph separator) come with text copied from Word or a web
 * page, where they were a line break. Many editors do not show them at all; YAML reads them as any
 * other character, so one that stood for a line break runs two lines into one. Each is named where
 * it is, and, outside a text in quotes or a block text, the file is read on as the official meant
 * it, so the rest of the file is checked at its lines.
 */

export interface LineSeparator {
  span: Span;
  /** U+2028 or U+2029. */
  char: string;
  /**
   * How the file is read on: a line break where a line of its own follows, nothing at the start of a
   * line (the indent the editor shows stays), else a space. None inside a text in quotes or a block
   * text, where YAML keeps the character as part of the text and reads the file as the editor shows it.
   */
  edit?: Edit;
}

const BLANK = /^[ \t]*$/;

/** Every U+2028 and U+2029 of the text, in order. */
export function findLineSeparators(text: string): LineSeparator[] {
  if (!text.includes('\u2028') && !text.includes('\u2029')) return [];
  // One pass by character code: a global regular expression would be handed the rest of the text at each find.
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2028 || c === 0x2029) at.push(i);
  }
  const texts = quotedAndBlockTexts(text);
  const found: LineSeparator[] = [];
  let t = 0;
  // Where the line the editor shows starts, and the next line feed: each found once per line, not per character.
  let lineStart = 0;
  let nextLf = -1;
  for (const [k, i] of at.entries()) {
    if (nextLf < i) {
      const lf = text.lastIndexOf('\n', i);
      if (lf >= lineStart) lineStart = lf + 1;
      nextLf = text.indexOf('\n', i);
      if (nextLf < 0) nextLf = text.length;
    }
    const span = { start: i, end: i + 1 };
    const char = text.charCodeAt(i) === 0x2028 ? 'U+2028' : 'U+2029';
    while (t < texts.length && texts[t]!.end <= i) t++;
    if (t < texts.length && texts[t]!.start <= i) {
      found.push({ span, char });
    } else {
      const before = text.slice(lineStart, i);
      const lineEnd = Math.min(at[k + 1] ?? text.length, nextLf);
      const insert = BLANK.test(before) ? '' : breaksLine(before, text.slice(i + 1, lineEnd)) ? '\n' : ' ';
      found.push({ span, char, edit: { start: i, end: i + 1, insert } });
    }
    lineStart = i + 1;
  }
  return found;
}

/**
 * Where the texts in quotes ("…", '…') and the block texts (after | or >) of the file are, in order,
 * as yaml's lexer reads them. The lexer also gives marks that stand for no character of the file
 * (document start, scalar start): a token is the file's text only where the text has it.
 */
function quotedAndBlockTexts(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  let blockHeader = false;
  let scalarMark = false;
  for (const token of new (yamlLib().Lexer)().lex(text)) {
    if (!text.startsWith(token, offset)) {
      scalarMark = token === '\x1f';
      continue;
    }
    const first = token[0];
    if (first === '"' || first === "'" || (blockHeader && scalarMark))
      spans.push({ start: offset, end: offset + token.length });
    if (blockHeader && scalarMark) blockHeader = false;
    else if (first === '|' || first === '>') blockHeader = true;
    scalarMark = false;
    offset += token.length;
  }
  return spans;
}
