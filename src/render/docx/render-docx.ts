import {
  AlignmentType,
  BorderStyle,
  TableLayoutType,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from 'docx';
import type { ReportModel } from '../../core/report-model.js';
import { formatCount, formatPercent, periodLabel } from '../vi-format.js';
import { type Bar, chartBlocks } from './charts.js';
import { fixPackage } from './fix-package.js';
import { type Align, type Block, type Inline, parseBlocks, parseInline } from './markdown-blocks.js';

/*
 * The report the secretariat signs, laid out per Hướng dẫn 36-HD/VPTW: A4, Times New Roman, the
 * header block as a borderless table, "BÁO CÁO" centred, the body justified with a first-line indent,
 * "Nơi nhận" and the signer side by side, page numbers from page 2, then the appendix in landscape.
 * Its words are the Markdown report's (see markdown-blocks.ts); only the layout is decided here.
 */

const mm = convertMillimetersToTwip;
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

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<Align, Alignment> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  allCaps?: boolean;
  underline?: boolean;
}

function runs(inline: Inline, style: RunStyle = {}): TextRun[] {
  return inline.map(
    (s) =>
      new TextRun({
        text: s.text,
        bold: style.bold || s.bold,
        italics: style.italics || s.italic,
        ...(style.size ? { size: style.size } : {}),
        ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
      }),
  );
}

const plain = (inline: Inline) => inline.map((s) => s.text).join('');

function paragraph(
  inline: Inline,
  options: {
    alignment?: Alignment;
    indent?: number;
    style?: RunStyle;
    keepNext?: boolean;
    before?: number;
    after?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.alignment ?? AlignmentType.JUSTIFIED,
    indent: { firstLine: options.indent ?? FIRST_LINE },
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    keepNext: options.keepNext ?? false,
    children: runs(inline, options.style),
  });
}

/**
 * Column widths in twips: each column at least as wide as the longest word of its header (a header
 * wraps between words, never inside one), the rest of the width shared by how much text a column
 * holds, so narrow number columns stay narrow and names get the room.
 */
function columnWidths(header: Inline[], rows: Inline[][], total: number, size: number): number[] {
  const count = Math.max(header.length, ...rows.map((r) => r.length));
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
    const longest = Math.max(0, ...rows.map((r) => plain(r[c] ?? []).length));
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

function dataTable(block: Extract<Block, { kind: 'table' }>, width: number, size: number): Table {
  const widths = columnWidths(block.header, block.rows, width, size);
  const row = (cells: Inline[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map(
        (w, c) =>
          new TableCell({
            width: { size: w, type: WidthType.DXA },
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
            children: [
              paragraph(cells[c] ?? [], {
                alignment: header ? AlignmentType.CENTER : ALIGN[block.align[c] ?? 'left'],
                indent: 0,
                style: { size, bold: header },
                after: 0,
              }),
            ],
          }),
      ),
    });
  return new Table({
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID,
    layout: TableLayoutType.FIXED,
  });
}

/**
 * The two borderless columns over the page's width that a Party document's header and closing are
 * laid out in; the first column takes `share` of the width, `cell` makes the one paragraph of a cell.
 */
function twoColumnTable(
  block: Extract<Block, { kind: 'table' }>,
  share: number,
  cell: (inline: Inline, r: number, c: number, rowCount: number) => Paragraph,
  row: { cantSplit?: boolean } = {},
): Table {
  const widths = [Math.round(PORTRAIT_WIDTH * share), PORTRAIT_WIDTH - Math.round(PORTRAIT_WIDTH * share)];
  const rows = [block.header, ...block.rows];
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          ...row,
          children: widths.map(
            (w, c) =>
              new TableCell({
                width: { size: w, type: WidthType.DXA },
                borders: NO_BORDERS,
                children: [cell(cells[c] ?? [], r, c, rows.length)],
              }),
          ),
        }),
    ),
  });
}

/**
 * The header block: committee, body, "*" and number on the left; the Party's name with a rule under
 * it, and the place and date in italics, on the right. Borderless, as on a typed Party document.
 */
function headerTable(block: Extract<Block, { kind: 'table' }>): Table {
  return twoColumnTable(block, 0.42, (inline, r, c) => {
    const party = r === 0 && c === 1;
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0, ...(party ? { left: mm(3), right: mm(3) } : {}) },
      spacing: { before: 0, after: party ? 60 : 0 },
      // The rule under "ĐẢNG CỘNG SẢN VIỆT NAM", about as long as the words.
      ...(party && plain(inline) !== ''
        ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } } }
        : {}),
      children: runs(inline, { size: party ? 30 : BODY }),
    });
  });
}

/** "Nơi nhận:" and its list on the left in smaller type; the signer's block centred on the right. */
function closingTable(block: Extract<Block, { kind: 'table' }>): Table {
  return twoColumnTable(
    block,
    0.5,
    (inline, r, c, rowCount) => {
      const label = r === 0 && c === 0;
      return new Paragraph({
        alignment: c === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { before: 0, after: 0 },
        keepNext: r < rowCount - 1,
        children: runs(
          label ? inline.map((s) => ({ ...s, italic: false, bold: false })) : inline,
          c === 0 ? { size: label ? BODY : SMALL, underline: label } : { size: BODY },
        ),
      });
    },
    { cantSplit: true },
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

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })],
      }),
    ],
  });
}

