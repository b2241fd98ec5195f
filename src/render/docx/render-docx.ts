import type { ReportModel } from '../../core/report-model.js';
import { type ByteSink, collectBytes } from '../byte-sink.js';
import { rootRels } from '../ooxml/package.js';
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
  settingsXml,
  stylesXml,
} from './docx-parts.js';
import { closingTable, dataTable, headerTable } from './layout-tables.js';
import { type Block, parseBlocks, parseInline } from './markdown-blocks.js';
import {
  A4,
  APPENDIX_TABLE,
  BODY,
  FONT,
  LANDSCAPE_WIDTH,
  LINE_SPACING,
  MARGIN,
  PORTRAIT_WIDTH,
  paragraph,
  plain,
  SMALL,
} from './page-layout.js';
import { paragraph as paragraphXml, runs } from './wordml.js';

/*
 * The report the secretariat signs, laid out per Hướng dẫn 36-HD/VPTW: A4, Times New Roman, the
 * header block as a borderless table, "BÁO CÁO" centred, the body justified with a first-line indent,
 * "Nơi nhận" and the signer side by side, page numbers from page 2, then the appendix in landscape.
 * Its words are the Markdown report's (see markdown-blocks.ts); only the layout is decided here.
 */

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
function* bodyXml(source: Iterable<Block>, model: ReportModel, pictures: Pictures): Generator<string> {
  let width = PORTRAIT_WIDTH;
  let layout: 'header' | 'closing' | undefined;
  let afterTitle = false;
  /** The appendix marker was met; the section break comes with its first block. */
  let appendixNext = false;
  let inAppendix = false;
  // Blocks read ahead of their turn (a chart marker looks for the code block that follows it).
  const blocks = source[Symbol.iterator]();
  const ahead: Block[] = [];
  const nextBlock = (): Block | undefined => (ahead.length > 0 ? ahead.shift() : blocks.next().value);
  const enter = function* () {
    if (!appendixNext) return;
    // The signed part's section ends with a paragraph of its own that carries its page setup.
    yield paragraphXml({}, '', sectionProperties('portrait'));
    appendixNext = false;
    inAppendix = true;
  };

  for (let block = nextBlock(); block !== undefined; block = nextBlock()) {
    if (block.kind === 'marker') {
      if (block.name === 'header' || block.name === 'closing') layout = block.name;
      else if (block.name === 'appendix') {
        appendixNext = !inAppendix;
        width = LANDSCAPE_WIDTH;
      } else if (block.name === 'chart') {
        const [which, ...rest] = block.arg.split(' ');
        const title = rest.join(' ');
        if (which === 'submissions') {
          // The chart's slices are in the next code block (a Mermaid pie), which the chart replaces.
          let at = ahead.findIndex((b) => b.kind === 'code');
          while (at < 0) {
            const read = blocks.next();
            if (read.done) break;
            ahead.push(read.value);
            if (read.value.kind === 'code') at = ahead.length - 1;
          }
          const pie = pieBars(at < 0 ? undefined : ahead[at]);
          if (pie && pie.total > 0) {
            yield* enter();
            yield chartXml(pictures, pie.title || plain(parseInline(title)), pie.bars, pie.total, width, true);
            ahead.splice(at, 1);
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

/** The .docx bytes, gathered whole (the command writes them to the file as they come: writeDocx). */
export const renderDocx = (input: DocxInput): Promise<Uint8Array> => collectBytes((sink) => writeDocx(input, sink));

/**
 * The .docx, into the sink. The body is written straight into the zip as it is made, and the zip's
 * bytes go on as they are made, so memory holds neither the document's XML nor the compressed file;
 * every entry carries the report date, so the same input gives the same bytes in every run and time zone.
 */
export async function writeDocx({ model, markdown }: DocxInput, sink: ByteSink): Promise<void> {
  const zip = new ZipParts(model.document.date, sink);
  const o = model.document.organisation;
  zip.add('[Content_Types].xml', contentTypes());
  zip.add('_rels/.rels', rootRels('word/document.xml'));
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
  await zip.finish();
}
