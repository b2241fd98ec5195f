import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import type { ReportModel } from '../../src/core/report-model.js';
import type { Unit } from '../../src/core/submission-schema.js';
import { fileResult, registryOf, testPlan, type FileSpec } from './helpers.js';

const MONTHS = ['2020-04', '2020-05', '2020-06'];
// A flow and a stock of the same task, and a ratio built on flows.
const FLOW = { task: 'UB.1', id: 'ho_so_tiep_nhan' };
const STOCK = { task: 'UB.5', id: 'vu_viec_phuc_tap' };

/** Per unit, per month: undefined = no report, null = report without the indicators, else the values. */
type Cell = { flow?: number; stock?: number } | null | undefined;
const value = fc.option(fc.nat(1_000_000), { nil: undefined });
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.record({ flow: value, stock: value }, { requiredKeys: [] }),
);
const dataset = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });

function build(data: Cell[][]): ReportModel {
  const units: Unit[] = data.map((_, i) => ({ id: `phuong-${i}`, name: `Phường ${i}`, kind: 'phuong' }));
  const files: FileSpec[] = [];
  data.forEach((months, i) =>
    months.forEach((c, m) => {
      if (c === undefined) return;
      const indicators = (v: number | undefined, id: string) => (v === undefined ? {} : { [id]: v });
      files.push({
        unit: `phuong-${i}`,
        month: MONTHS[m]!,
        tasks:
          c === null
            ? {}
            : {
                [FLOW.task]: { indicators: indicators(c.flow, FLOW.id) },
                [STOCK.task]: { indicators: indicators(c.stock, STOCK.id) },
              },
      });
    }),
  );
  return aggregatePeriod({
    plan: testPlan(),
    registry: registryOf(units),
    period: parsePeriod('2020-Q2')!,
    results: files.map(fileResult),
  });
}

const row = (model: ReportModel, t: { task: string; id: string }) =>
  model.groups
    .flatMap((g) => g.tasks)
    .flatMap((x) => x.indicators)
    .find((i) => i.ref === `${t.task}.${t.id}`)!;

const sumOfUnits = (values: (number | null)[]) => {
  const reported = values.filter((v): v is number => v !== null);
  return reported.length === 0 ? undefined : reported.reduce((a, b) => a + b, 0);
};

describe('aggregation invariants', () => {
  it("the total is the sum of the units' figures, and gaps are counted, not added", () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const model = build(data);
        for (const t of [FLOW, STOCK]) {
          const r = row(model, t);
          expect(r.period.value).toBe(sumOfUnits(r.unitValues));
          expect(r.period.reported + r.period.missing).toBe(data.length);
          expect(r.period.missing).toBe(r.unitValues.filter((v) => v === null).length);
        }
      }),
    );
  });

  it("splitting a unit's month into two units adds back up", () => {
    // Each value v of the first unit is split into a + (v − a) between two units reporting the same months.
    const withSplit = dataset.chain((data) =>
      fc.tuple(fc.constant(data), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 })),
    );
    fc.assert(
      fc.property(withSplit, ([data, shares]) => {
        const [first, ...rest] = data;
        const part = (c: Cell, share: (v: number) => number): Cell => {
          if (c === undefined || c === null) return c;
          const out: { flow?: number; stock?: number } = {};
          if (c.flow !== undefined) out.flow = share(c.flow);
          if (c.stock !== undefined) out.stock = share(c.stock);
          return out;
        };
        const a = first!.map((c, m) => part(c, (v) => Math.floor(v * shares[m]!)));
        const b = first!.map((c, m) => part(c, (v) => v - Math.floor(v * shares[m]!)));
        const whole = build(data);
        const split = build([a, b, ...rest]);
        for (const t of [FLOW, STOCK]) {
          expect(row(split, t).period.value).toBe(row(whole, t).period.value);
          expect(row(split, t).ytd.value).toBe(row(whole, t).ytd.value);
        }
      }),
    );
  });

  it('the reporting rate counts each expected unit-month once', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const t = build(data).submissions.total;
        expect(t.expected).toBe(data.length * 3);
        expect(t.onTime + t.late + t.invalid + t.missing).toBe(t.expected);
        expect(t.received).toBe(data.flat().filter((c) => c !== undefined).length);
      }),
    );
  });
});
