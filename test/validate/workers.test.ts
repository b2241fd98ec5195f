/*
 * Worker threads run the compiled worker script, so these tests load the built modules (dist/, made
 * by `npm run build`, which `npm test` runs first) — the same code as src/, compiled.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Collect from '../../src/io/collect-submissions.js';
import type * as Workers from '../../src/io/validate-workers.js';
import type * as LoadSetup from '../../src/io/load-setup.js';
import { readPlan, writeSet } from '../bench/generate.js';
import { tempDir } from '../helpers/cli.js';
import { root } from './helpers.js';

const built = <T>(path: string): Promise<T> => import(pathToFileURL(join(root, 'dist', path)).href) as Promise<T>;

let dir: string;
let collect: typeof Collect;
let workers: typeof Workers;
let setup: typeof LoadSetup;
let fileCount: number;
beforeAll(async () => {
  [collect, workers, setup] = await Promise.all([
    built<typeof Collect>('io/collect-submissions.js'),
    built<typeof Workers>('io/validate-workers.js'),
    built<typeof LoadSetup>('io/load-setup.js'),
  ]);
  dir = tempDir('danvan-workers-');
  // 30 units × 10 months, a tenth with deliberate mistakes (syntax, numbers, rules, tabs, duplicates).
  fileCount = writeSet(dir, readPlan(), { size: 'district', mistakeShare: 0.1 }).fileCount;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** With threads, every file is checked on a worker (this thread only hands them out). */
function options(threads: number, keepData: boolean): Collect.CollectOptions {
  const plan = setup.loadPlanFile(join(root, 'schemas', '394-KH-BDVQU.plan.yaml'));
  return {
    paths: ['submissions'],
    plan,
    registry: setup.loadRegistryFile(join(dir, 'units.yaml'), plan),
    today: '2020-12-31',
    cwd: dir,
    keepData,
    threads,
    workersOnly: threads > 0,
  };
}

describe('validation on worker threads', () => {
  it('checks in this thread below the threshold; above it, on a worker per further core with this thread helping, or on one worker alone on a single core', () => {
    const cores = availableParallelism();
    expect(workers.threadsFor(workers.WORKER_THRESHOLD - 1, 'auto')).toEqual({ workers: 0, mainChecks: true });
    expect(workers.threadsFor(workers.WORKER_THRESHOLD, 'auto')).toEqual(
      cores > 1 ? { workers: cores - 1, mainChecks: true } : { workers: 1, mainChecks: false },
    );
    expect(workers.threadsFor(10_000, 0).workers).toBe(0);
    // Never more threads than batches of files to give them.
    expect(workers.threadsFor(100, 8).workers).toBe(2);
  });

  it('for a run whose main thread adds the results up (the report), checks large runs on a worker per core', () => {
    const cores = availableParallelism();
    const adds = { mainAdds: true };
    expect(workers.threadsFor(workers.WORKER_THRESHOLD - 1, 'auto', adds)).toEqual({ workers: 0, mainChecks: true });
    expect(workers.threadsFor(workers.WORKER_THRESHOLD, 'auto', adds)).toEqual({
      workers: Math.max(1, cores),
      mainChecks: false,
    });
    // --jobs still decides when given.
    expect(workers.threadsFor(10_000, 0, adds)).toEqual({ workers: 0, mainChecks: true });
  });

  it('gives the same results, frames and data as checking in one thread, in path order', async () => {
    const one = await collect.collectSubmissionsWithSources(options(0, true));
    const two = await collect.collectSubmissionsWithSources(options(2, true));
    const three = await collect.collectSubmissionsWithSources(options(3, true));
    expect(three.results).toStrictEqual(one.results);
    expect(one.results).toHaveLength(fileCount);
    expect(one.results.filter((r) => r.diagnostics.length > 0).length).toBeGreaterThan(20);
    expect(two.results).toStrictEqual(one.results);
    expect(two.sources).toStrictEqual(one.sources);
    expect(two.results.map((r) => r.file)).toEqual([...two.results.map((r) => r.file)].sort());
    expect(two.checkedCount).toBe(fileCount);
  });

  it('without data, as validate asks: no submission kept, same findings', async () => {
    const lean = await collect.collectSubmissions(options(2, false));
    const full = await collect.collectSubmissions(options(0, true));
    expect(lean.every((r) => r.submission === undefined)).toBe(true);
    expect(lean).toStrictEqual(full.map(({ submission: _, ...r }) => r));
  });

  it('a file that cannot be read is reported for itself on a worker as in this thread, and the others are checked', async () => {
    // A named pipe: opening it to read would wait for a writer forever.
    const pipe = join(dir, 'submissions', '2020-05', 'zz-ong-dan.yaml');
    execFileSync('mkfifo', [pipe]);
    try {
      const [here, onWorkers] = [
        await collect.collectSubmissions(options(0, false)),
        await collect.collectSubmissions(options(2, false)),
      ];
      expect(onWorkers).toStrictEqual(here);
      expect(here).toHaveLength(fileCount + 1);
      const found = here.find((r) => r.file === 'submissions/2020-05/zz-ong-dan.yaml');
      expect(found?.diagnostics).toMatchObject([{ code: 'file-unreadable', args: { reason: 'not-regular' } }]);
    } finally {
      rmSync(pipe);
    }
  });
});
