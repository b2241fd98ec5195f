/** Report periods: a month 2020-04, a quarter 2020-Q2, a half-year 2020-H1, a year 2020. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  id: string;
  kind: PeriodKind;
  year: number;
  /** The months covered, as YYYY-MM, in order. */
  months: string[];
}

const pad = (m: number) => String(m).padStart(2, '0');
const monthRange = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${pad(from + i)}`);

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses a period id; undefined when it is not one. */
export function parsePeriod(id: string): Period | undefined {
  let m: RegExpExecArray | null;
  if ((m = MONTH_PATTERN.exec(id))) {
    const year = Number(m[1]);
    return { id, kind: 'month', year, months: [id] };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(id))) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    return { id, kind: 'quarter', year, months: monthRange(year, 3 * q - 2, 3 * q) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(id))) {
    const year = Number(m[1]);
    const h = Number(m[2]);
    return { id, kind: 'half', year, months: monthRange(year, 6 * h - 5, 6 * h) };
  }
  if ((m = /^(\d{4})$/.exec(id))) {
    const year = Number(m[1]);
    return { id, kind: 'year', year, months: monthRange(year, 1, 12) };
  }
  return undefined;
}

/**
 * The period of the same length just before: 2020-04 → 2020-03, 2020-Q1 → 2019-Q4, 2020-H1 → 2019-H2,
 * 2020 → 2019.
 */
export function previousPeriod(p: Period): Period {
  const [y, mm] = (p.months[0] ?? '').split('-').map(Number);
  const first = (y ?? 0) * 12 + ((mm ?? 1) - 1) - p.months.length;
  const year = Math.floor(first / 12);
  const month = (first % 12) + 1;
  switch (p.kind) {
    case 'month':
      return parsePeriod(`${year}-${pad(month)}`)!;
    case 'quarter':
      return parsePeriod(`${year}-Q${(month + 2) / 3}`)!;
    case 'half':
      return parsePeriod(`${year}-H${month === 1 ? 1 : 2}`)!;
    case 'year':
      return parsePeriod(String(year))!;
  }
}

/**
 * What the previous period of the same length holds inside the plan, and so what a comparison with
 * it may say. A sum of one month set against a sum of three reads as "+1.209,7 %": a comparison is
 * only made with a period wholly inside the plan. One partly inside is shown, named by the months it
 * holds, without any change; one wholly before the plan (or in another year) is not shown at all.
 */
export interface Comparison {
  /** The period of the same length just before. */
  period: Period;
  /** Its months inside the plan: the ones its figures are made of. */
  months: string[];
  /** 'whole': every month inside the plan, changes are given; 'partial': shown without changes; 'none': left out. */
  coverage: 'whole' | 'partial' | 'none';
}

export function comparisonFor(p: Period, plan: { year: number; first_month?: string }): Comparison {
  const period = previousPeriod(p);
  const months = dueMonths(period.months, plan);
  const coverage = months.length === 0 ? 'none' : months.length === period.months.length ? 'whole' : 'partial';
  return { period, months, coverage };
}

/** Months from January of the period's year to its last month: the "lũy kế từ đầu năm" span. */
export function yearToDate(p: Period): string[] {
  const last = p.months[p.months.length - 1] ?? '';
  return monthRange(p.year, 1, Number(last.slice(5, 7)));
}

/**
 * The months of a span for which reports are due: none before the plan's first reporting month
 * (a plan issued in March expects no January report), none outside the plan's year.
 */
export function dueMonths(months: readonly string[], plan: { year: number; first_month?: string }): string[] {
  const first = firstMonth(plan);
  return months.filter((m) => m >= first && m.startsWith(`${plan.year}-`));
}

/** The plan's first reporting month: `first_month`, else January of its year. */
export function firstMonth(plan: { year: number; first_month?: string }): string {
  return plan.first_month ?? `${plan.year}-01`;
}
