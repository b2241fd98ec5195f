import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { validSubmission, writeDataFolder } from './data-folder.js';

/* The options of `danvan status`, through main(argv, io) in this process: each usage error is exit 2 with one plain line. */

describe('danvan status options', () => {
  let dir: string;
  beforeAll(() => {
    dir = writeDataFolder({
      'submissions/2020-05/phuong-bach-dang.yaml': validSubmission('phuong-bach-dang', '2020-05', '2020-05-23'),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const status = (...args: string[]) => runInProcess(['status', ...args], dir, { DANVAN_TODAY: '2020-05-25' });

  it.each([
    [['--period', '2020-5'], 'Kỳ "2020-5" không đúng'],
    [['--period', '2020-Q2'], 'Kỳ "2020-Q2" không đúng'],
    [['--period', '2020-05', '--format', 'xml'], '--format "xml" không hợp lệ'],
    [['--period', '2020-05', '--fail-on', 'on-time'], '--fail-on "on-time" không hợp lệ'],
    [['--period', '2020-05', '--fail-on', 'late,tre'], '--fail-on "tre" không hợp lệ'],
    [['--period', '2020-02'], 'Tháng 2020-02 không nằm trong thời gian báo cáo'],
  ])('%j: exit 2 and says why', async (args, message) => {
    const r = await status(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.split('\n').filter((l) => l.trim() !== '')).toHaveLength(1);
  });

  it('without --period: exit 2 (commander names the option)', async () => {
    const r = await status();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--period');
  });

  it('--fail-on takes several states, comma-separated or repeated; exit 1 only when one is present', async () => {
    expect((await status('--period', '2020-05', '--fail-on', 'late')).code).toBe(1);
    expect((await status('--period', '2020-05', '--fail-on', 'invalid')).code).toBe(0);
    expect((await status('--period', '2020-05', '--fail-on', 'invalid', '--fail-on', 'missing')).code).toBe(1);
    expect((await status('--period', '2020-05', '--fail-on', 'invalid,late')).code).toBe(1);
    expect((await status('--period', '2020-05')).code).toBe(0);
  });

  it('--format json writes JSON only; a path given on the command line replaces the configured folder', async () => {
    const r = await status('--period', '2020-05', '--format', 'json', 'submissions/2020-05/phuong-bach-dang.yaml');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { units: { id: string; state: string; daysLate: number | null }[] };
    expect(json.units.find((u) => u.id === 'phuong-bach-dang')).toMatchObject({ state: 'late', daysLate: 3 });
  });
});
