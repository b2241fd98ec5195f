import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/period.js';
import {
  formatCount,
  formatPercent,
  formatPoints,
  formatSignedCount,
  formatSignedPercent,
  numberLine,
  periodLabel,
  placeDateLine,
  planSubject,
  spanLabel,
} from '../../src/render/vi-format.js';

describe('Vietnamese numbers', () => {
  it('groups thousands with dots and keeps "—" for nothing reported', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(-2543)).toBe('-2.543');
    expect(formatCount(9007199254740991)).toBe('9.007.199.254.740.991');
    expect(formatCount(undefined)).toBe('—');
    expect(formatCount(null)).toBe('—');
  });

  it('writes percentages with a decimal comma, dropping ",0"', () => {
    expect(formatPercent(0.975)).toBe('97,5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(995 / 1010)).toBe('98,5%');
    expect(formatPercent(12.345)).toBe('1.234,5%');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('signs changes', () => {
    expect(formatSignedCount(1200)).toBe('+1.200');
    expect(formatSignedCount(-3)).toBe('-3');
    expect(formatSignedCount(0)).toBe('0');
    expect(formatSignedPercent(0.125)).toBe('+12,5%');
    expect(formatSignedPercent(-0.0004)).toBe('0%');
    expect(formatPoints(0.137)).toBe('+13,7 điểm %');
    expect(formatPoints(-0.116)).toBe('-11,6 điểm %');
  });
});

describe('Party document wording', () => {
  it('names periods the way reports do', () => {
    expect(periodLabel(parsePeriod('2020-04')!)).toBe('tháng 4/2020');
    expect(periodLabel(parsePeriod('2020-Q2')!)).toBe('quý II/2020');
    expect(periodLabel(parsePeriod('2020-H1')!)).toBe('6 tháng đầu năm 2020');
    expect(periodLabel(parsePeriod('2020-H2')!)).toBe('6 tháng cuối năm 2020');
    expect(periodLabel(parsePeriod('2020')!)).toBe('năm 2020');
    expect(spanLabel(['2020-01', '2020-02', '2020-03', '2020-04'])).toBe('tháng 1 – 4/2020');
    expect(spanLabel(['2020-01'])).toBe('tháng 1/2020');
  });

  it('writes the place and date, with a zero before days under 10 and months 1 and 2', () => {
    expect(placeDateLine('Hai Bà Trưng', '2020-04-20')).toBe('Hai Bà Trưng, ngày 20 tháng 4 năm 2020');
    expect(placeDateLine('Hai Bà Trưng', '2020-02-05')).toBe('Hai Bà Trưng, ngày 05 tháng 02 năm 2020');
    expect(placeDateLine('Hai Bà Trưng', '2020-12-09')).toBe('Hai Bà Trưng, ngày 09 tháng 12 năm 2020');
    expect(placeDateLine(undefined, '2020-04-20')).toBe('ngày 20 tháng 4 năm 2020');
  });

  it('writes the number without a colon, and leaves a visible blank when there is none', () => {
    expect(numberLine('25-BC/BDVQU', 'BC/BDVQU')).toBe('Số 25-BC/BDVQU');
    expect(numberLine('25', 'BC/BDVQU')).toBe('Số 25-BC/BDVQU');
    expect(numberLine(undefined, 'BC/BDVQU')).toBe('Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BDVQU');
    expect(numberLine('  ', undefined)).toBe('Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0');
  });

  it("turns the plan's title into the subject of the summary line", () => {
    expect(planSubject('Kế hoạch triển khai "Năm dân vận khéo" năm 2020')).toBe(
      'triển khai "Năm dân vận khéo" năm 2020',
    );
  });
});
