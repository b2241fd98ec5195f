import { holdableText } from '../xml.js';

/*
 * Text from submissions, the registry and the config goes into the Markdown report through these
 * functions and nowhere else. Handlebars runs with `noEscape` (its HTML escaping would show "&amp;"
 * on GitHub and would be a second, wrong layer); the report view escapes every string exactly once,
 * for Markdown, before the template sees it. Characters no text file should carry (U+FFFE, U+FFFF,
 * lone surrogates) become U+FFFD, as in the workbook.
 */

declare const safe: unique symbol;
/** A string that is inert Markdown: it cannot start a block, break a table row or make a link or HTML. */
export type Md = string & { readonly [safe]: true };

/** Characters that mean something inline in GFM (emphasis, code, links, HTML, entities, tables, math). */
const INLINE_SPECIAL = /[\\`*_[\]<>|&~$]/g;
/** At the start of a line these would open a heading, list, quote, thematic break or setext underline. */
const BLOCK_START = /^(#|[-+=]|\d+(?=[.)]))/;
// Line breaks of every kind, tabs, other control characters and spaces collapse to one space: one
// table row, one line. No-break spaces stay: they are what keeps the blank in "Số      -BC/BDVQU".
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u1680\u2000-\u200a\u2028\u2029\u205f\u3000\ufeff ]+/g;

/** One line of inert Markdown, safe both in a GFM table cell and in running text. */
export function mdInline(text: string | undefined | null): Md {
  if (text === undefined || text === null) return '' as Md;
  const flat = holdableText(String(text).replace(BREAKS, ' ')).normalize('NFC').trim();
  const escaped = flat.replace(INLINE_SPECIAL, '\\$&');
  return escaped.replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`)) as Md;
}

/** Text that is Markdown by construction (numbers, fixed words); marks it without changing it. */
export function trusted(text: string): Md {
  return text as Md;
}

/** A label inside a Mermaid chart's double quotes: no quotes, no line breaks, no markup. */
export function mermaidLabel(text: string): string {
  return holdableText(String(text).replace(BREAKS, ' '))
    .replace(/["`<>#;]/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(BREAKS, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
