import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import { collectSubmissions } from '../../src/io/collect-submissions.js';
import { parseJobs, startWorkers } from '../../src/io/worker-launcher.js';
import { runCli } from '../helpers/cli.js';
import { fixtures, plan, registry } from './helpers.js';

describe('threads for the validation run (--jobs)', () => {
  it('reads auto, 0 and a number; anything else is not a value', () => {
    expect(['auto', '0', '3', '-1', '1.5', 'hai', ''].map(parseJobs)).toEqual([
      'auto',
      0,
      3,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('a missing worker script is an error naming it, not a silent switch to one thread', () => {
    let error: unknown;
    try {
      startWorkers('io/khong-co-worker.js', 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toContain('khong-co-worker.js');
  });

  it('run from the sources, a worker thread checks files with the built worker and gives the same results', async () => {
    const options = { paths: ['collect'], plan: plan(), registry: registry(), today: '2020-06-01', cwd: fixtures };
    const here = await collectSubmissions({ ...options, threads: 0 });
    const onWorker = await collectSubmissions({ ...options, threads: 1, workersOnly: true });
    expect(onWorker).toStrictEqual(here);
    expect(here.length).toBeGreaterThan(0);
  });

  it('validate --jobs: 0 and 2 print the same; a bad value is a usage error (exit 2)', () => {
    const args = ['validate', 'examples/invalid', '--units', 'examples/units.yaml', '--format', 'json'];
    const env = { DANVAN_TODAY: '2020-06-30' };
    const none = runCli([...args, '--jobs', '0'], { env });
    const two = runCli([...args, '--jobs', '2'], { env });
    expect(none.status).toBe(1);
    expect(two.stdout).toBe(none.stdout);
    const bad = runCli([...args, '--jobs', 'nhieu'], { env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--jobs "nhieu"');
  });
});
