import type { Comparison, Period } from '../core/period.js';

/*
 * Vietnamese ways of writing numbers, dates and periods, shared by the Markdown and Excel reports.
 * Written out by hand rather than with Intl.NumberFormat so the output does not depend on the ICU
 * data a Node build ships with: reports must be byte-identical everywhere.
 */

/** Unreported figures and undefined ratios. */
export const DASH = '—';

/** 1234567 → "1.234.567"; undefined → "—". */
export function formatCount(n: number | undefined | null): string {
  if (n === undefined || n === null || !Number.isFinite(n)) return DASH;
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A fraction as a percentage with a decimal comma: 0.975 → "97,5%", 1 → "100%"; undefined → "—". */
export function formatPercent(fraction: number | undefined | null, digits = 1): string {
  if (fraction === undefined || fraction === null || !Number.isFinite(fraction)) return DASH;
  return `${decimal(fraction * 100, digits)}%`;
}

/** A signed change: "+12", "-3", "0". */
export function formatSignedCount(n: number | undefined | null): string {
  if (n === undefined || n === null || !Number.isFinite(n)) return DASH;
  return n > 0 ? `+${formatCount(n)}` : formatCount(n);
}

/** A signed relative change: 0.125 → "+12,5%". */
export function formatSignedPercent(fraction: number | undefined | null): string {
  if (fraction === undefined || fraction === null || !Number.isFinite(fraction)) return DASH;
  const text = formatPercent(fraction);
  return fraction > 0 && text !== '0%' ? `+${text}` : text;
}

/** A change of a ratio in percentage points: 0.023 → "+2,3 điểm %". */
export function formatPoints(fraction: number | undefined | null): string {
  if (fraction === undefined || fraction === null || !Number.isFinite(fraction)) return DASH;
  const text = decimal(fraction * 100, 1);
  return `${fraction > 0 && text !== '0' ? '+' : ''}${text} điểm %`;
}

function decimal(value: number, digits: number): string {
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  const [whole = '0', frac = ''] = rounded.toFixed(digits).split('.');
  const trimmed = frac.replace(/0+$/, '');
  return `${sign}${formatCount(Number(whole))}${trimmed ? `,${trimmed}` : ''}`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** "2020-04" → "4/2020" */
export function monthShort(month: string): string {
  return `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}

/** The period as a report names it: "tháng 4/2020", "quý II/2020", "6 tháng đầu năm 2020", "năm 2020". */
export function periodLabel(p: Period): string {
  const first = p.months[0] ?? '';
  switch (p.kind) {
    case 'month':
      return `tháng ${monthShort(first)}`;
    case 'quarter':
      return `quý ${roman(Math.ceil(Number(first.slice(5, 7)) / 3))}/${p.year}`;
    case 'half':
      return Number(first.slice(5, 7)) === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
  }
}

/**
 * The previous period as its column is headed: "quý I/2020", or, when only part of it lies inside the
 * plan, with the months it holds: "quý I/2020 (chỉ có tháng 3)", "6 tháng đầu năm 2020 (chỉ có tháng 3 – 6)".
 */
export function comparisonLabel(c: Comparison): string {
  const label = periodLabel(c.period);
  const first = c.months[0];
  const last = c.months[c.months.length - 1];
  if (c.coverage !== 'partial' || first === undefined || last === undefined) return label;
  const held =
    first === last
      ? `tháng ${Number(first.slice(5, 7))}`
      : `tháng ${Number(first.slice(5, 7))} – ${Number(last.slice(5, 7))}`;
  return `${label} (chỉ có ${held})`;
}

/** The year-to-date span: "tháng 1 – 4/2020", or "tháng 1/2020" for January. */
export function spanLabel(months: readonly string[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return `tháng ${monthShort(first)}`;
  return first.slice(0, 4) === last.slice(0, 4)
    ? `tháng ${Number(first.slice(5, 7))} – ${monthShort(last)}`
    : `tháng ${monthShort(first)} – ${monthShort(last)}`;
}

/** 2020-04-23 → "23/4/2020" (short form used inside tables and sentences). */
export function dateShort(iso: string): string {
  return `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
}

/**
 * The place-and-date line of a Party document: "Hai Bà Trưng, ngày 20 tháng 4 năm 2020". As in the
 * format guides, a day below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02").
 */
export function placeDateLine(place: string | undefined, iso: string): string {
  const day = Number(iso.slice(8, 10));
  const month = Number(iso.slice(5, 7));
  const d = day < 10 ? `0${day}` : String(day);
  const m = month <= 2 ? `0${month}` : String(month);
  const date = `ngày ${d} tháng ${m} năm ${iso.slice(0, 4)}`;
  return place ? `${place}, ${date}` : date;
}

/** Blank of the number line, kept visible in Markdown (no-break spaces do not collapse). */
export const NUMBER_BLANK = '\u00a0'.repeat(6);

/**
 * "Số 25-BC/BDVQU" from --number "25-BC/BDVQU" or "25" (the configured suffix is added); without a
 * number, "Số      -BC/BDVQU" with a blank the secretariat fills in by hand. Party style: no colon.
 */
export function numberLine(number: string | undefined, suffix: string | undefined): string {
  const tail = suffix ? `-${suffix}` : '';
  if (number === undefined || number.trim() === '') return `Số ${NUMBER_BLANK}${tail}`;
  const n = number.trim();
  return /^\d+$/.test(n) ? `Số ${n}${tail}` : `Số ${n}`;
}

/** "Kế hoạch triển khai …" → "triển khai …", for "Kết quả thực hiện Kế hoạch số … về …". */
export function planSubject(title: string): string {
  return title.replace(/^kế hoạch\s+/iu, '');
}
