import type { Align, Inline } from './markdown-blocks.js';
import { type Border, type Justify, paragraph as paragraphXml, type RunStyle, runs } from './wordml.js';

/*
 * The page and type of Hướng dẫn 36-HD/VPTW as the document uses them, and the body's paragraph.
 */

/** Millimetres in twips, rounded down as Word's own conversions are. */
export const mm = (n: number) => Math.floor((n / 25.4) * 1440);
/** A4 in twips, as Word writes it (210 × 297 mm). */
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
export const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_WIDTH = A4.height - MARGIN.left - MARGIN.right;
/** Half-points: 14 pt body, 12 pt tables and recipients, 11 pt appendix tables. */
export const BODY = 28;
export const SMALL = 24;
export const APPENDIX_TABLE = 22;
export const FIRST_LINE = mm(10);
export const FONT = 'Times New Roman';
/** Line spacing in 240ths of a line: 1.1 lines. */
export const LINE_SPACING = 264;

export const NONE: Border = { style: 'none', size: 0, color: 'FFFFFF' };
export const LINE: Border = { style: 'single', size: 4, color: '000000' };
export const PARTY_RULE: Border = { style: 'single', size: 6, color: '000000', space: 2 };

export const ALIGN: Record<Align, Justify> = { left: 'left', center: 'center', right: 'right' };

export const plain = (inline: Inline) => inline.map((s) => s.text).join('');

/** A paragraph of the body: justified, first line indented, 6 pt after, unless told otherwise. */
export function paragraph(
  inline: Inline,
  options: {
    alignment?: Justify;
    indent?: number;
    style?: RunStyle;
    keepNext?: boolean;
    before?: number;
    after?: number;
  } = {},
): string {
  return paragraphXml(
    {
      alignment: options.alignment ?? 'both',
      firstLine: options.indent ?? FIRST_LINE,
      before: options.before ?? 0,
      after: options.after ?? 120,
      keepNext: options.keepNext ?? false,
    },
    runs(inline, options.style),
  );
}
