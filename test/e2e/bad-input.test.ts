/*
 * The built bin on bad inputs: every file of the corpus gets its finding in one run, a file nested
 * thousands of levels deep among valid ones stops nothing, and a configuration or unit list nested
 * that deep is a configuration error (exit 2) with its line and column, never a stack trace.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const env = { DANVAN_TODAY: '2020-06-30' };
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('danvan validate on bad inputs (the built bin)', () => {
  it('reports every file of the bad-input corpus in one run', () => {
    const r = runCli(['validate', 'test/fixtures/bad-input', '--format', 'json'], { env });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/lỗi chương trình|Maximum call stack|RangeError/);
    const files = (JSON.parse(r.stdout) as { files: { file: string; diagnostics: { code: string }[] }[] }).files;
    expect(files).toHaveLength(23);
    const codesOf = (name: string) => files.find((f) => f.file.endsWith(name))!.diagnostics.map((d) => d.code);
    expect(codesOf('long-ngoac-vuong.yaml')).toContain('too-deep');
    expect(codesOf('mot-byte-nul.yaml')).toContain('nul-byte');
    expect(codesOf('xuong-dong-cr-le.yaml')).toEqual(['lone-cr']);
    expect(codesOf('xuong-dong-an-u2028.yaml')).toEqual(['line-separator']);
    // Valid, so its twins in the folder (the same unit and month) make it a duplicate too.
    expect(codesOf('xuong-dong-an-trong-ngoac-kep.yaml')).toContain('line-separator-in-text');
    expect(codesOf('tom-tat-bi-cat.yaml')).toContain('text-cut-by-comment');
  });

  it('goes on past a file nested 5,000 levels deep', () => {
    const month = join(dir, 'sub', '2020-04');
    mkdirSync(month, { recursive: true });
    cpSync(join(repoRoot, 'examples', 'submissions', '2020-04'), month, { recursive: true });
    writeFileSync(join(month, 'quan-doan.yaml'), `${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const r = runCli(['validate', join(dir, 'sub'), '--units', 'examples/units.yaml'], { env });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('quan-doan.yaml:1:100  lỗi  Tệp lồng nhau quá 100 cấp');
    expect(r.stdout).toMatch(/28 tệp đã kiểm tra: \d+ hợp lệ, \d+ có cảnh báo, 1 không hợp lệ/);
  });

  it('refuses a configuration or a unit list nested too deep, with its place (exit 2)', () => {
    const cfg = join(dir, 'deep.config.yaml');
    writeFileSync(cfg, `submissions: ${'{a: '.repeat(5000)}\n`);
    const r = runCli(['--config', cfg, 'validate'], { env });
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).toContain('deep.config.yaml:1:');
    expect(r.stderr + r.stdout).toContain('Tệp lồng nhau quá 100 cấp');
    expect(r.stderr).not.toMatch(/Maximum call stack|RangeError/);
    const units = join(dir, 'units.yaml');
    writeFileSync(units, `units: ${'['.repeat(5000)}\n`);
    const u = runCli(['validate', 'examples/submissions/2020-04/ubnd-quan.yaml', '--units', units], { env });
    expect(u.status).toBe(2);
    expect(u.stderr + u.stdout).toContain('Tệp lồng nhau quá 100 cấp');
  });
});
