import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const env = { DANVAN_TODAY: '2020-06-30' };
const invalid = ['examples/invalid', '--units', 'examples/units.yaml'];
const config = ['--config', 'examples/danvan.config.yaml'];
const validate = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) =>
  runCli(
    args[0]?.startsWith('--config') ? [...args.slice(0, 2), 'validate', ...args.slice(2)] : ['validate', ...args],
    { env, ...options },
  );

describe('danvan validate (the built bin)', () => {
  it('stylish by default: findings with code frames and the summary line; exit 1 on errors', () => {
    const r = validate(invalid);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('examples/invalid/so-am.yaml:26:22  lỗi  Chỉ tiêu "Cuộc giám sát" (MT.3) là số âm (-1)');
    expect(r.stdout).toContain('    > 26 |       cuoc_giam_sat: -1\n         |                      ^^');
    expect(r.stdout).toMatch(
      /✖ 42 tệp đã kiểm tra: 0 hợp lệ, 2 có cảnh báo, 40 không hợp lệ \(\d+ lỗi, 2 cảnh báo\)\.\n/,
    );
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('the example data is valid: exit 0 with warnings, 1 with --fail-on warning', () => {
    const r = validate(config);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/⚠ 111 tệp đã kiểm tra: \d+ hợp lệ, \d+ có cảnh báo, 0 không hợp lệ/);
    expect(validate([...config, '--fail-on', 'warning']).status).toBe(1);
    expect(validate([...config, 'examples/submissions/2020-04/hdnd-quan.yaml', '--fail-on', 'warning']).status).toBe(0);
  });

  it('--lang en', () => {
    const r = runCli(['--lang', 'en', 'validate', ...invalid], { env });
    expect(r.stdout).toContain(
      'examples/invalid/so-am.yaml:26:22  error  Indicator "Cuộc giám sát" (MT.3.cuoc_giam_sat) is negative (-1)',
    );
    expect(r.stdout).toContain('42 file(s) checked');
  });

  it('json, sarif, junit and github on stdout', () => {
    const json = validate([...invalid, '--format', 'json']);
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout) as {
      version: number;
      summary: { files: number };
      files: { file: string; diagnostics: { code: string; line: number; column: number }[] }[];
    };
    expect(parsed.summary.files).toBe(42);
    expect(
      parsed.files
        .find((f) => f.file === 'examples/invalid/so-am.yaml')
        ?.diagnostics.map((d) => [d.code, d.line, d.column]),
    ).toEqual([['negative-number', 26, 22]]);

    const sarif = JSON.parse(validate([...invalid, '--format', 'sarif']).stdout) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBe(
      Object.values(parsed.files).reduce((n, f) => n + f.diagnostics.length, 0),
    );

    expect(validate([...invalid, '--format', 'junit']).stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="danvan validate" tests="42" failures="40"/,
    );

    const github = validate([...invalid, '--format', 'github']);
    expect(github.stdout).toContain(
      '::error file=examples/invalid/so-am.yaml,line=26,col=22,endLine=26,endColumn=24,title=danvan negative-number::',
    );
    expect(github.stdout).toContain('::warning file=examples/invalid/thieu-tom-tat.yaml,line=24,col=13');
    expect(github.stdout).toContain('✖ 42 tệp đã kiểm tra');
    // Asked for both, the stylish report is printed once.
    const both = validate([...invalid, '--format', 'github,stylish']);
    expect(both.stdout.split('✖ 42 tệp đã kiểm tra')).toHaveLength(2);
  });

  it('several formats, each to stdout or its own file, written whole', () => {
    const dir = tempDir();
    const r = validate([
      ...invalid,
      '--format',
      'json',
      '--output-sarif',
      join(dir, 'out.sarif'),
      '--output-junit',
      join(dir, 'sub', 'junit.xml'),
    ]);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { version: number }).version).toBe(1);
    expect((JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'sub', 'junit.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(readdirSync(dir).sort()).toEqual(['out.sarif', 'sub']);
    expect(r.stderr).toContain('out.sarif');

    // --output-<fmt> alone keeps the stylish report on the screen.
    const alone = validate([...invalid, '--output-json', join(dir, 'r.json')]);
    expect(alone.stdout).toContain('✖ 42 tệp đã kiểm tra');
    expect(existsSync(join(dir, 'r.json'))).toBe(true);
  });

  it('exit 2 for a bad option, an unreadable path, or nothing to check', () => {
    const badFormat = validate([...invalid, '--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format "xml"');
    expect(badFormat.stdout).toBe('');
    expect(validate([...invalid, '--fail-on', 'nothing']).status).toBe(2);
    const missing = validate(['khong-co-thu-muc-nay']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('khong-co-thu-muc-nay');
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
    const empty = tempDir();
    const none = validate([], { cwd: empty });
    expect(none.status).toBe(2);
    expect(validate([...invalid, '--units', 'khong-co.yaml']).status).toBe(2);
  });

  it('a single file without a registry: exit 0 when valid, and the result line warns that the unit checks were skipped', () => {
    const dir = tempDir();
    const text = readFileSync(join(repoRoot, 'examples/submissions/2020-04/hdnd-quan.yaml'), 'utf8');
    mkdirSync(join(dir, '2020-04'));
    writeFileSync(join(dir, '2020-04', 'hdnd-quan.yaml'), text);
    const r = validate(['2020-04/hdnd-quan.yaml'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      '⚠ 1 tệp đã kiểm tra: 1 hợp lệ, 0 có cảnh báo, 0 không hợp lệ (0 lỗi, 0 cảnh báo).\n' +
        '  Chưa kiểm tra mã đơn vị và các nhiệm vụ đơn vị phải báo cáo (không có danh sách đơn vị units.yaml; dùng --units <tệp> để kiểm tra đủ).\n',
    );
    // Machine formats say it on stderr, where it does not spoil the output.
    expect(validate(['2020-04/hdnd-quan.yaml', '--format', 'json'], { cwd: dir }).stderr).toContain('units.yaml');
  });

  it('--plan and --units override the configuration', () => {
    const r = validate([
      ...config,
      'examples/submissions/2020-04',
      '--units',
      'test/fixtures/validate/units.yaml',
      '--plan',
      'schemas/394-KH-BDVQU.plan.yaml',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('unknown-unit');
  });

  it('today comes from DANVAN_TODAY; a malformed value is a usage error', () => {
    expect(
      validate(['examples/submissions/2020-06/hdnd-quan.yaml'], { env: { DANVAN_TODAY: '2020-06-01' } }).stdout,
    ).toContain('submitted-in-future');
    expect(
      validate(['examples/submissions/2020-06/hdnd-quan.yaml'], { env: { DANVAN_TODAY: '1/6/2020' } }).status,
    ).toBe(2);
  });
});
