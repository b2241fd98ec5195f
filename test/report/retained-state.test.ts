import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { ReportTally, type ReportResult } from '../../src/core/aggregate/tally.js';
import { parsePeriod } from '../../src/core/period.js';
import type { PlanModel } from '../../src/core/plan.js';
import type { Registry } from '../../src/core/units.js';
import { loadPlanFile, loadRegistryFile } from '../../src/io/load-setup.js';
import { collectForReport } from '../../src/io/report-submissions.js';
import { defaultPlanFile, readPlan, writeSet } from '../bench/generate.js';
import { tempDir } from '../helpers/cli.js';

/*
 * What a report holds once its files are read must grow with units and indicators, not with the
 * files: December's report needs the year to date, so it reads every month, but a unit's tenth
 * month adds to its figures without adding to what is kept. Measured by counting what is reachable
 * from what the report keeps (the results and the tally), not by the process's memory: numbers (in
 * objects and typed arrays) and characters of distinct texts, leaving out each file's name and the
 * dates it carries — the one line per file a report keeps to say what it counted.
 */
let plan: PlanModel;
let registry: Registry;
let dir: string;

beforeAll(() => {
  dir = tempDir('danvan-retained-');
  writeSet(join(dir, 'year'), readPlan(), { units: 30, months: 12, seed: 15, mistakeShare: 0.1 });
  // The same units' last two months alone: December and the previous period (November).
  for (const month of ['2020-11', '2020-12']) {
    mkdirSync(join(dir, 'two', 'submissions'), { recursive: true });
    cpSync(join(dir, 'year', 'submissions', month), join(dir, 'two', 'submissions', month), { recursive: true });
  }
  plan = loadPlanFile(defaultPlanFile);
  registry = loadRegistryFile(join(dir, 'year', 'units.yaml'), plan);
});

interface Kept {
  files: number;
  numbers: number;
  characters: number;
}

/** Numbers and text characters reachable from the roots; each object and each distinct text once. */
function measure(results: readonly ReportResult[], tally: ReportTally): Kept {
  const names = new Set(results.map((r) => r.file));
  const seen = new Set<object>();
  const texts = new Set<string>();
  let numbers = 0;
  const visit = (v: unknown): void => {
    if (typeof v === 'number') numbers++;
    else if (typeof v === 'string') {
      if (!names.has(v) && !/^\d{4}-\d{2}(-\d{2})?$/.test(v)) texts.add(v);
    } else if (v !== null && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      if (ArrayBuffer.isView(v)) numbers += (v as unknown as ArrayLike<number>).length;
      else if (v instanceof Map)
        for (const [k, x] of v) {
          visit(k);
          visit(x);
        }
      else if (v instanceof Set) for (const x of v) visit(x);
      else for (const x of Object.values(v)) visit(x);
    }
  };
  visit(results);
  visit(tally);
  let characters = 0;
  for (const t of texts) characters += t.length;
  return { files: results.length, numbers, characters };
}

async function keptFor(folder: string): Promise<Kept> {
  const tally = new ReportTally(plan, registry, parsePeriod('2020-12')!);
  const cwd = join(dir, folder);
  const results = await collectForReport({ paths: ['submissions'], plan, registry, today: '2021-01-15', cwd, tally });
  // The tally is complete: the report is made from it alone.
  aggregatePeriod({ plan, registry, period: parsePeriod('2020-12')!, results, tally });
  return measure(results, tally);
}

describe("what December's report keeps of its files", () => {
  it('does not grow with the number of files read for the same units', async () => {
    const two = await keptFor('two');
    const year = await keptFor('year');
    expect(two.files).toBe(60);
    expect(year.files).toBe(300);
    expect(year.numbers).toBe(two.numbers);
    expect(year.characters).toBe(two.characters);
  });
});

describe('the long data table', () => {
  it('is not held by the model: it is made when read, the same each time', async () => {
    const tally = new ReportTally(plan, registry, parsePeriod('2020-12')!);
    const cwd = join(dir, 'two');
    const results = await collectForReport({ paths: ['submissions'], plan, registry, today: '2021-01-15', cwd, tally });
    const model = aggregatePeriod({ plan, registry, period: parsePeriod('2020-12')!, results, tally });
    // Reachable through the model's own values (not through what reading a property makes): no row.
    const seen = new Set<object>();
    let rows = 0;
    const visit = (v: unknown): void => {
      if (v === null || typeof v !== 'object' || seen.has(v) || ArrayBuffer.isView(v)) return;
      seen.add(v);
      if ('ref' in v && 'value' in v && 'unit' in v && 'month' in v) rows++;
      for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) if ('value' in d) visit(d.value);
    };
    visit(model);
    expect(rows).toBe(0);
    const first = model.data;
    expect(first.length).toBeGreaterThan(500);
    expect(model.data).toEqual(first);
  });
});
