import type { Cell, CellStyle } from './writer/sheet-spec.js';

/* The looks the sheets share: Times New Roman as in administrative documents, number formats, state colours. */

export const FONT = 'Times New Roman';
export const COUNT = '#,##0';
export const PERCENT = '0.0%';
export const SIGNED_COUNT = '+#,##0;-#,##0;0';
export const SIGNED_PERCENT = '+0.0%;-0.0%;0.0%';

export interface Fill {
  fill: string;
  font?: string;
}

/** Colours of states (ARGB): the usual good / neutral / bad of spreadsheet conditional formats. */
export const STATE_FILLS: Record<string, Fill> = {
  'on-time': { fill: 'FFC6EFCE', font: 'FF006100' },
  late: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  invalid: { fill: 'FFF8CBAD', font: 'FF833C0B' },
  missing: { fill: 'FFFFC7CE', font: 'FF9C0006' },
};
/** Task statuses in plan order: not started, in progress, regular, done; more statuses reuse the last. */
export const STATUS_FILLS: Fill[] = [
  { fill: 'FFFFC7CE', font: 'FF9C0006' },
  { fill: 'FFFFEB9C', font: 'FF9C5700' },
  { fill: 'FFDDEBF7', font: 'FF1F4E78' },
  { fill: 'FFC6EFCE', font: 'FF006100' },
];
export const NOT_REPORTED_FILL: Fill = { fill: 'FFEDEDED', font: 'FF595959' };
const HEADER_FILL = 'FFD9E1F2';
const TOTAL_FILL = 'FFF2F2F2';
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/*
 * Styles are shared objects: the workbook's style table is keyed by object, so a million cells with
 * one look cost one entry and one look-up each. Derived looks (a fill, a bold total) are made once
 * per base style and kept.
 */
export const TEXT: CellStyle = { font: { name: FONT, size: 11 } };
export const HEADER: CellStyle = {
  font: { name: FONT, size: 11, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
  border: BORDER,
};

const derived = new WeakMap<CellStyle, Map<string, CellStyle>>();
function derive(base: CellStyle, key: string, make: () => CellStyle): CellStyle {
  let byKey = derived.get(base);
  if (!byKey) derived.set(base, (byKey = new Map()));
  let style = byKey.get(key);
  if (!style) byKey.set(key, (style = make()));
  return style;
}

/** A style with a number format. */
export const withFormat = (base: CellStyle, numFmt: string): CellStyle =>
  derive(base, `numFmt:${numFmt}`, () => ({ ...base, numFmt }));
/** A style with a horizontal alignment. */
export const aligned = (base: CellStyle, horizontal: 'left' | 'center' | 'right'): CellStyle =>
  derive(base, `align:${horizontal}`, () => ({ ...base, alignment: { ...base.alignment, horizontal } }));
/** A style filled with a colour, the text kept as it is. */
export const filled = (base: CellStyle, argb: string): CellStyle =>
  derive(base, `fill:${argb}`, () => ({ ...base, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } }));
/** A style filled and with coloured Times New Roman text (state and status colours). */
export const painted = (base: CellStyle, f: Fill): CellStyle =>
  derive(base, `paint:${f.fill}:${f.font ?? ''}`, () => ({
    ...base,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: f.fill } },
    font: { ...base.font, name: FONT, size: 11, color: { argb: f.font ?? 'FF000000' } },
  }));
/** The look of a totals row: bold on grey. */
export const total = (base: CellStyle | undefined): CellStyle => {
  const b = base ?? TEXT;
  return derive(b, 'total', () => ({
    ...b,
    font: { ...b.font, name: FONT, size: 11, bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: TOTAL_FILL } },
  }));
};
/** A row's cells in the look of a totals row. */
export const asTotals = (cells: readonly Cell[]): Cell[] =>
  cells.map((cell) => ({ value: cell.value ?? null, style: total(cell.style ?? TEXT) }));
