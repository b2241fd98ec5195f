import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/file-result.js';
import { collectSubmissions } from '../../src/io/collect-submissions.js';
import { tempDir } from '../helpers/cli.js';
import { fixtures, plan, registry } from './helpers.js';

/*
 * Entries of a submissions folder that are not plain files: each is reported for itself, and the
 * other files are still read. None of them may stop or hang the run.
 */
describe('entries of the submissions folder that cannot be read as submissions', () => {
  let dir: string;
  const month = () => join(dir, 'submissions', '2020-04');
  const run = (paths = ['submissions']) =>
    collectSubmissions({ paths, plan: plan(), registry: registry(), today: '2020-06-01', cwd: dir, threads: 0 });
  const byFile = (results: FileResult[]) => new Map(results.map((r) => [r.file, r]));
  const codeOf = (r: FileResult | undefined) =>
    r?.diagnostics.map((d) => [d.code, (d.args as { reason?: string }).reason ?? '']);

  beforeEach(() => {
    dir = tempDir('danvan-entries-');
    mkdirSync(month(), { recursive: true });
    cpSync(join(fixtures, 'collect', '2020-04', 'ubnd-quan.yaml'), join(month(), 'ubnd-quan.yaml'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a link loop is reported for each of its links, and the valid file beside it is still checked', async () => {
    symlinkSync('b.yaml', join(month(), 'a.yaml'));
    symlinkSync('a.yaml', join(month(), 'b.yaml'));
    const results = byFile(await run());
    expect(codeOf(results.get('submissions/2020-04/a.yaml'))).toEqual([['file-unreadable', 'link-loop']]);
    expect(codeOf(results.get('submissions/2020-04/b.yaml'))).toEqual([['file-unreadable', 'link-loop']]);
    expect(results.get('submissions/2020-04/ubnd-quan.yaml')?.valid).toBe(true);
  });

  it('a link loop named on the command line is reported, not a stop', async () => {
    symlinkSync('b.yaml', join(month(), 'a.yaml'));
    symlinkSync('a.yaml', join(month(), 'b.yaml'));
    const results = await run(['submissions/2020-04/a.yaml', 'submissions/2020-04/ubnd-quan.yaml']);
    expect(results.map((r) => [r.file, codeOf(r)])).toEqual([
      ['submissions/2020-04/a.yaml', [['file-unreadable', 'link-loop']]],
      ['submissions/2020-04/ubnd-quan.yaml', []],
    ]);
  });

  it('a link to a file that is gone is reported for itself', async () => {
    symlinkSync(join(dir, 'khong-co.yaml'), join(month(), 'hong.yaml'));
    expect(codeOf(byFile(await run()).get('submissions/2020-04/hong.yaml'))).toEqual([
      ['file-unreadable', 'link-broken'],
    ]);
  });

  it('a link that leaves the submissions folder is not read; a link inside it is', async () => {
    // Outside: a valid submission of another unit, which would count if it were read.
    const outside = join(dir, 'ngoai');
    mkdirSync(outside);
    cpSync(join(fixtures, 'collect', '2020-04', 'ubnd-quan.yaml'), join(outside, 'mttq-quan.yaml'));
    symlinkSync(join(outside, 'mttq-quan.yaml'), join(month(), 'mttq-quan.yaml'));
    mkdirSync(join(dir, 'submissions', 'luu'));
    symlinkSync(join(month(), 'ubnd-quan.yaml'), join(dir, 'submissions', 'luu', 'ubnd-quan.yaml'));
    const results = byFile(await run());
    const linked = results.get('submissions/2020-04/mttq-quan.yaml');
    expect(linked?.diagnostics).toMatchObject([
      { code: 'link-outside', args: { target: join(outside, 'mttq-quan.yaml') } },
    ]);
    expect(linked?.submission).toBeUndefined();
    // Read through the link: the same submission, set aside for the file in its month folder.
    expect(codeOf(results.get('submissions/luu/ubnd-quan.yaml'))).toEqual([['copy-not-counted', '']]);
    expect(results.get('submissions/luu/ubnd-quan.yaml')?.submission?.unit).toBe('ubnd-quan');
  });

  it('a named pipe among the files is reported without waiting on it, in a folder and named alone', async () => {
    execFileSync('mkfifo', [join(month(), 'ong-dan.yaml')]);
    expect(codeOf(byFile(await run()).get('submissions/2020-04/ong-dan.yaml'))).toEqual([
      ['file-unreadable', 'not-regular'],
    ]);
    expect(codeOf((await run(['submissions/2020-04/ong-dan.yaml']))[0])).toEqual([['file-unreadable', 'not-regular']]);
  });

  it('a file name with white space after ".yaml" gets its own finding', async () => {
    writeFileSync(join(month(), 'mttq-quan.yaml '), 'plan: 394-KH/BDVQU\n');
    writeFileSync(join(month(), 'ghi-chu.txt '), 'not a submission\n');
    const results = await run();
    expect(results.map((r) => [r.file, codeOf(r)])).toEqual([
      ['submissions/2020-04/mttq-quan.yaml ', [['file-name-space', '']]],
      ['submissions/2020-04/ubnd-quan.yaml', []],
    ]);
  });
});
