import { DOC_RELS, OFFICE, relationships, XML_DECLARATION as XML } from '../ooxml/relationships.js';
import { contentTypesXml } from '../ooxml/package.js';
import { escapeXml } from '../xml.js';
import { paragraph, pageNumberRuns } from './wordml.js';

/*
 * The Word package's small parts. word/document.xml is the body; header1.xml holds the page number
 * (from page 2, both sections), header2.xml and footer1.xml are empty; pictures are
 * word/media/image<k>.png. Document relationships: rId1 styles, rId2 settings, rId3 font table,
 * rId4–rId6 the headers and the footer, then one per picture.
 */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES =
  `xmlns:w="${W}" xmlns:r="${DOC_RELS}" ` +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

export const DOCUMENT_START = `${XML}<w:document ${NAMESPACES}><w:body>`;
export const DOCUMENT_END = '</w:body></w:document>';

/** The relationship id of picture k (from 1). */
export const pictureRel = (k: number) => `rId${k + 6}`;
export const picturePath = (k: number) => `word/media/image${k}.png`;
export const HEADER_REFS = { pageNumber: 'rId4', empty: 'rId5', footer: 'rId6' } as const;

export function contentTypes(): string {
  const wml = `${OFFICE}.wordprocessingml`;
  return contentTypesXml(
    [['png', 'image/png']],
    [
      ['word/document.xml', `${wml}.document.main+xml`],
      ['word/styles.xml', `${wml}.styles+xml`],
      ['word/settings.xml', `${wml}.settings+xml`],
      ['word/fontTable.xml', `${wml}.fontTable+xml`],
      ['word/header1.xml', `${wml}.header+xml`],
      ['word/header2.xml', `${wml}.header+xml`],
      ['word/footer1.xml', `${wml}.footer+xml`],
    ],
  );
}

export const documentRels = (pictures: number) =>
  relationships([
    [`${DOC_RELS}/styles`, 'styles.xml'],
    [`${DOC_RELS}/settings`, 'settings.xml'],
    [`${DOC_RELS}/fontTable`, 'fontTable.xml'],
    [`${DOC_RELS}/header`, 'header1.xml'],
    [`${DOC_RELS}/header`, 'header2.xml'],
    [`${DOC_RELS}/footer`, 'footer1.xml'],
    ...Array.from({ length: pictures }, (_, i) => [`${DOC_RELS}/image`, `media/image${i + 1}.png`] as const),
  ]);

export interface Properties {
  creator: string;
  title: string;
  /** The report date, YYYY-MM-DD: the package's dates, so a rerun gives the same bytes. */
  date: string;
}

export function coreXml(p: Properties): string {
  const date = `${p.date}T00:00:00Z`;
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(p.title)}</dc:title><dc:creator>${escapeXml(p.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export const appXml = () =>
  `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>danvan</Application></Properties>`;

/**
 * The defaults every paragraph and run starts from (the font, the body size, the line spacing), and
 * the table cells' inner margins that Word's own "Normal Table" has; everything else is set where used.
 */
export function stylesXml(font: string, size: number, line: number): string {
  const f = escapeXml(font);
  const margin = (side: string, w: number) => `<w:${side} w:type="dxa" w:w="${w}"/>`;
  return (
    `${XML}<w:styles xmlns:w="${W}"><w:docDefaults>` +
    `<w:rPrDefault><w:rPr><w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:line="${line}"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    `<w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar>${margin('top', 0)}${margin('left', 108)}${margin('bottom', 0)}${margin('right', 108)}</w:tblCellMar></w:tblPr></w:style>` +
    '</w:styles>'
  );
}

export const settingsXml = () =>
  `${XML}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/>` +
  '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>';

export const fontTableXml = (font: string) =>
  `${XML}<w:fonts xmlns:w="${W}"><w:font w:name="${escapeXml(font)}"><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

/** The header with the page number, centred. */
export const pageNumberHeaderXml = (size: number) =>
  `${XML}<w:hdr xmlns:w="${W}">${paragraph({ alignment: 'center', firstLine: 0 }, pageNumberRuns(size))}</w:hdr>`;

/** A header or footer with nothing in it (a Word part must hold a paragraph). */
export const emptyPartXml = (kind: 'hdr' | 'ftr') => `${XML}<w:${kind} xmlns:w="${W}"><w:p/></w:${kind}>`;
