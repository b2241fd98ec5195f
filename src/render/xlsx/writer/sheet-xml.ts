import { DOC_RELS, XML_DECLARATION } from '../../ooxml/relationships.js';
import { escapeXml } from '../../xml.js';
import { absoluteRef, areaRef, columnLetter, placeRef } from './cell-xml.js';
import type { SheetSpec, WorkbookSpec } from './sheet-spec.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Page margins of every sheet, in inches: narrow at the sides so more columns fit on A4 landscape. */
const MARGINS = '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.6" header="0.3" footer="0.3"/>';

/** A sheet's XML up to its first row: fit-to-page flag, panes, widths; all decided before the rows. */
export function sheetHead(sheet: SheetSpec): string {
  const fit = sheet.print.fit === 'width' ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  let view: string;
  if ('gridLines' in sheet.view) view = '<sheetView workbookViewId="0" showGridLines="0"/>';
  else {
    const { frozenRows: y, frozenColumns: x } = sheet.view;
    const pane = x > 0 ? 'bottomRight' : 'bottomLeft';
    view =
      `<sheetView workbookViewId="0"><pane${x > 0 ? ` xSplit="${x}"` : ''} ySplit="${y}" topLeftCell="${placeRef([y + 1, x + 1])}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${placeRef([y + 1, 1])}" sqref="${placeRef([y + 1, 1])}"/></sheetView>`;
  }
  // Neighbouring columns of one width are one <col> element (a wide sheet has a hundred alike).
  let cols = '';
  for (let i = 0; i < sheet.widths.length; ) {
    let j = i;
    while (j + 1 < sheet.widths.length && sheet.widths[j + 1] === sheet.widths[i]) j++;
    cols += `<col min="${i + 1}" max="${j + 1}" width="${sheet.widths[i]}" customWidth="1"/>`;
    i = j + 1;
  }
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}">${fit}<sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
}

/** A sheet's XML after its last row: filter, merged cells, print setup, notes' drawing, in the order the schema sets. */
export function sheetTail(sheet: SheetSpec): string {
  const p = sheet.print;
  const merges = sheet.merges ?? [];
  const breaks = p.columnBreaks ?? [];
  const setup =
    p.fit === 'width'
      ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
      : `<pageSetup paperSize="9" orientation="landscape" scale="${p.fit.scale}"/>`;
  return (
    '</sheetData>' +
    (sheet.autoFilter ? `<autoFilter ref="${areaRef(sheet.autoFilter)}"/>` : '') +
    (merges.length > 0
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${areaRef(m)}"/>`).join('')}</mergeCells>`
      : '') +
    (p.centred ? '<printOptions horizontalCentered="1"/>' : '') +
    MARGINS +
    setup +
    `<headerFooter><oddHeader>${escapeXml(p.header)}</oddHeader><oddFooter>${escapeXml(p.footer)}</oddFooter></headerFooter>` +
    // A break's id is the zero-based index of the new page's first column: the 1-based column before it.
    (breaks.length > 0
      ? `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`).join('')}</colBreaks>`
      : '') +
    ((sheet.notes?.length ?? 0) > 0 ? '<legacyDrawing r:id="rId2"/>' : '') +
    '</worksheet>'
  );
}

/** A sheet name in a formula: quoted, with quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The workbook's names: the data ranges (a PivotTable's source), then each sheet's print area and
 * print titles as Excel's built-in names (localSheetId: the sheet's index).
 */
export function definedNames(book: WorkbookSpec): string {
  const ranges = book.names.map(
    (n) =>
      `<definedName name="${escapeXml(n.name)}">${escapeXml(`${quoted(n.sheet)}!${absoluteRef(n.area)}`)}</definedName>`,
  );
  const prints = book.sheets.map((sheet, index) => {
    const p = sheet.print;
    const name = quoted(sheet.name);
    const titles = [
      ...(p.titleColumns ? [`${name}!$A:$${columnLetter(p.titleColumns)}`] : []),
      ...(p.titleRows ? [`${name}!$${p.titleRows[0]}:$${p.titleRows[1]}`] : []),
    ];
    return (
      (p.area
        ? `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(`${name}!${absoluteRef({ from: [1, 1], to: p.area })}`)}</definedName>`
        : '') +
      (titles.length > 0
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(titles.join(','))}</definedName>`
        : '')
    );
  });
  return [...ranges, ...prints].join('');
}
