import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { ReportTally } from '../../src/core/aggregate/tally.js';
import type { FileResult } from '../../src/core/file-result.js';
import { parsePeriod } from '../../src/core/period.js';
import type { Unit } from '../../src/core/submission-schema.js';
import { fileResult, registryOf, testPlan } from './helpers.js';

/*
 * The report adds files up in the order threads finish them. Whatever that order, the model must be
 * the one made from all files at once: figures of every span, ratios, statuses, quotes, models.
 */
const MONTHS = ['2020-03', '2020-04', '2020-05', '2020-06'];
const STATUSES = ['dang-thuc-hien', 'hoan-thanh', 'thuong-xuyen'];
const value = fc.option(fc.nat(1_000_000), { nil: undefined });
const report = fc.record(
  {
    received: value,
    solved: value,
    stock: value,
    status: fc.constantFrom(...STATUSES),
    summary: fc.constantFrom('', '  ', 'Tiếp nhận đủ hồ sơ.', 'Giải quyết đúng hạn.'),
    model: fc.constantFrom(undefined, 'ngo-pho-van-minh', 'khu-dan-cu-kieu-mau'),
    difficulties: fc.constantFrom(undefined, 'Thiếu kinh phí.'),
  },
  { requiredKeys: ['status'] },
);
/** Per unit, per month: a report or none. */
const dataset = fc.array(fc.array(fc.option(report, { nil: undefined }), { minLength: 4, maxLength: 4 }), {
  minLength: 1,
  maxLength: 6,
});

type Report = typeof report extends fc.Arbitrary<infer R> ? R : never;

function filesOf(data: (Report | undefined)[][]): FileResult[] {
  return data.flatMap((months, i) =>
    months.flatMap((r, m) => {
      if (!r) return [];
      const indicators: Record<string, number> = {};
      // A ratio of the plan: ho_so_dung_han ÷ ho_so_da_giai_quyet.
      if (r.received !== undefined) indicators.ho_so_dung_han = r.received;
      if (r.solved !== undefined) indicators.ho_so_da_giai_quyet = r.solved;
      return [
        fileResult({
          unit: `phuong-${i}`,
          month: MONTHS[m]!,
          tasks: {
            'UB.1': { status: r.status, indicators, ...(r.summary === undefined ? {} : { summary: r.summary }) },
            'UB.5': { indicators: r.stock === undefined ? {} : { vu_viec_phuc_tap: r.stock } },
          },
          ...(r.model
            ? {
                models: [
                  { id: r.model, type: 'mo-hinh', name: r.model, field: 'van-hoa-xa-hoi', status: 'dang-thuc-hien' },
                ],
              }
            : {}),
          ...(r.difficulties ? { difficulties: r.difficulties } : {}),
        }),
      ];
    }),
  );
}

describe('the tally', () => {
  it('gives the model of all files at once, whatever the order files arrive in', () => {
    const plan = testPlan();
    fc.assert(
      fc.property(dataset, fc.array(fc.nat()), fc.constantFrom('2020-Q2', '2020-06', '2020-05'), (data, keys, p) => {
        const units: Unit[] = data.map((_, i) => ({ id: `phuong-${i}`, name: `Phường ${i}`, kind: 'phuong' }));
        const registry = registryOf(units);
        const period = parsePeriod(p)!;
        const files = filesOf(data);
        const whole = aggregatePeriod({ plan, registry, period, results: files });
        const order = files.map((f, i) => ({ f, key: keys[i] ?? i })).sort((a, b) => a.key - b.key);
        const tally = new ReportTally(plan, registry, period);
        const kept = order.map(({ f }) => {
          const k = tally.keep(f);
          if (f.valid && f.submission && k.submission) tally.fold(k.submission, f.submission);
          return k;
        });
        const streamed = aggregatePeriod({ plan, registry, period, results: kept, tally });
        expect(streamed).toEqual(whole);
      }),
    );
  });

  it('refuses to make a model when a unit and month were added twice and not forgotten', () => {
    const plan = testPlan();
    const registry = registryOf([{ id: 'phuong-0', name: 'Phường 0', kind: 'phuong' }]);
    const period = parsePeriod('2020-04')!;
    const [file] = filesOf([[undefined, { status: 'hoan-thanh', received: 5 }, undefined, undefined]]);
    const tally = new ReportTally(plan, registry, period);
    const kept = tally.keep(file!);
    tally.fold(kept.submission!, file!.submission!);
    tally.fold(kept.submission!, file!.submission!);
    expect(() => aggregatePeriod({ plan, registry, period, results: [kept], tally })).toThrow(/tally/);
    tally.forgetUnit('phuong-0');
    tally.fold(kept.submission!, file!.submission!);
    const model = aggregatePeriod({ plan, registry, period, results: [kept], tally });
    const row = model.groups
      .flatMap((g) => g.tasks.flatMap((t) => t.indicators))
      .find((i) => i.id === 'ho_so_dung_han');
    expect(row!.period.value).toBe(5);
  });
});
