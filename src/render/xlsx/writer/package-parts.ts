import { DOC_RELS, OFFICE, relationships, XML_DECLARATION as XML } from '../../ooxml/relationships.js';
import { contentTypesXml } from '../../ooxml/package.js';
import { escapeXml } from '../../xml.js';
import { columnLetter } from './cell-xml.js';
import type { Place, WorkbookSpec } from './sheet-spec.js';

/*
 * The package's small parts: content types, relationships, document properties, comments. Sheet
 * k (from 1) is xl/worksheets/sheet<k>.xml; a sheet with notes has xl/comments<k>.xml and a VML
 * drawing that tells Excel where to show them.
 */

export const sheetPath = (k: number) => `xl/worksheets/sheet${k}.xml`;

export function contentTypes(sheets: number, withNotes: readonly number[]): string {
  const sml = `${OFFICE}.spreadsheetml`;
  return contentTypesXml(withNotes.length > 0 ? [['vml', `${OFFICE}.vmlDrawing`]] : [], [
    ['xl/workbook.xml', `${sml}.sheet.main+xml`],
    ...Array.from({ length: sheets }, (_, i) => [sheetPath(i + 1), `${sml}.worksheet+xml`] as const),
    ...withNotes.map((k) => [`xl/comments${k}.xml`, `${sml}.comments+xml`] as const),
    ['xl/styles.xml', `${sml}.styles+xml`],
    ['xl/sharedStrings.xml', `${sml}.sharedStrings+xml`],
  ]);
}

/** Workbook relationships: styles rId1, shared strings rId2, sheet k rId(k + 2). */
export const workbookRels = (sheets: number) =>
  relationships([
    [`${DOC_RELS}/styles`, 'styles.xml'],
    [`${DOC_RELS}/sharedStrings`, 'sharedStrings.xml'],
    ...Array.from({ length: sheets }, (_, i) => [`${DOC_RELS}/worksheet`, `worksheets/sheet${i + 1}.xml`] as const),
  ]);

/** The workbook: its sheets in order and its names (the data ranges, then each sheet's print titles and area). */
export function workbookXml(book: WorkbookSpec, names: string): string {
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`)
    .join('');
  return (
    `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${DOC_RELS}">` +
    `<workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}

export function coreXml(book: WorkbookSpec): string {
  const p = book.properties;
  const date = `${book.date}T00:00:00Z`;
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeXml(p.creator)}</dc:creator><dc:title>${escapeXml(p.title)}</dc:title><dc:subject>${escapeXml(p.subject)}</dc:subject>` +
    `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appXml(book: WorkbookSpec): string {
  const n = book.sheets.length;
  return (
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${book.sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    `<Company>${escapeXml(book.properties.company)}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>` +
    '</Properties>'
  );
}

/** A sheet's relationships when it has notes: the comments (rId1) and their drawing (rId2). */
export const sheetNotesRels = (k: number) =>
  relationships([
    [`${DOC_RELS}/comments`, `../comments${k}.xml`],
    [`${DOC_RELS}/vmlDrawing`, `../drawings/vmlDrawing${k}.vml`],
  ]);

export function commentsXml(notes: readonly { at: Place; text: string }[], author: string): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${columnLetter(n.at[1])}${n.at[0]}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(n.text)}</t></r></text></comment>`,
    )
    .join('');
  return `${XML}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${escapeXml(author)}</author></authors><commentList>${list}</commentList></comments>`;
}

/** Where each note's box sits when shown: hidden until the pointer is on its cell, as Excel draws notes. */
export function notesVml(notes: readonly { at: Place }[]): string {
  const shapes = notes
    .map(({ at: [row, column] }, i) => {
      const anchor = [column, 15, row - 1, 10, column + 2, 15, row + 3, 4].join(', ');
      return (
        `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:160pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${column - 1}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}
