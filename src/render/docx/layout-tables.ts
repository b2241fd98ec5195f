import type { Block, Inline } from './markdown-blocks.js';
import { ALIGN, BODY, LINE, mm, NONE, PARTY_RULE, PORTRAIT_WIDTH, paragraph, plain, SMALL } from './page-layout.js';
import {
  cell,
  type ParagraphStyle,
  paragraph as paragraphXml,
  row as rowXml,
  runs,
  TABLE_END,
  tableStart,
} from './wordml.js';

/*
 * The document's tables: tables of figures in a grid, and the borderless two-column blocks of a Party
 * document's header and closing.
 */

/**
 * Column widths in twips: each column at least as wide as the longest word of its header (a header
 * wraps between words, never inside one), the rest of the width shared by how much text a column
 * holds, so narrow number columns stay narrow and names get the room.
 */
function columnWidths(header: Inline[], rows: Inline[][], total: number, size: number): number[] {
  // Loops, not Math.max(...rows): a city's table has more rows than a call may take arguments.
  let count = header.length;
  for (const r of rows) count = Math.max(count, r.length);
  // An average Times New Roman character is about half the type size wide; a header word is bold
  // and may hold wide capitals (M, Đ), so it is given more.
  const em = (size / 2) * 20;
  const padding = 200;
  const min: number[] = [];
  const want: number[] = [];
  for (let c = 0; c < count; c++) {
    const word = Math.max(
      0,
      ...plain(header[c] ?? [])
        .split(/\s+/)
        .map((w) => w.length),
    );
    let longest = 0;
    for (const r of rows) longest = Math.max(longest, plain(r[c] ?? []).length);
    min.push(Math.ceil(Math.max(word, 3) * em * 0.7 + padding));
    want.push(Math.max(min[c]!, Math.ceil(Math.min(longest, 60) * em * 0.5 + padding)));
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant <= total) return want.map((w) => Math.floor((w / sumWant) * total));
  // Short columns (numbers, dates) keep their whole width when they can: the long texts wrap instead.
  const short = want.map((w) => w <= 16 * em * 0.5 + padding);
  const fixed = want.reduce((n, w, c) => n + (short[c] ? w : 0), 0);
  const flexibleMin = min.reduce((n, m, c) => n + (short[c] ? 0 : m), 0);
  const flexibleWant = want.reduce((n, w, c) => n + (short[c] ? 0 : w), 0);
  if (flexibleWant > 0 && fixed + flexibleMin <= total) {
    return want.map((w, c) =>
      short[c]
        ? w
        : Math.floor(min[c]! + ((w - min[c]!) / (flexibleWant - flexibleMin || 1)) * (total - fixed - flexibleMin)),
    );
  }
  const spare = Math.max(total - sumMin, 0);
  const extra = want.map((w, c) => w - min[c]!);
  const sumExtra = extra.reduce((a, b) => a + b, 0) || 1;
  return min.map((m, c) => Math.floor(m + (extra[c]! / sumExtra) * spare));
}

export type TableBlock = Extract<Block, { kind: 'table' }>;

/** A table of figures: a grid, the header row shaded and repeated on each page, rows never split. */
export function* dataTable(block: TableBlock, width: number, size: number): Generator<string> {
  const widths = columnWidths(block.header, block.rows, width, size);
  const margins = { left: 60, right: 60, top: 20, bottom: 20 };
  const row = (cells: Inline[], header: boolean) =>
    rowXml(
      { cantSplit: true, header },
      widths
        .map((w, c) =>
          cell(
            { width: w, margins, ...(header ? { fill: 'E7E6E6' } : {}) },
            paragraph(cells[c] ?? [], {
              alignment: header ? 'center' : ALIGN[block.align[c] ?? 'left'],
              indent: 0,
              style: { size, bold: header },
              after: 0,
            }),
          ),
        )
        .join(''),
    );
  yield tableStart({ width, columns: widths, borders: LINE, fixed: true }) + row(block.header, true);
  for (const r of block.rows) yield row(r, false);
  yield TABLE_END;
}

/**
 * The two borderless columns over the page's width that a Party document's header and closing are
 * laid out in; the first column takes `share` of the width, `content` makes the one paragraph of a cell.
 */
function twoColumnTable(
  block: TableBlock,
  share: number,
  content: (inline: Inline, r: number, c: number, rowCount: number) => string,
  cantSplit = false,
): string {
  const widths = [Math.round(PORTRAIT_WIDTH * share), PORTRAIT_WIDTH - Math.round(PORTRAIT_WIDTH * share)];
  const rows = [block.header, ...block.rows];
  let xml = tableStart({ width: PORTRAIT_WIDTH, columns: widths, borders: NONE });
  rows.forEach((cells, r) => {
    xml += rowXml(
      { cantSplit },
      widths.map((w, c) => cell({ width: w, borders: NONE }, content(cells[c] ?? [], r, c, rows.length))).join(''),
    );
  });
  return xml + TABLE_END;
}

/**
 * The header block: committee, body, "*" and number on the left; the Party's name with a rule under
 * it, and the place and date in italics, on the right. Borderless, as on a typed Party document.
 */
export function headerTable(block: TableBlock): string {
  return twoColumnTable(block, 0.42, (inline, r, c) => {
    const party = r === 0 && c === 1;
    const style: ParagraphStyle = { alignment: 'center', firstLine: 0, before: 0, after: party ? 60 : 0 };
    if (party) {
      style.left = mm(3);
      style.right = mm(3);
      // The rule under "ĐẢNG CỘNG SẢN VIỆT NAM", about as long as the words.
      if (plain(inline) !== '') style.bottomBorder = PARTY_RULE;
    }
    return paragraphXml(style, runs(inline, { size: party ? 30 : BODY }));
  });
}

/** "Nơi nhận:" and its list on the left in smaller type; the signer's block centred on the right. */
export function closingTable(block: TableBlock): string {
  return twoColumnTable(
    block,
    0.5,
    (inline, r, c, rowCount) => {
      const label = r === 0 && c === 0;
      return paragraphXml(
        { alignment: c === 0 ? 'left' : 'center', firstLine: 0, before: 0, after: 0, keepNext: r < rowCount - 1 },
        runs(
          label ? inline.map((s) => ({ ...s, italic: false, bold: false })) : inline,
          c === 0 ? { size: label ? BODY : SMALL, underline: label } : { size: BODY },
        ),
      );
    },
    true,
  );
}
