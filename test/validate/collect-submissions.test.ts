import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import { collectSubmissions } from '../../src/io/collect-submissions.js';
import { fixtures, plan, registry } from './helpers.js';

describe('collectSubmissions', () => {
  it('validates every file under a folder, sorted by path; a copy outside the month folder is set aside for the file in it', async () => {
    const results = await collectSubmissions({
      paths: ['collect'],
      plan: plan(),
      registry: registry(),
      today: '2020-06-01',
      cwd: fixtures,
    });
    expect(results.map((r) => [r.file, r.valid, r.submission !== undefined, r.pathUnit, r.pathPeriod])).toEqual([
      ['collect/2020-04/mttq-quan.yaml', false, false, 'mttq-quan', '2020-04'],
      ['collect/2020-04/ubnd-quan.yaml', true, true, 'ubnd-quan', '2020-04'],
      ['collect/2020-05/mttq-quan.yaml', true, true, 'mttq-quan', '2020-05'],
      ['collect/copy/mttq-quan-ban-sua.yaml', true, true, undefined, undefined],
    ]);
    expect(results[0]!.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual([
      'task-missing@8:1',
      'negative-number@11:59',
    ]);
    expect(results[2]!.diagnostics).toEqual([]);
    expect(results[3]!.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(['copy-not-counted@2:7']);
  });

  it('takes single files, and a file named twice only once', async () => {
    const results = await collectSubmissions({
      paths: ['collect/2020-04/ubnd-quan.yaml', 'collect/2020-04/../2020-04/ubnd-quan.yaml'],
      plan: plan(),
      today: '2020-06-01',
      cwd: fixtures,
    });
    expect(results.map((r) => r.file)).toEqual(['collect/2020-04/ubnd-quan.yaml']);
    expect(results[0]!.valid).toBe(true);
  });

  it('throws a CliError for a path that does not exist', async () => {
    await expect(
      collectSubmissions({ paths: ['khong-co'], plan: plan(), today: '2020-06-01', cwd: fixtures }),
    ).rejects.toBeInstanceOf(CliError);
  });
});
