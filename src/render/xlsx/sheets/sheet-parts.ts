import { formatCount } from '../../vi-format.js';
import type { SheetContext } from './context.js';

export interface SheetPart {
  /** Sheet name: the sheet's own for the first part, "Tên (2)", "Tên (3)"… after. */
  name: string;
  /** Rows of the table this part holds: [from, to). */
  from: number;
  to: number;
  /** Which part this is and where the others are; undefined when there is one part. */
  note?: string;
}

/**
 * A table of `total` rows split over as many sheets as it needs, `capacity` rows each: Excel opens
 * no sheet longer than 1,048,576 rows, and a table cut short there would lose rows without a word.
 */
export function sheetParts(ctx: SheetContext, key: string, total: number, capacity: number): SheetPart[] {
  const size = Math.max(1, capacity);
  const count = Math.max(1, Math.ceil(total / size));
  const first = ctx.sheetName(key);
  const names = Array.from({ length: count }, (_, k) =>
    k === 0 ? first : ctx.extraSheetName(ctx.say('partName', { name: first, part: k + 1 }), `${key}.partName`),
  );
  return names.map((name, k) => {
    const from = k * size;
    const to = Math.min(total, from + size);
    if (count === 1) return { name, from, to };
    const note = ctx.say('parts', {
      rows: formatCount(total),
      part: k + 1,
      parts: count,
      from: formatCount(from + 1),
      to: formatCount(to),
      others: names
        .filter((_, j) => j !== k)
        .map((n) => `"${n}"`)
        .join(', '),
    });
    return { name, from, to, note };
  });
}
