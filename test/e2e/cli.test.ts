import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const config = join(repoRoot, 'examples', 'danvan.config.yaml');

describe('danvan (the built bin under plain node)', () => {
  let empty: string;
  beforeAll(() => {
    empty = tempDir();
  });

  it('prints its version and exits 0', () => {
    const r = runCli(['--version'], { cwd: empty });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('prints help in Vietnamese listing the commands', () => {
    const r = runCli(['--help'], { cwd: empty });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Kế hoạch 394-KH/BDVQU');
    for (const command of ['plan', 'units', 'schema']) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('exits 2 on an unknown command or option, without a stack trace', () => {
    for (const args of [['bogus'], ['plan', '--bogus'], ['--lang', 'fr', 'plan']]) {
      const r = runCli(args, { cwd: empty });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('plan: prints every task with its indicators, from any folder', () => {
    const r = runCli(['plan'], { cwd: empty });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Kế hoạch số 394-KH/BDVQU');
    for (const id of ['CU.1', 'CU.8', 'HD.4', 'UB.8', 'MT.4'])
      expect(r.stdout).toMatch(new RegExp(`^${id.replace('.', '\\.')}\\s`, 'm'));
    expect(r.stdout).toMatch(/ho_so_dung_han\s+Hồ sơ giải quyết đúng hạn\s+hồ sơ\s+cộng dồn theo tháng/);
    expect(r.stdout).toMatch(/kien_nghi_ton\s+Kiến nghị chưa giải quyết cuối kỳ\s+kiến nghị\s+số cuối kỳ/);
  });

  it('plan --lang en and --format json', () => {
    expect(runCli(['--lang', 'en', 'plan'], { cwd: empty }).stdout).toContain('Plan No. 394-KH/BDVQU');
    const json = JSON.parse(runCli(['plan', '--format', 'json'], { cwd: empty }).stdout) as {
      groups: { tasks: unknown[] }[];
    };
    expect(json.groups.flatMap((g) => g.tasks)).toHaveLength(24);
  });

  it("units: prints the registry with each unit's groups", () => {
    const r = runCli(['--config', config, 'units']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/phuong-bach-dang\s+Phường Bạch Đằng\s+Phường\s+CU, HD, UB, MT/);
    expect(r.stdout).toMatch(/hdnd-quan\s+.+\s+HD\n/);
  });

  it('units: without a registry, exits 2 and says how to name one', () => {
    const r = runCli(['units'], { cwd: empty });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--units');
  });

  it('schema --out writes the schemas the repository commits', () => {
    const out = join(empty, 'out');
    const r = runCli(['schema', '--out', out], { cwd: empty });
    expect(r.status).toBe(0);
    for (const name of ['submission-394.schema.json', 'units.schema.json', 'plan.schema.json', 'config.schema.json']) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(repoRoot, 'schemas', name), 'utf8'));
    }
  });

  it('a broken config file exits 2 and names the line; --verbose adds the stack', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'danvan.config.yaml'), 'units: units.yaml\nsubmisions: submissions\n');
    const r = runCli(['units'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('danvan.config.yaml:2:1');
    expect(r.stderr).toContain('submisions');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const verbose = runCli(['--verbose', 'units'], { cwd: dir });
    expect(verbose.status).toBe(2);
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });

  it('a broken plan file exits 2 with its line and column', () => {
    const dir = tempDir();
    const plan = readFileSync(join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml'), 'utf8').replace(
      'deadline_day: 20',
      'deadline_day: 35',
    );
    writeFileSync(join(dir, 'plan.yaml'), plan);
    writeFileSync(join(dir, 'danvan.config.yaml'), 'plan: plan.yaml\n');
    const r = runCli(['plan'], { cwd: dir });
    expect(r.status).toBe(2);
    const line = plan.split('\n').findIndex((l) => l.startsWith('deadline_day')) + 1;
    expect(r.stderr).toContain(`plan.yaml:${line}:15`);
  });

  it("refuses months before the plan's first reporting month (March 2020): nothing is due then", () => {
    for (const args of [
      ['status', '--period', '2020-02'],
      ['report', '--period', '2020-02', '--out', tempDir()],
      ['init', '--unit', 'phuong-bach-dang', '--period', '2020-01', '--out', join(tempDir(), 'x.yaml')],
    ]) {
      const r = runCli(['--config', config, ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/tháng 3\/2020|\(2020-03\)/);
    }
  });
});
