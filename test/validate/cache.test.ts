import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectSubmissionsWithSources, type CollectOptions } from '../../src/io/collect-submissions.js';
import { ValidationCache, type CacheIdentity } from '../../src/io/validation-cache.js';
import { tempDir } from '../helpers/cli.js';
import { fixtures, plan, registry, root } from './helpers.js';

const planText = readFileSync(join(root, 'schemas', '394-KH-BDVQU.plan.yaml'), 'utf8');
const registryText = readFileSync(join(fixtures, 'units.yaml'), 'utf8');

let dir: string;
let cacheFile: string;
beforeEach(() => {
  dir = tempDir('danvan-cache-');
  cpSync(join(fixtures, 'collect'), join(dir, 'submissions'), { recursive: true });
  cacheFile = join(dir, '.danvan-cache');
  // The files were written just now: age them, as files of an earlier month are.
  const old = new Date('2020-06-01T00:00:00Z');
  for (const f of [
    '2020-04/mttq-quan.yaml',
    '2020-04/ubnd-quan.yaml',
    '2020-05/mttq-quan.yaml',
    'copy/mttq-quan-ban-sua.yaml',
  ])
    utimesSync(join(dir, 'submissions', f), old, old);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const identity = (over: Partial<CacheIdentity> = {}): CacheIdentity => ({
  version: '1.0.0',
  planText,
  registryText,
  cwd: dir,
  ...over,
});

/** One run of validate --cache: load the cache, collect, save. */
async function run(options: { identity?: CacheIdentity; today?: string; loads?: string[]; paths?: string[] } = {}) {
  const cache = ValidationCache.load(cacheFile, options.identity ?? identity());
  const loads = options.loads ?? [];
  const collect: CollectOptions = {
    paths: options.paths ?? ['submissions'],
    plan: async () => {
      loads.push('plan');
      return plan();
    },
    registry: async () => {
      loads.push('registry');
      return registry();
    },
    today: options.today ?? '2020-06-30',
    cwd: dir,
    keepData: false,
    threads: 0,
    cache,
  };
  const collected = await collectSubmissionsWithSources(collect);
  expect(cache.save()).toBeUndefined();
  return { ...collected, loads };
}

const summary = (r: Awaited<ReturnType<typeof run>>) =>
  r.results.map((x) => [x.file, x.valid, x.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)]);
const stored = () =>
  JSON.parse(readFileSync(cacheFile, 'utf8')) as {
    files: Record<string, { d?: { code: string }[]; v?: 0; m: number }>;
  };
const edit = (file: string, change: (text: string) => string) => {
  const path = join(dir, 'submissions', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

describe('validate --cache', () => {
  it('a second run over unchanged files checks nothing, parses neither plan nor registry, and gives the same results and frames', async () => {
    const first = await run();
    expect(first.checkedCount).toBe(4);
    expect(existsSync(cacheFile)).toBe(true);
    const second = await run();
    expect(second.checkedCount).toBe(0);
    expect(second.loads).toEqual([]);
    expect(second.results).toStrictEqual(first.results);
    expect(second.sources).toStrictEqual(first.sources);
    // The finding across files is made again on every run, with its place.
    expect(summary(second)).toContainEqual(['submissions/copy/mttq-quan-ban-sua.yaml', true, ['copy-not-counted@2:7']]);
    // Compact: the day is written once, and the unit and month only where the path does not say them.
    const files = stored() as unknown as { day: string; files: Record<string, { t?: string; u?: unknown }> };
    expect(files.day).toBe('2020-06-30');
    expect(files.files['submissions/2020-04/ubnd-quan.yaml']).not.toHaveProperty('t');
    expect(files.files['submissions/2020-04/ubnd-quan.yaml']).not.toHaveProperty('u');
    expect(files.files['submissions/copy/mttq-quan-ban-sua.yaml']?.u).toEqual(['mttq-quan', '2020-05']);
  });

  it('re-checks a changed file, and only that one', async () => {
    await run();
    edit('2020-04/ubnd-quan.yaml', (t) => t.replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: -1250'));
    const r = await run();
    expect(r.checkedCount).toBe(1);
    expect(summary(r)).toContainEqual(['submissions/2020-04/ubnd-quan.yaml', false, ['negative-number@9:36']]);
  });

  it("takes an unchanged file's result from the cache: a planted result shows until the file changes", async () => {
    await run();
    const file = 'submissions/2020-04/ubnd-quan.yaml';
    const planted = stored();
    planted.files[file] = {
      ...planted.files[file]!,
      v: 0,
      d: [{ code: 'planted', severity: 'error', file, line: 1, column: 1, path: [], args: {} } as never],
    };
    writeFileSync(cacheFile, JSON.stringify(planted));
    const reused = await run();
    expect(summary(reused)).toContainEqual([file, false, ['planted@1:1']]);
    edit('2020-04/ubnd-quan.yaml', (t) => `${t}# sửa\n`);
    const rechecked = await run();
    expect(rechecked.checkedCount).toBe(1);
    expect(summary(rechecked)).toContainEqual([file, true, []]);
  });

  it('a touched file with the same content is read and hashed, not checked again', async () => {
    await run();
    const later = new Date('2020-06-15T00:00:00Z');
    utimesSync(join(dir, 'submissions', '2020-04', 'ubnd-quan.yaml'), later, later);
    const r = await run();
    expect(r.checkedCount).toBe(0);
    expect(stored().files['submissions/2020-04/ubnd-quan.yaml']!.m).toBe(later.getTime());
  });

  it('does not trust a modification time close to the run: such a file is compared by content next time', async () => {
    edit('2020-04/ubnd-quan.yaml', (t) => t); // written now
    await run();
    expect(stored().files['submissions/2020-04/ubnd-quan.yaml']!.m).toBe(-1);
    expect((await run()).checkedCount).toBe(0);
    edit('2020-04/ubnd-quan.yaml', (t) => t.replace('1250', '1260')); // same size, same second
    expect((await run()).checkedCount).toBe(1);
  });

  it.each([
    ['the plan', { planText: `${planText}\n# sửa\n` }],
    ['the unit registry', { registryText: `${registryText}\n# sửa\n` }],
    ['no registry any more', { registryText: undefined }],
    ['the danvan version (and with it the schema)', { version: '1.0.1' }],
    ['the working folder (paths are stored as shown)', { cwd: '/elsewhere' }],
  ])('a change of %s invalidates every stored result', async (_, over) => {
    await run();
    expect((await run({ identity: identity(over) })).checkedCount).toBe(4);
  });

  it('a result that depends on the date is reused on that day only; others on any later day, never an earlier one', async () => {
    edit('2020-04/ubnd-quan.yaml', (t) => t.replace('submitted: 2020-04-17', 'submitted: 2020-07-02'));
    const before = await run({ today: '2020-06-30' });
    expect(summary(before)).toContainEqual(['submissions/2020-04/ubnd-quan.yaml', false, ['submitted-in-future@4:12']]);
    expect((await run({ today: '2020-06-30' })).checkedCount).toBe(0);
    const after = await run({ today: '2020-07-02' });
    expect(after.checkedCount).toBe(1);
    expect(summary(after)).toContainEqual(['submissions/2020-04/ubnd-quan.yaml', true, []]);
    expect((await run({ today: '2020-07-20' })).checkedCount).toBe(0);
    expect((await run({ today: '2020-06-01' })).checkedCount).toBe(4);
  });

  it('ignores a corrupt or foreign cache file and rebuilds it', async () => {
    writeFileSync(cacheFile, '{"format": 1, "key": "x", "files": {"a": ');
    expect((await run()).checkedCount).toBe(4);
    expect(stored().files['submissions/2020-04/ubnd-quan.yaml']).toBeDefined();
    writeFileSync(
      cacheFile,
      JSON.stringify({
        format: 1,
        key: ValidationCache.load(cacheFile, identity()) && 'other',
        files: { 'submissions/2020-04/ubnd-quan.yaml': 7 },
      }),
    );
    expect((await run()).checkedCount).toBe(4);
  });

  it('skips malformed entries of a matching cache', async () => {
    await run();
    const s = stored();
    (s.files as Record<string, unknown>)['submissions/2020-04/ubnd-quan.yaml'] = { s: 'big' };
    writeFileSync(cacheFile, JSON.stringify(s));
    expect((await run()).checkedCount).toBe(1);
  });

  it('a cache that cannot be written is reported, never an error', async () => {
    mkdirSync(join(dir, 'blocked'));
    writeFileSync(join(dir, 'blocked', 'file'), '');
    const cache = ValidationCache.load(join(dir, 'blocked', 'file', '.danvan-cache'), identity());
    await collectSubmissionsWithSources({
      paths: ['submissions'],
      plan: plan(),
      registry: registry(),
      today: '2020-06-30',
      cwd: dir,
      keepData: false,
      threads: 0,
      cache,
    });
    expect(cache.save()).toMatch(/.+/);
  });

  it('forgets a deleted file, and finds the place of a new twin of a file it holds', async () => {
    await run();
    rmSync(join(dir, 'submissions', 'copy'), { recursive: true });
    const r = await run();
    expect(Object.keys(stored().files)).not.toContain('submissions/copy/mttq-quan-ban-sua.yaml');
    expect(summary(r)).toContainEqual(['submissions/2020-05/mttq-quan.yaml', true, []]);
    // ubnd-quan was settled without positions; a copy beside it makes it a twin, reported at its unit line.
    cpSync(join(dir, 'submissions', '2020-04', 'ubnd-quan.yaml'), join(dir, 'submissions', '2020-04', 'ubnd-quan.yml'));
    const twins = await run();
    expect(twins.checkedCount).toBe(1);
    expect(summary(twins)).toContainEqual(['submissions/2020-04/ubnd-quan.yaml', false, ['duplicate-submission@2:7']]);
    expect(twins.sources.get('submissions/2020-04/ubnd-quan.yaml')?.get(2)).toBe('unit: ubnd-quan');
  });

  it('keeps the results of files outside the folders of this run', async () => {
    await run();
    const r = await run({ paths: ['submissions/2020-04'] });
    expect(r.results).toHaveLength(2);
    expect(Object.keys(stored().files)).toHaveLength(4);
  });
});
