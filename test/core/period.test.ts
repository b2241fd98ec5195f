import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { dueMonths, parsePeriod, previousPeriod, yearToDate } from '../../src/core/period.js';
import { registryOf, testPlan } from '../report/helpers.js';

describe('periods', () => {
  it('parses months, quarters, halves and years into their months', () => {
    expect(parsePeriod('2020-04')?.months).toEqual(['2020-04']);
    expect(parsePeriod('2020-Q2')?.months).toEqual(['2020-04', '2020-05', '2020-06']);
    expect(parsePeriod('2020-H2')?.months).toEqual(['2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12']);
    expect(parsePeriod('2020')?.months).toHaveLength(12);
    for (const bad of ['2020-13', '2020-Q5', '2020-H3', '20-04', '2020-4'])
      expect(parsePeriod(bad), bad).toBeUndefined();
  });

  it('finds the previous period of the same length, across the year boundary', () => {
    expect(previousPeriod(parsePeriod('2020-01')!).id).toBe('2019-12');
    expect(previousPeriod(parsePeriod('2020-Q1')!).id).toBe('2019-Q4');
    expect(previousPeriod(parsePeriod('2020-Q3')!).id).toBe('2020-Q2');
    expect(previousPeriod(parsePeriod('2020-H1')!).id).toBe('2019-H2');
    expect(previousPeriod(parsePeriod('2020-H2')!).id).toBe('2020-H1');
    expect(previousPeriod(parsePeriod('2020')!).id).toBe('2019');
  });

  it("spans the year to date from January to the period's last month", () => {
    expect(yearToDate(parsePeriod('2020-Q2')!)).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
    ]);
  });

  it("expects no report before the plan's first reporting month nor outside its year", () => {
    const plan = { year: 2020, first_month: '2020-03' };
    expect(dueMonths(parsePeriod('2020-Q1')!.months, plan)).toEqual(['2020-03']);
    expect(dueMonths(parsePeriod('2019-Q4')!.months, plan)).toEqual([]);
    expect(dueMonths(parsePeriod('2020-Q1')!.months, { year: 2020 })).toEqual(['2020-01', '2020-02', '2020-03']);
  });
});

describe('a report over months before the plan began', () => {
  it("expects each unit's reports only from the first reporting month (plan 394: March 2020)", () => {
    const plan = testPlan();
    expect(plan.data.first_month).toBe('2020-03');
    const units = [{ id: 'phuong-bach-mai', name: 'Phường Bạch Mai', kind: 'phuong' }];
    const model = aggregatePeriod({ plan, registry: registryOf(units), period: parsePeriod('2020-H1')!, results: [] });
    // March to June: 4 months × 1 unit, not 6.
    expect(model.submissions.total.expected).toBe(4);
    expect(model.submissions.total.missing).toBe(4);
    expect(model.ytdMonths).toEqual(['2020-03', '2020-04', '2020-05', '2020-06']);
  });
});
