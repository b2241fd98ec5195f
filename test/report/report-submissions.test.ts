import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import type { FileResult } from '../../src/core/file-result.js';
import { parsePeriod } from '../../src/core/period.js';
import type { PlanModel } from '../../src/core/plan.js';
import type { Registry } from '../../src/core/units.js';
import { collectSubmissions } from '../../src/io/collect-submissions.js';
import { loadPlanFile, loadRegistryFile } from '../../src/io/load-setup.js';
import { collectForReport } from '../../src/io/report-submissions.js';
import { ReportTally, type ReportResult } from '../../src/core/aggregate/tally.js';
import type * as ReportSubmissions from '../../src/io/report-submissions.js';
import { repoRoot, tempDir } from '../helpers/cli.js';

/*
 * The report adds each file's data up as the file arrives, in whatever order the threads finish,
 * and keeps only its verdict and findings. Whichever thread checks which file, the report must be
 * the one made from all files validated and kept whole: same verdicts, same findings, same figures,
 * same quotes. The
 * example district is made awkward on purpose: a file copied into another month's folder (a
 * duplicate found only across files, after its unit's earlier summaries were passed over), a broken
 * file in the latest month (an earlier summary must be quoted instead), a file of a unit not in the
 * registry.
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
  // June's file of Bạch Mai, copied beside it as .yml: June has two equally placed files for Bạch
  // Mai and neither counts — May's summaries are the ones to quote.
  cpSync(join(s, '2020-06', 'phuong-bach-mai.yaml'), join(s, '2020-06', 'phuong-bach-mai.yml'));
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
  const name = (v: unknown): unknown =>
    typeof v === 'string' && known.has(v) ? rename(v) : Array.isArray(v) ? v.map(name) : v;
  const renamed = <D extends FileResult['diagnostics'][number]>(d: D): D =>
    ({
      ...d,
      file: name(d.file),
      args: Object.fromEntries(Object.entries(d.args).map(([k, v]) => [k, name(v)])),
    }) as D;
  return results.map((r) => ({
    ...r,
    file: rename(r.file),
    diagnostics: r.diagnostics.map(renamed),
    ...(r.explained ? { explained: r.explained.map(renamed) } : {}),
  }));
}

const model = (results: FileResult[], period: string) =>
  aggregatePeriod({ plan, registry, period: parsePeriod(period)!, results, number: '1' });

/** The report's way: each file added to a tally as it arrives, the model made from the tally. */
async function streamed(collect: typeof collectForReport, period: string, threads: number) {
  const tally = new ReportTally(plan, registry, parsePeriod(period)!);
  const results = await collect({
    paths: ['submissions'],
    plan,
    registry,
    today,
    cwd: dir,
    tally,
    rename,
    threads,
    workersOnly: threads > 0,
  });
  return {
    results,
    model: aggregatePeriod({ plan, registry, period: parsePeriod(period)!, results, tally, number: '1' }),
  };
}

/** Worker threads run the compiled worker script: the built module (npm test builds first). */
const built = (): Promise<typeof ReportSubmissions> =>
  import(pathToFileURL(join(repoRoot, 'dist', 'io', 'report-submissions.js')).href) as Promise<
    typeof ReportSubmissions
  >;

describe("the report's submissions, cut down as they arrive", () => {
  it.each([
    ['in this thread', 0],
    ['on two worker threads, in the order they finish', 2],
  ])('give the report of all files kept whole: %s', async (_, threads) => {
    const expected = await allAtOnce();
    const collect = threads === 0 ? collectForReport : (await built()).collectForReport;
    for (const period of ['2020-Q2', '2020-06', '2020-05']) {
      const kept = await streamed(collect, period, threads);
      expect(kept.results.map((r) => [r.file, r.valid])).toEqual(expected.map((r) => [r.file, r.valid]));
      // Findings are kept for files of the period and files whose month is unknown: the ones the report prints.
      const month = (r: { submission?: { period: string }; pathPeriod?: string }) =>
        r.submission?.period ?? r.pathPeriod;
      const printed = (r: ReportResult) => {
        const m = month(r);
        return m === undefined || parsePeriod(period)!.months.includes(m);
      };
      expect(kept.results.filter(printed).map((r) => [r.file, r.diagnostics, r.explained])).toEqual(
        expected.filter(printed).map((r) => [r.file, r.diagnostics, r.explained]),
      );
      expect(kept.model).toEqual(model(expected, period));
    }
  });

  it('the awkward files do what they are there for', async () => {
    const m = model(await allAtOnce(), '2020-Q2');
    const unit = (id: string) => m.units.findIndex((u) => u.id === id);
    const june = m.submissions.rows
      .find((r) => r.unit === unit('phuong-bach-mai'))!
      .cells.find((c) => c.month === '2020-06')!;
    expect(june.state).toBe('invalid');
    expect(june.files).toEqual(['2020-06/phuong-bach-mai.yaml', '2020-06/phuong-bach-mai.yml']);
    const quoted = m.groups
      .flatMap((g) => g.tasks.flatMap((t) => t.summaries))
      .filter((s) => s.unit === unit('phuong-bach-mai') || s.unit === unit('phuong-dong-tam'));
    // Their June summaries are not quoted; earlier ones are (May's, else April's).
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.some((s) => s.month === '2020-05')).toBe(true);
    expect(quoted.every((s) => s.month !== '2020-06')).toBe(true);
    expect(m.quality.excluded.map((f) => f.file)).toContain('2020-05/phuong-khong-co.yaml');
  });

  it("keeps no file's submission, only who it is for and when it was sent", async () => {
    const { results } = await streamed(collectForReport, '2020-06', 0);
    const withData = results.filter((r) => r.submission !== undefined);
    expect(withData.length).toBeGreaterThan(100);
    for (const r of withData) expect(Object.keys(r.submission!).sort()).toEqual(['period', 'submitted', 'unit']);
  });
});
