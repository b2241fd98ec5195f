import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { greyPng } from './png.js';

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

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const SIZE = 24;

/**
 * The chart's title and its rows. `patterned` gives each bar its own fill (categories of one whole);
 * otherwise every bar is the same grey (separate ratios).
 */
export function chartBlocks(
  title: string,
  bars: readonly Bar[],
  max: number,
  widthTwips: number,
  patterned: boolean,
): (Paragraph | Table)[] {
  const rows = bars.map((bar, i) => {
    const px = max > 0 && bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * BAR_MAX_PX)) : 0;
    const picture =
      px > 0
        ? [
            new ImageRun({
              type: 'png',
              data: barPicture(px, patterned ? i : 0),
              transformation: { width: px, height: BAR_HEIGHT_PX },
            }),
          ]
        : [];
    const cell = (children: Paragraph[], width: number) =>
      new TableCell({
        children,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        borders: NO_BORDERS,
      });
    const text = (t: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false) =>
      new Paragraph({
        alignment,
        indent: { firstLine: 0 },
        spacing: { before: 20, after: 20 },
        children: [new TextRun({ text: t, size: SIZE, bold })],
      });
    return new TableRow({
      cantSplit: true,
      children: [
        cell([text(bar.label, AlignmentType.LEFT)], Math.round(widthTwips * 0.36)),
        cell(
          [new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 20, after: 20 }, children: picture })],
          Math.round(widthTwips * 0.46),
        ),
        cell([text(bar.shown, AlignmentType.LEFT, true)], Math.round(widthTwips * 0.18)),
      ],
    });
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: title, italics: true, bold: true, size: SIZE })],
    }),
    new Table({
      rows,
      width: { size: widthTwips, type: WidthType.DXA },
      columnWidths: [Math.round(widthTwips * 0.36), Math.round(widthTwips * 0.46), Math.round(widthTwips * 0.18)],
      borders: NO_BORDERS,
    }),
  ];
}