export interface DocxInput {
  model: ReportModel;
  /** The Markdown report rendered from the same templates. */
  markdown: string;
}

/** The .docx bytes; the same input gives the same bytes (fixed dates in the package, see fix-package.ts). */
export async function renderDocx({ model, markdown }: DocxInput): Promise<Uint8Array> {
  const blocks = parseBlocks(markdown);
  const signed: (Paragraph | Table)[] = [];
  const appendix: (Paragraph | Table)[] = [];
  let out = signed;
  let width = PORTRAIT_WIDTH;
  let layout: 'header' | 'closing' | undefined;
  let afterTitle = false;
  const skip = new Set<number>();

  blocks.forEach((block, index) => {
    if (skip.has(index)) return;
    const inAppendix = out === appendix;
    switch (block.kind) {
      case 'marker': {
        if (block.name === 'header' || block.name === 'closing') layout = block.name;
        else if (block.name === 'appendix') {
          out = appendix;
          width = LANDSCAPE_WIDTH;
        } else if (block.name === 'chart') {
          const [which, ...rest] = block.arg.split(' ');
          const title = rest.join(' ');
          if (which === 'submissions') {
            const next = blocks.findIndex((b, i) => i > index && b.kind === 'code');
            const pie = pieBars(blocks[next]);
            if (pie && pie.total > 0) {
              out.push(...chartBlocks(pie.title || plain(parseInline(title)), pie.bars, pie.total, width, true));
              skip.add(next);
            }
          } else if (which === 'ratios') {
            const bars = model.ratios
              .filter((r) => r.period.value !== undefined)
              .map((r) => ({ label: r.label, value: r.period.value ?? 0, shown: formatPercent(r.period.value) }));
            if (bars.length > 0) out.push(...chartBlocks(plain(parseInline(title)), bars, 1, width, false));
          }
        }
        return;
      }
      case 'table':
        if (layout === 'header') out.push(headerTable(block));
        else if (layout === 'closing') {
          out.push(
            new Paragraph({ spacing: { before: 120, after: 0 }, keepNext: true, children: [] }),
            closingTable(block),
          );
        } else {
          out.push(
            dataTable(block, width, inAppendix ? APPENDIX_TABLE : SMALL),
            new Paragraph({ spacing: { before: 0, after: 60 }, indent: { firstLine: 0 }, children: [] }),
          );
        }
        layout = undefined;
        return;
      case 'heading': {
        if (block.level === 1) {
          out.push(
            paragraph(block.inline, {
              alignment: AlignmentType.CENTER,
              indent: 0,
              style: { size: 32, bold: true },
              keepNext: true,
              before: 360,
              after: 0,
            }),
          );
          afterTitle = true;
          return;
        }
        const style: RunStyle = { bold: true, italics: block.level >= 4 };
        out.push(paragraph(block.inline, { style, keepNext: true, before: block.level === 2 ? 120 : 60, after: 120 }));
        break;
      }
      case 'paragraph':
        if (afterTitle)
          out.push(
            paragraph(block.inline, { alignment: AlignmentType.CENTER, indent: 0, style: { bold: true }, after: 0 }),
          );
        else out.push(paragraph(block.inline));
        break;
      case 'list':
        for (const item of block.items) out.push(paragraph([{ text: '- ', bold: false, italic: false }, ...item]));
        break;
      case 'rule':
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: { firstLine: 0 },
            spacing: { before: 0, after: 240 },
            children: [new TextRun({ text: '-----' })],
          }),
        );
        break;
      case 'code':
        // Mermaid charts are for the Markdown; the document draws its own (the chart markers).
        break;
    }
    afterTitle = false;
  });

  const o = model.document.organisation;
  const page = (orientation: 'portrait' | 'landscape') => ({
    size: {
      width: A4.width,
      height: A4.height,
      orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
    },
    margin: MARGIN,
  });
  const sections: ISectionOptions[] = [
    {
      properties: { page: page('portrait'), titlePage: true },
      headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
      footers: { default: new Footer({ children: [] }), first: new Footer({ children: [] }) },
      children: signed,
    },
  ];
  if (appendix.length > 0) {
    sections.push({
      properties: { page: page('landscape') },
      headers: { default: pageNumberHeader() },
      footers: { default: new Footer({ children: [] }) },
      children: appendix,
    });
  }
  const doc = new Document({
    creator: o.body ?? 'danvan',
    lastModifiedBy: o.body ?? 'danvan',
    title: `Báo cáo kết quả thực hiện Kế hoạch số ${model.plan.number}, ${periodLabel(model.period)}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY },
          paragraph: { spacing: { line: 264 } },
        },
      },
    },
    sections,
  });
  return fixPackage(new Uint8Array(await Packer.toBuffer(doc)), model.document.date);
}
