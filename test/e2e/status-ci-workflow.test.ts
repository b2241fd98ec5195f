import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../helpers/check-xlsx.js';
import { repoRoot, tempDir } from '../helpers/cli.js';

/*
 * examples/ci/danvan.yml is run here step by step, as GitHub's runner would run its `run:` scripts
 * (bash -eo pipefail, $GITHUB_ENV carried between steps), in a copy of the example data laid out as a
 * submissions repository, with `npx danvan` resolving to this build (offline: nothing is fetched).
 */

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[]; inputs?: Record<string, unknown> } | null>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(join(repoRoot, 'examples', 'ci', 'danvan.yml'), 'utf8')) as Workflow;

/** A submissions repository: the example district's data, danvan installed as a local package. */
function submissionsRepo(): string {
  const dir = tempDir('danvan-ci-');
  cpSync(join(repoRoot, 'examples', 'submissions'), join(dir, 'submissions'), { recursive: true });
  cpSync(join(repoRoot, 'examples', 'units.yaml'), join(dir, 'units.yaml'));
  // The example config points at the plan in this repository; a submissions repository uses the embedded one.
  const config = readFileSync(join(repoRoot, 'examples', 'danvan.config.yaml'), 'utf8')
    .replace(/^plan: .*\n/m, '')
    .replace(/^out: .*$/m, 'out: reports')
    .replace(/^# yaml-language-server.*\n/m, '');
  writeFileSync(join(dir, 'danvan.config.yaml'), config);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, devDependencies: { danvan: '0.1.0' } }));
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(repoRoot, join(dir, 'node_modules', 'danvan'));
  symlinkSync(join('..', 'danvan', 'bin', 'danvan.js'), join(dir, 'node_modules', '.bin', 'danvan'));
  return dir;
}

/** Runs a job's `run:` steps; `inputs` answers `${{ inputs.* }}`. Returns each step's outcome. */
function runJob(job: Job, dir: string, inputs: Record<string, string>) {
  const runnerTemp = tempDir('danvan-runner-');
  const githubEnv = join(runnerTemp, 'github-env');
  const summary = join(runnerTemp, 'step-summary');
  writeFileSync(githubEnv, '');
  writeFileSync(summary, '');
  const carried: Record<string, string> = {};
  const expression = (text: string) =>
    text.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');
  const outcomes: { name: string; status: number | null; stdout: string; stderr: string }[] = [];
  for (const step of job.steps) {
    // Installing is done by hand above; actions (checkout, setup-node, upload) are GitHub's.
    if (step.run === undefined || step.run.trim() === 'npm ci') continue;
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expression(v)]));
    for (const v of Object.values(stepEnv)) expect(v, 'an expression this test does not know').not.toContain('${{');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...workflow.env,
        ...carried,
        ...stepEnv,
        GITHUB_ENV: githubEnv,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: runnerTemp,
        npm_config_offline: 'true',
        npm_config_update_notifier: 'false',
        FORCE_COLOR: '0',
      },
      timeout: 120_000,
    });
    outcomes.push({ name: step.name ?? step.run, status: r.status, stdout: r.stdout, stderr: r.stderr });
    for (const line of readFileSync(githubEnv, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) carried[line.slice(0, eq)] = line.slice(eq + 1);
    }
    if (r.status !== 0) break;
  }
  return { outcomes, env: carried, summary: readFileSync(summary, 'utf8') };
}

describe('examples/ci/danvan.yml', () => {
  it('validates on pull requests and reports on pushes to main, uploading the report folder it writes', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.jobs.validate!.if).toBe("github.event_name == 'pull_request'");
    expect(workflow.jobs.report!.if).toBe("github.event_name != 'pull_request'");
    const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs(workflow.jobs.validate!)).toContain('npx danvan validate --format github');
    expect(
      runs(workflow.jobs.report!).some((r) => r.includes('npx danvan report --period "$PERIOD" --out reports')),
    ).toBe(true);
    const upload = workflow.jobs.report!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('reports/');
    expect(upload?.if).toContain('!cancelled()');
  });

  describe('run as the runner runs it, on a submissions repository', () => {
    let repo: string;
    beforeAll(() => {
      repo = submissionsRepo();
    });

    it('pull request: the example data passes; a broken file fails with an annotation at its line', () => {
      const ok = runJob(workflow.jobs.validate!, repo, {});
      expect(ok.outcomes.map((o) => [o.name, o.status])).toEqual([['danvan validate', 0]]);

      const broken = submissionsRepo();
      const file = join(broken, 'submissions', '2020-05', 'phuong-bach-dang.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^period: 2020-05$/m, 'period: "thang 5"'));
      const line =
        readFileSync(file, 'utf8')
          .split('\n')
          .findIndex((l) => l.startsWith('period:')) + 1;
      const bad = runJob(workflow.jobs.validate!, broken, {});
      expect(bad.outcomes[0]!.status).toBe(1);
      expect(bad.outcomes[0]!.stdout).toMatch(
        new RegExp(`^::error file=submissions/2020-05/phuong-bach-dang\\.yaml,line=${line},`, 'm'),
      );
    });

    it("push to main (month chosen by hand): status into the job summary, then the month's report into reports/", async () => {
      const run = runJob(workflow.jobs.report!, repo, { period: '2020-05' });
      for (const o of run.outcomes) expect(o.status, `${o.name}\n${o.stdout}\n${o.stderr}`).toBe(0);
      expect(run.outcomes.map((o) => o.name)).toEqual(['Kỳ báo cáo', 'Tình hình gửi báo cáo', 'danvan report']);
      expect(run.env.PERIOD).toBe('2020-05');
      expect(run.summary).toMatch(/^```text\nTình hình gửi báo cáo tháng 5\/2020/);
      expect(run.summary).toContain('Phường Quỳnh Lôi');
      expect(readdirSync(join(repo, 'reports')).sort()).toEqual([
        'bao-cao-2020-05.docx',
        'bao-cao-2020-05.md',
        'bao-cao-2020-05.xlsx',
      ]);
      await checkWorkbook(readFileSync(join(repo, 'reports', 'bao-cao-2020-05.xlsx')));
    });

    it('a quarter chosen by hand skips the monthly status and reports the quarter', () => {
      const run = runJob(workflow.jobs.report!, repo, { period: '2020-Q2' });
      for (const o of run.outcomes) expect(o.status, `${o.name}\n${o.stdout}\n${o.stderr}`).toBe(0);
      expect(run.summary).toBe('');
      expect(existsSync(join(repo, 'reports', 'bao-cao-2020-Q2.md'))).toBe(true);
    });

    it("without an input, the period is the current month in Vietnam's time zone", () => {
      const job = { steps: workflow.jobs.report!.steps.filter((s) => s.name === 'Kỳ báo cáo') };
      const run = runJob(job, repo, {});
      const expected = spawnSync('date', ['+%Y-%m'], {
        encoding: 'utf8',
        env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
      }).stdout.trim();
      expect(run.env.PERIOD).toBe(expected);
    });
  });
});
