import type { ReportModel } from '../../core/report-model.js';
import { ZipParts } from '../ooxml/zip-parts.js';
import { formatCount, formatPercent, periodLabel } from '../vi-format.js';
import { type Bar, chartXml, Pictures } from './charts.js';
import {
  appXml,
  contentTypes,
  coreXml,
  DOCUMENT_END,
  DOCUMENT_START,
  documentRels,
  emptyPartXml,
  fontTableXml,
  HEADER_REFS,
  pageNumberHeaderXml,
  picturePath,
  pictureRel,
  rootRels,
  settingsXml,
  stylesXml,
} from './docx-parts.js';
import { type Align, type Block, type Inline, parseBlocks, parseInline } from './markdown-blocks.js';
import {
  type Border,
  cell,
  type Justify,
  type ParagraphStyle,
  paragraph as paragraphXml,
  type RunStyle,
  row as rowXml,
  runs,
  TABLE_END,
  tableStart,
} from './wordml.js';

/*
 * The report the secretariat signs, laid out per Hướng dẫn 36-HD/VPTW: A4, Times New Roman, the
 * header block as a borderless table, "BÁO CÁO" centred, the body justified with a first-line indent,
 * "Nơi nhận" and the signer side by side, page numbers from page 2, then the appendix in landscape.
 * Its words are the Markdown report's (see markdown-blocks.ts); only the layout is decided here.
 */

/** Millimetres in twips, rounded down as Word's own conversions are. */
const mm = (n: number) => Math.floor((n / 25.4) * 1440);
/** A4 in twips, as Word writes it (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_WIDTH = A4.height - MARGIN.left - MARGIN.right;
/** Half-points: 14 pt body, 12 pt tables and recipients, 11 pt appendix tables. */
const BODY = 28;
const SMALL = 24;
const APPENDIX_TABLE = 22;
const FIRST_LINE = mm(10);
const FONT = 'Times New Roman';
/** Line spacing in 240ths of a line: 1.1 lines. */
const LINE_SPACING = 264;

const NONE: Border = { style: 'none', size: 0, color: 'FFFFFF' };
const LINE: Border = { style: 'single', size: 4, color: '000000' };
const PARTY_RULE: Border = { style: 'single', size: 6, color: '000000', space: 2 };

const ALIGN: Record<Align, Justify> = { left: 'left', center: 'center', right: 'right' };

const plain = (inline: Inline) => inline.map((s) => s.text).join('');

