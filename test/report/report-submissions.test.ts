import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import type { FileResult } from '../../src/core/file-result.js';
import { parsePeriod } from '../../src/core/period.js';
import type { PlanModel } from '../../src/core/plan.js';
import type { Registry } from '../../src/core/units.js';
import { collectSubmissions } from '../../src/io/collect-submissions.js';
import { loadPlanFile, loadRegistryFile } from '../../src/io/load-setup.js';
import { collectForReport } from '../../src/io/report-submissions.js';
import { repoRoot, tempDir } from '../helpers/cli.js';

/*
 * The report reads submissions batch by batch and keeps only what it uses. Whatever the batch size,
 * the report must be the one made from all files validated at once: same verdicts, same findings,
 * same figures, same quotes. The example district is made awkward on purpose: a file copied into
 * another month's folder (a duplicate found only across batches), a broken file in the latest
 * month (an earlier summary must be quoted instead), a file of a unit not in the registry.
 */
const today = '2020-07-01';
let dir: string;
let plan: PlanModel;
let registry: Registry;

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

beforeAll(() => {
  dir = tempDir('danvan-report-batches-');
  cpSync(join(repoRoot, 'examples', 'submissions'), join(dir, 'submissions'), { recursive: true });
  const s = join(dir, 'submissions');
  // June's file of Bạch Mai, copied into March's folder: it names June, so June has two files for
  // Bạch Mai and neither counts — May's summaries are the ones to quote.
  cpSync(join(s, '2020-06', 'phuong-bach-mai.yaml'), join(s, '2020-03', 'phuong-bach-mai-ban-sao.yaml'));
  // Đồng Tâm's June file broken: its summaries are never quoted, May's are.
  edit(join(s, '2020-06', 'phuong-dong-tam.yaml'), (t) => t.replace(/^(\s+\w+:\s*)\d+/m, '$1-5'));
  // A unit the registry does not know.
  cpSync(join(s, '2020-05', 'phuong-vinh-tuy.yaml'), join(s, '2020-05', 'phuong-khong-co.yaml'));
  edit(join(s, '2020-05', 'phuong-khong-co.yaml'), (t) => t.replace(/^unit: .*$/m, 'unit: phuong-khong-co'));
  plan = loadPlanFile(join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml'));
  registry = loadRegistryFile(join(repoRoot, 'examples', 'units.yaml'), plan);
});

const rename = (file: string) => relative('submissions', file).split('\\').join('/');

/** What the report did before batches: every file at once, then renamed. */
async function allAtOnce(): Promise<FileResult[]> {
  const results = await collectSubmissions({ paths: ['submissions'], plan, registry, today, cwd: dir });
  const known = new Set(results.map((r) => r.file));
  const name = (v: unknown): unknown => (typeof v === 'string' && known.has(v) ? rename(v) : Array.isArray(v) ? v.map(name) : v);
  return results.map((r) => ({
    ...r,
    file: rename(r.file),
    diagnostics: r.diagnostics.map((d) => ({ ...d, file: name(d.file), args: Object.fromEntries(Object.entries(d.args).map(([k, v]) => [k, name(v)])) }) as typeof d),
  }));
}

const model = (results: FileResult[], period: string) => aggregatePeriod({ plan, registry, period: parsePeriod(period)!, results, number: '1' });

describe('the report\'s submissions, batch by batch', () => {
  it.each([[1], [7], [40], [10_000]])('give the report of all files at once, in batches of %i files', async (batch) => {
    const expected = await allAtOnce();
    for (const period of ['2020-Q2', '2020-06']) {
      const months = parsePeriod(period)!.months;
      const batched = await collectForReport({ paths: ['submissions'], plan, registry, today, cwd: dir, periodMonths: months, rename, batch });
      expect(batched.map((r) => [r.file, r.valid, r.diagnostics])).toEqual(expected.map((r) => [r.file, r.valid, r.diagnostics]));
      expect(model(batched, period)).toEqual(model(expected, period));
    }
  });

  it('the awkward files do what they are there for', async () => {
    const m = model(await allAtOnce(), '2020-Q2');
    const unit = (id: string) => m.units.findIndex((u) => u.id === id);
    const june = m.submissions.rows.find((r) => r.unit === unit('phuong-bach-mai'))!.cells.find((c) => c.month === '2020-06')!;
    expect(june.state).toBe('invalid');
    expect(june.files).toEqual(['2020-03/phuong-bach-mai-ban-sao.yaml', '2020-06/phuong-bach-mai.yaml']);
    const quoted = m.groups.flatMap((g) => g.tasks.flatMap((t) => t.summaries)).filter((s) => s.unit === unit('phuong-bach-mai') || s.unit === unit('phuong-dong-tam'));
    // Their June summaries are not quoted; earlier ones are (May's, else April's).
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.some((s) => s.month === '2020-05')).toBe(true);
    expect(quoted.every((s) => s.month !== '2020-06')).toBe(true);
    expect(m.quality.excluded.map((f) => f.file)).toContain('2020-05/phuong-khong-co.yaml');
  });

  it('keeps no evidence lists and no summaries it will not quote', async () => {
    const batched = await collectForReport({ paths: ['submissions'], plan, registry, today, cwd: dir, periodMonths: ['2020-06'], rename, batch: 7 });
    const tasks = batched.flatMap((r) => Object.values(r.submission?.tasks ?? {}));
    expect(tasks.some((t) => t?.evidence !== undefined)).toBe(false);
    const withSummary = batched.filter((r) => Object.values(r.submission?.tasks ?? {}).some((t) => t?.summary !== undefined));
    expect(withSummary.length).toBeGreaterThan(0);
    expect(withSummary.every((r) => r.valid && r.submission?.period === '2020-06')).toBe(true);
  });
});
