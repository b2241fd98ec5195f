import { XML_DECLARATION } from '../../ooxml/relationships.js';
import { escapeXml } from '../../xml.js';
import { IndexedList } from './indexed-list.js';
import type { CellStyle, Edge } from './sheet-spec.js';

/** Excel's built-in number formats that the report uses; any other gets an id of its own from 164. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '0%': 9, '0.00%': 10 };

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';

/**
 * The workbook's styles: each distinct look once in styles.xml, cells referring to it by index.
 * Looks are found by object first (a million cells of one style cost one map look-up each), then by
 * their content, so two equal objects share one entry.
 */
export class StyleTable {
  private readonly byObject = new Map<CellStyle, number>();
  private readonly xfs = new IndexedList(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly fonts = new IndexedList([DEFAULT_FONT]);
  private readonly fills = new IndexedList([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new IndexedList(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly formats = new Map<string, number>();

  /** The index of a style in the table (0: Excel's default look). */
  id(style: CellStyle | undefined): number {
    if (style === undefined) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const id = this.xfs.id(this.xf(style));
    this.byObject.set(style, id);
    return id;
  }

  xml(): string {
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      XML_DECLARATION +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      this.fonts.xml('fonts') +
      this.fills.xml('fills') +
      this.borders.xml('borders') +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      this.xfs.xml('cellXfs') +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }

  private xf(style: CellStyle): string {
    const numFmt = style.numFmt === undefined ? 0 : this.format(style.numFmt);
    const font = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fill = style.fill ? this.fills.id(fillXml(style.fill.fgColor.argb)) : 0;
    const border = style.border ? this.borders.id(borderXml(style.border)) : 0;
    const a = style.alignment;
    const alignment = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}/>`
      : '';
    const apply =
      (numFmt ? ' applyNumberFormat="1"' : '') +
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '') +
      (border ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}`;
    return alignment ? `${head}>${alignment}</xf>` : `${head}/>`;
  }

  private format(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = 164 + this.formats.size));
    return id;
  }
}

function fontXml(font: NonNullable<CellStyle['font']>): string {
  return (
    '<font>' +
    (font.bold ? '<b/>' : '') +
    (font.italic ? '<i/>' : '') +
    `<sz val="${font.size ?? 11}"/>` +
    (font.color ? `<color rgb="${font.color.argb}"/>` : '') +
    `<name val="${escapeXml(font.name ?? 'Calibri')}"/>` +
    '</font>'
  );
}

const fillXml = (argb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/></patternFill></fill>`;

function borderXml(border: NonNullable<CellStyle['border']>): string {
  const edge = (tag: string, e: Edge | undefined) =>
    e ? `<${tag} style="${e.style}">${e.color ? `<color rgb="${e.color.argb}"/>` : ''}</${tag}>` : `<${tag}/>`;
  return `<border>${edge('left', border.left)}${edge('right', border.right)}${edge('top', border.top)}${edge('bottom', border.bottom)}<diagonal/></border>`;
}