/** A paragraph of the body: justified, first line indented, 6 pt after, unless told otherwise. */
function paragraph(
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

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A table of figures: a grid, the header row shaded and repeated on each page, rows never split. */
function* dataTable(block: TableBlock, width: number, size: number): Generator<string> {
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
function headerTable(block: TableBlock): string {
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
function closingTable(block: TableBlock): string {
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

/** The bars of the submission-status chart: the slices of the Mermaid pie that follows the marker. */
function pieBars(block: Block | undefined): { title: string; bars: Bar[]; total: number } | undefined {
  if (block?.kind !== 'code' || block.lang !== 'mermaid') return undefined;
  const title = /title\s+(.*)$/.exec(block.lines[0] ?? '')?.[1]?.trim() ?? '';
  const slices = block.lines.flatMap((l) => {
    const m = /^\s*"(.*)"\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(l);
    return m ? [{ label: m[1]!, value: Number(m[2]) }] : [];
  });
  const total = slices.reduce((n, s) => n + s.value, 0);
  return {
    title,
    total,
    bars: slices.map((s) => ({
      ...s,
      shown: `${formatCount(s.value)} (${formatPercent(total > 0 ? s.value / total : undefined)})`,
    })),
  };
}

/** A section's page: size, orientation, margins, and its headers (page 1 without a number). */
function sectionProperties(orientation: 'portrait' | 'landscape'): string {
  const portrait = orientation === 'portrait';
  const [w, h] = portrait ? [A4.width, A4.height] : [A4.height, A4.width];
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${HEADER_REFS.pageNumber}"/>` +
    (portrait ? `<w:headerReference w:type="first" r:id="${HEADER_REFS.empty}"/>` : '') +
    `<w:footerReference w:type="default" r:id="${HEADER_REFS.footer}"/>` +
    (portrait ? `<w:footerReference w:type="first" r:id="${HEADER_REFS.footer}"/>` : '') +
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${orientation}"/>` +
    `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}" w:header="${MARGIN.header}" w:footer="${MARGIN.footer}" w:gutter="0"/>` +
    (portrait ? '<w:titlePg/>' : '') +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/**
 * The body's XML, piece by piece, in reading order: the signed part (portrait), then the appendix
 * (landscape) when it has anything in it. Pictures are added to `pictures` as the charts are met.
 */
function* bodyXml(blocks: Block[], model: ReportModel, pictures: Pictures): Generator<string> {
  let width = PORTRAIT_WIDTH;
  let layout: 'header' | 'closing' | undefined;
  let afterTitle = false;
  /** The appendix marker was met; the section break comes with its first block. */
  let appendixNext = false;
  let inAppendix = false;
  const skip = new Set<number>();
  const enter = function* () {
    if (!appendixNext) return;
    // The signed part's section ends with a paragraph of its own that carries its page setup.
    yield paragraphXml({}, '', sectionProperties('portrait'));
    appendixNext = false;
    inAppendix = true;
  };

  for (const [index, block] of blocks.entries()) {
    if (skip.has(index)) continue;
    if (block.kind === 'marker') {
      if (block.name === 'header' || block.name === 'closing') layout = block.name;
      else if (block.name === 'appendix') {
        appendixNext = !inAppendix;
        width = LANDSCAPE_WIDTH;
      } else if (block.name === 'chart') {
        const [which, ...rest] = block.arg.split(' ');
        const title = rest.join(' ');
        if (which === 'submissions') {
          const next = blocks.findIndex((b, i) => i > index && b.kind === 'code');
          const pie = pieBars(blocks[next]);
          if (pie && pie.total > 0) {
            yield* enter();
            yield chartXml(pictures, pie.title || plain(parseInline(title)), pie.bars, pie.total, width, true);
            skip.add(next);
          }
        } else if (which === 'ratios') {
          const bars = model.ratios
            .filter((r) => r.period.value !== undefined)
            .map((r) => ({ label: r.label, value: r.period.value ?? 0, shown: formatPercent(r.period.value) }));
          if (bars.length > 0) {
            yield* enter();
            yield chartXml(pictures, plain(parseInline(title)), bars, 1, width, false);
          }
        }
      }
      continue;
    }
    // Mermaid charts are for the Markdown; the document draws its own (the chart markers).
    if (block.kind === 'code') {
      afterTitle = false;
      continue;
    }
    yield* enter();
    switch (block.kind) {
      case 'table':
        if (layout === 'header') yield headerTable(block);
        else if (layout === 'closing') {
          yield paragraphXml({ before: 120, after: 0, keepNext: true });
          yield closingTable(block);
        } else {
          yield* dataTable(block, width, inAppendix ? APPENDIX_TABLE : SMALL);
          yield paragraphXml({ before: 0, after: 60, firstLine: 0 });
        }
        layout = undefined;
        continue;
      case 'heading':
        if (block.level === 1) {
          yield paragraph(block.inline, {
            alignment: 'center',
            indent: 0,
            style: { size: 32, bold: true },
            keepNext: true,
            before: 360,
            after: 0,
          });
          afterTitle = true;
          continue;
        }
        yield paragraph(block.inline, {
          style: { bold: true, italics: block.level >= 4 },
          keepNext: true,
          before: block.level === 2 ? 120 : 60,
          after: 120,
        });
        break;
      case 'paragraph':
        yield afterTitle
          ? paragraph(block.inline, { alignment: 'center', indent: 0, style: { bold: true }, after: 0 })
          : paragraph(block.inline);
        break;
      case 'list':
        for (const item of block.items) yield paragraph([{ text: '- ', bold: false, italic: false }, ...item]);
        break;
      case 'rule':
        yield paragraphXml(
          { alignment: 'center', firstLine: 0, before: 0, after: 240 },
          runs([{ text: '-----', bold: false, italic: false }]),
        );
        break;
    }
    afterTitle = false;
  }
  yield sectionProperties(inAppendix ? 'landscape' : 'portrait');
}

export interface DocxInput {
  model: ReportModel;
  /** The Markdown report rendered from the same templates. */
  markdown: string;
}

/** Characters of body XML gathered before they are handed to the zip. */
const CHUNK = 1 << 18;

/**
 * The .docx bytes. The body is written straight into the zip as it is made, so memory holds the
 * compressed document, not its XML; every entry carries the report date, so the same input gives the
 * same bytes in every run and time zone.
 */
export async function renderDocx({ model, markdown }: DocxInput): Promise<Uint8Array> {
  const zip = new ZipParts(model.document.date);
  const o = model.document.organisation;
  zip.add('[Content_Types].xml', contentTypes());
  zip.add('_rels/.rels', rootRels());
  zip.add(
    'docProps/core.xml',
    coreXml({
      creator: o.body ?? 'danvan',
      title: `Báo cáo kết quả thực hiện Kế hoạch số ${model.plan.number}, ${periodLabel(model.period)}`,
      date: model.document.date,
    }),
  );
  zip.add('docProps/app.xml', appXml());

  const pictures = new Pictures(pictureRel);
  const body = zip.stream('word/document.xml');
  let xml = DOCUMENT_START;
  for (const piece of bodyXml(parseBlocks(markdown), model, pictures)) {
    xml += piece;
    if (xml.length >= CHUNK) {
      await body.write(xml);
      xml = '';
    }
  }
  await body.write(xml + DOCUMENT_END);
  await body.end();

  zip.add('word/_rels/document.xml.rels', documentRels(pictures.files.length));
  zip.add('word/styles.xml', stylesXml(FONT, BODY, LINE_SPACING));
  zip.add('word/settings.xml', settingsXml());
  zip.add('word/fontTable.xml', fontTableXml(FONT));
  zip.add('word/header1.xml', pageNumberHeaderXml(26));
  zip.add('word/header2.xml', emptyPartXml('hdr'));
  zip.add('word/footer1.xml', emptyPartXml('ftr'));
  pictures.files.forEach((png, i) => zip.add(picturePath(i + 1), png));
  return zip.finish();
}
