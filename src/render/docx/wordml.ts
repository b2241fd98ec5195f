import { escapeXml } from '../xml.js';
import type { Inline } from './markdown-blocks.js';

/*
 * WordprocessingML as text: paragraphs, runs, tables and pictures of the few kinds the report uses.
 * The elements inside w:pPr, w:rPr, w:tcPr and w:tblPr are written in the order the schema sets,
 * which Word insists on. Sizes are in twips (1/20 pt) and half-points, as Word counts them.
 */

export type Justify = 'left' | 'center' | 'right' | 'both';

export interface RunStyle {
  /** Half-points; the document's default (14 pt) when left out. */
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

export interface Border {
  style: 'single' | 'none';
  size: number;
  color: string;
  space?: number;
}

export interface ParagraphStyle {
  alignment?: Justify;
  firstLine?: number;
  left?: number;
  right?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  bottomBorder?: Border;
}

const border = (name: string, b: Border) =>
  `<w:${name} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? '' : ` w:space="${b.space}"`}/>`;

function paragraphProperties(p: ParagraphStyle): string {
  const indent =
    p.firstLine === undefined && p.left === undefined && p.right === undefined
      ? ''
      : `<w:ind${p.left === undefined ? '' : ` w:left="${p.left}"`}${p.right === undefined ? '' : ` w:right="${p.right}"`} w:firstLine="${p.firstLine ?? 0}"/>`;
  const spacing =
    p.before === undefined && p.after === undefined
      ? ''
      : `<w:spacing w:after="${p.after ?? 0}" w:before="${p.before ?? 0}"/>`;
  return (
    (p.keepNext ? '<w:keepNext/>' : '') +
    (p.bottomBorder ? `<w:pBdr>${border('bottom', p.bottomBorder)}</w:pBdr>` : '') +
    spacing +
    indent +
    (p.alignment ? `<w:jc w:val="${p.alignment}"/>` : '')
  );
}

function runProperties(style: RunStyle): string {
  return (
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italics ? '<w:i/><w:iCs/>' : '') +
    (style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : '') +
    (style.underline ? '<w:u w:val="single"/>' : '')
  );
}

/** A run of text; spaces at either end are kept (xml:space). */
export function run(text: string, style: RunStyle = {}): string {
  const props = runProperties(style);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** The runs of Markdown inline text, each span's bold and italic added to the style given. */
export function runs(inline: Inline, style: RunStyle = {}): string {
  let xml = '';
  for (const s of inline)
    xml += run(s.text, { ...style, bold: style.bold || s.bold, italics: style.italics || s.italic });
  return xml;
}

/** A paragraph holding `content` (runs or a picture). */
export function paragraph(style: ParagraphStyle, content = '', sectionProperties = ''): string {
  const props = paragraphProperties(style) + sectionProperties;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** The page number, as a field Word and LibreOffice fill in on each page. */
export function pageNumberRuns(size: number): string {
  const rPr = `<w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return (
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve">PAGE</w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

export interface CellStyle {
  width: number;
  borders?: Border;
  fill?: string;
  margins?: { top: number; left: number; bottom: number; right: number };
  verticalCenter?: boolean;
}

export function cell(style: CellStyle, paragraphs: string): string {
  const b = style.borders;
  const m = style.margins;
  const margin = (side: string, w: number) => `<w:${side} w:type="dxa" w:w="${w}"/>`;
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${style.width}"/>` +
    (b ? `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map((s) => border(s, b)).join('')}</w:tcBorders>` : '') +
    (style.fill ? `<w:shd w:fill="${style.fill}" w:color="auto" w:val="clear"/>` : '') +
    (m
      ? `<w:tcMar>${margin('top', m.top)}${margin('left', m.left)}${margin('bottom', m.bottom)}${margin('right', m.right)}</w:tcMar>`
      : '') +
    (style.verticalCenter ? '<w:vAlign w:val="center"/>' : '') +
    `</w:tcPr>${paragraphs}</w:tc>`
  );
}

export interface RowStyle {
  cantSplit?: boolean;
  /** Repeated at the top of each page the table runs onto. */
  header?: boolean;
}

export function row(style: RowStyle, cells: string): string {
  const props = (style.cantSplit ? '<w:cantSplit/>' : '') + (style.header ? '<w:tblHeader/>' : '');
  return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
}

export interface TableStyle {
  width: number;
  columns: readonly number[];
  borders: Border;
  fixed?: boolean;
}

/** The table's start, up to its first row: rows follow, then `TABLE_END`. */
export function tableStart(style: TableStyle): string {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${style.width}"/>` +
    `<w:tblBorders>${sides.map((s) => border(s, style.borders)).join('')}</w:tblBorders>` +
    (style.fixed ? '<w:tblLayout w:type="fixed"/>' : '') +
    `</w:tblPr><w:tblGrid>${style.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

export const TABLE_END = '</w:tbl>';

/** English Metric Units in a pixel at 96 dpi, the unit of a picture's size. */
const EMU_PER_PX = 9525;

/** A picture in the line of text, `widthPx` × `heightPx`; `id` is unique in the document, `rel` names its part. */
export function inlinePicture(id: number, rel: string, widthPx: number, heightPx: number): string {
  const cx = widthPx * EMU_PER_PX;
  const cy = heightPx * EMU_PER_PX;
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent t="0" r="0" b="0" l="0"/><wp:docPr id="${id}" name="Picture ${id}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${a}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="0" name="Picture ${id}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rel}"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}
