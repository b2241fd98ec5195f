import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, repoRoot, runCli } from '../helpers/cli.js';
import { units, validSubmission, writeDataFolder } from '../status/data-folder.js';

const env = { DANVAN_TODAY: '2020-05-25' };
const may = (unit: string) => `submissions/2020-05/${unit}.yaml`;
const april = (unit: string) => `submissions/2020-04/${unit}.yaml`;

describe('danvan status (the built bin)', () => {
  let dir: string;
  beforeAll(() => {
    const invalid = validSubmission('phuong-dong-mac', '2020-05', '2020-05-12')
      .replace(/ho_so_tiep_nhan: 5/, 'ho_so_tiep_nhan: "5"')
      .replace(/buoi_tiep_dan: 5/, 'buoi_tiep_dan: -1');
    dir = writeDataFolder({
      [may('phuong-bach-dang')]: validSubmission('phuong-bach-dang', '2020-05', '2020-05-15'),
      [may('phuong-dong-mac')]: invalid,
      [may('hdnd-quan')]: validSubmission('hdnd-quan', '2020-05', '2020-05-23'),
      [may('ubnd-quan')]: validSubmission('ubnd-quan', '2020-05', '2020-05-20'),
      [may('dang-bo-khoi-co-quan')]: validSubmission('dang-bo-khoi-co-quan', '2020-05', '2020-05-02'),
      // mttq-quan: nothing for May.
      ...Object.fromEntries(units.map((u) => [april(u.id), validSubmission(u.id, '2020-04', '2020-04-10')])),
    });
    // MTTQ's May report misfiled in March's folder: a status of May that read March would show MTTQ
    // as invalid rather than missing.
    mkdirSync(join(dir, 'submissions', '2020-03'), { recursive: true });
    writeFileSync(
      join(dir, 'submissions', '2020-03', 'mttq-quan.yaml'),
      validSubmission('mttq-quan', '2020-05', '2020-05-10'),
    );
  });

  const status = (...args: string[]) => runCli(['status', ...args], { cwd: dir, env });
  const lineOf = (out: string, name: string) => out.split('\n').find((l) => l.includes(`  ${name}  `)) ?? '';

  it('shows every unit once, in Vietnamese order, with its kind and state; exit 0 without --fail-on', () => {
    const r = status('--period', '2020-05');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const names = [
      'Đảng bộ Khối cơ quan quận',
      'Phường Bạch Đằng',
      'Phường Đống Mác',
      'Thường trực HĐND quận',
      'UBND quận',
      'Ủy ban MTTQ Việt Nam quận',
    ];
    const positions = names.map((n) => r.stdout.indexOf(`  ${n}  `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lineOf(r.stdout, 'Phường Bạch Đằng')).toMatch(/Phường\s+Đúng hạn — gửi 15\/5\/2020$/);
    expect(lineOf(r.stdout, 'Thường trực HĐND quận')).toMatch(/Muộn — gửi 23\/5\/2020, muộn 3 ngày$/);
    expect(lineOf(r.stdout, 'Phường Đống Mác')).toMatch(
      /Không hợp lệ — 2 lỗi: submissions\/2020-05\/phuong-dong-mac\.yaml$/,
    );
    expect(lineOf(r.stdout, 'Ủy ban MTTQ Việt Nam quận')).toMatch(/Chưa nộp — quá hạn 5 ngày$/);
    expect(lineOf(r.stdout, 'Đảng bộ Khối cơ quan quận')).toMatch(/Tổ chức đảng\s+Đúng hạn/);
    expect(r.stdout).toContain('Tổng số 6 đơn vị: đúng hạn 3, muộn 1, không hợp lệ 1, chưa nộp 1.');
    expect(r.stdout).toContain('4/6 = 66,7%; đúng hạn: 3/6 = 50,0%');
    expect(r.stdout).toContain('danvan validate submissions/2020-05');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--fail-on: exit 1 when a unit is in a named state, 0 when none is', () => {
    expect(status('--period', '2020-05', '--fail-on', 'missing').status).toBe(1);
    expect(status('--period', '2020-05', '--fail-on', 'late').status).toBe(1);
    expect(status('--period', '2020-05', '--fail-on', 'invalid').status).toBe(1);
    expect(status('--period', '2020-05', '--fail-on', 'missing,late').status).toBe(1);
    const all = ['--fail-on', 'missing', '--fail-on', 'late', '--fail-on', 'invalid'];
    const april = status('--period', '2020-04', ...all);
    expect(april.status).toBe(0);
    expect(april.stdout).toContain('Tổng số 6 đơn vị: đúng hạn 6, muộn 0, không hợp lệ 0, chưa nộp 0.');
    // A month nobody has sent yet: everyone missing, nothing read.
    const june = runCli(['status', '--period', '2020-06', '--fail-on', 'late,invalid'], {
      cwd: dir,
      env: { DANVAN_TODAY: '2020-06-05' },
    });
    expect(june.status).toBe(0);
    expect(june.stdout).toContain('chưa nộp 6.');
    expect(june.stdout).toContain('còn 15 ngày đến hạn');
  });

  it('--format json: the states by unit id and the summary', () => {
    const r = status('--period', '2020-05', '--format', 'json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      period: string;
      deadline: string;
      summary: Record<string, number>;
      units: { id: string; state: string; daysLate: number | null; errors: number }[];
    };
    expect(json.period).toBe('2020-05');
    expect(json.deadline).toBe('2020-05-20');
    expect(Object.fromEntries(json.units.map((u) => [u.id, u.state]))).toEqual({
      'phuong-bach-dang': 'on-time',
      'phuong-dong-mac': 'invalid',
      'hdnd-quan': 'late',
      'ubnd-quan': 'on-time',
      'mttq-quan': 'missing',
      'dang-bo-khoi-co-quan': 'on-time',
    });
    expect(json.units.find((u) => u.id === 'hdnd-quan')?.daysLate).toBe(3);
    expect(json.units.find((u) => u.id === 'phuong-dong-mac')?.errors).toBe(2);
    expect(json.summary).toMatchObject({
      expected: 6,
      received: 4,
      onTime: 3,
      late: 1,
      invalid: 1,
      missing: 1,
      reportingRate: 0.6667,
      onTimeRate: 0.5,
    });
  });

  it('--lang en', () => {
    const r = runCli(['--lang', 'en', 'status', '--period', '2020-05'], { cwd: dir, env });
    expect(lineOf(r.stdout, 'Thường trực HĐND quận')).toMatch(/Late — sent 23 May 2020, 3 day\(s\) late$/);
  });

  it('paths named on the command line replace the configured folder', () => {
    const r = status('--period', '2020-05', 'submissions/2020-05/phuong-bach-dang.yaml', '--format', 'json');
    const json = JSON.parse(r.stdout) as { summary: { onTime: number; missing: number } };
    expect(json.summary).toMatchObject({ onTime: 1, missing: 5 });
  });

  it('usage errors exit 2 with one line and no stack trace', () => {
    for (const args of [
      ['--period', '2020-5'],
      ['--period', '2020-Q2'],
      ['--period', '2021-01'],
      ['--period', '2020-05', '--fail-on', 'sometimes'],
      ['--period', '2020-05', '--format', 'xml'],
      [],
    ]) {
      const r = status(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // March's folder is read when March is asked: the misfiled May report is listed there as a stray.
    const march = status('--period', '2020-03', '--format', 'json');
    expect(march.status).toBe(0);
    expect((JSON.parse(march.stdout) as { strays: { file: string }[] }).strays.map((s) => s.file)).toEqual([
      'submissions/2020-03/mttq-quan.yaml',
    ]);
  });

  it('never loads the report modules (exceljs, handlebars)', () => {
    // An import hook that makes exceljs and handlebars fail to resolve.
    const hook = `data:text/javascript,${encodeURIComponent(`
      import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(\`
        export async function resolve(specifier, context, next) {
          if (/^(exceljs|handlebars)(\\\\/|$)/.test(specifier)) throw new Error('forbidden module ' + specifier);
          return next(specifier, context);
        }\`));`)}`;
    const run = (args: string[], cwd = dir) =>
      spawnSync(process.execPath, ['--import', hook, ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, ...env, FORCE_COLOR: '0' },
      });
    // The hook works: in the project folder, where exceljs resolves, importing it under the hook fails.
    const control = run(['--input-type=module', '-e', `await import('exceljs');`], repoRoot);
    expect(control.status).not.toBe(0);
    expect(control.stderr).toContain('forbidden module exceljs');
    // And status runs under it, text and JSON.
    for (const format of ['text', 'json']) {
      const r = run([bin, 'status', '--period', '2020-05', '--format', format]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });
});
