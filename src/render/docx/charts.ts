import { NONE } from './page-layout.js';
import { greyPng } from './png.js';
import { cell, inlinePicture, paragraph, row, run, TABLE_END, tableStart } from './wordml.js';

/*
 * A chart as the document prints it: one row per bar — its label, the bar as a small picture, and the
 * number written out — so every figure is readable on a black-and-white printer without a legend.
 * The bars are grey-scale PNGs drawn here, each category with its own fill pattern.
 */

export interface Bar {
  label: string;
  value: number;
  shown: string;
}

const BAR_MAX_PX = 260;
const BAR_HEIGHT_PX = 16;
/** Bars are drawn at twice their printed size, so patterns stay sharp. */
const SCALE = 2;

type Fill = (x: number, y: number) => number;
const FILLS: Fill[] = [
  () => 70,
  (x, y) => ((x + y) % 8 < 3 ? 0 : 255),
  (x, y) => (x % 6 < 3 && y % 6 < 3 ? 30 : 235),
  () => 200,
  (x, y) => ((x - y + 1024) % 8 < 3 ? 60 : 255),
];

function barPicture(widthPx: number, pattern: number): Uint8Array {
  const w = widthPx * SCALE;
  const h = BAR_HEIGHT_PX * SCALE;
  const fill = FILLS[pattern % FILLS.length]!;
  // A black outline keeps a light bar visible against the paper.
  return greyPng(w, h, (x, y) => (x < 2 || y < 2 || x >= w - 2 || y >= h - 2 ? 0 : fill(x, y)));
}

const SIZE = 24;

/**
 * The document's pictures: each distinct bar is stored once (word/media/image<k>.png) and drawn
 * wherever it appears, each drawing with an id of its own.
 */
export class Pictures {
  /** The PNG files, in the order of their first use. */
  readonly files: Uint8Array[] = [];
  private readonly index = new Map<string, number>();
  private drawings = 0;

  constructor(private readonly rel: (k: number) => string) {}

  /** A drawing of the bar `widthPx` wide in `pattern`. */
  bar(widthPx: number, pattern: number): string {
    const key = `${widthPx}:${pattern}`;
    let k = this.index.get(key);
    if (k === undefined) {
      this.files.push(barPicture(widthPx, pattern));
      this.index.set(key, (k = this.files.length));
    }
    return inlinePicture(++this.drawings, this.rel(k), widthPx, BAR_HEIGHT_PX);
  }
}

/**
 * The chart's title and its rows, as WordprocessingML. `patterned` gives each bar its own fill
 * (categories of one whole); otherwise every bar is the same grey (separate ratios).
 */
export function chartXml(
  pictures: Pictures,
  title: string,
  bars: readonly Bar[],
  max: number,
  widthTwips: number,
  patterned: boolean,
): string {
  const widths = [Math.round(widthTwips * 0.36), Math.round(widthTwips * 0.46), Math.round(widthTwips * 0.18)] as const;
  const inCell = (width: number, content: string, alignment?: 'left') =>
    cell(
      { width, borders: NONE, verticalCenter: true },
      paragraph({ ...(alignment ? { alignment } : {}), firstLine: 0, before: 20, after: 20 }, content),
    );
  let xml =
    paragraph(
      { alignment: 'center', firstLine: 0, keepNext: true, before: 120, after: 60 },
      run(title, { italics: true, bold: true, size: SIZE }),
    ) + tableStart({ width: widthTwips, columns: widths, borders: NONE });
  bars.forEach((bar, i) => {
    const px = max > 0 && bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * BAR_MAX_PX)) : 0;
    xml += row(
      { cantSplit: true },
      inCell(widths[0], run(bar.label, { size: SIZE }), 'left') +
        inCell(widths[1], px > 0 ? pictures.bar(px, patterned ? i : 0) : '') +
        inCell(widths[2], run(bar.shown, { size: SIZE, bold: true }), 'left'),
    );
  });
  return xml + TABLE_END;
}
