import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { loaded, runAudited } from './loaded-modules.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const GENERATED = [
  'index.js',
  'plan.schema.js',
  'config.schema.js',
  'units.schema.js',
  'submission-394.schema.js',
  '394-KH-BDVQU.plan.js',
];

describe('the installed npm package', () => {
  it('ships the precompiled validators and uses them: no ajv compiler when checking a file', () => {
    const packDir = tempDir('danvan-pack-');
    execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', packDir], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
    const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const name of GENERATED) expect(listing).toContain(`package/dist/core/precompiled/generated/${name}`);

    const prefix = tempDir('danvan-prefix-');
    execFileSync(npm, ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], {
      stdio: 'pipe',
    });
    const installed = join(prefix, 'lib', 'node_modules', 'danvan');
    const examples = join(repoRoot, 'examples');
    const run = runAudited(
      join(installed, 'bin', 'danvan.js'),
      [
        'validate',
        '--units',
        join(examples, 'units.yaml'),
        join(examples, 'submissions', '2020-04', 'phuong-bach-dang.yaml'),
      ],
      {
        cwd: tempDir('danvan-cwd-'),
        env: { DANVAN_TODAY: '2020-06-30' },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const fromPackage = run.modules
      .filter((m) => m.startsWith(installed))
      .map((m) =>
        m
          .slice(installed.length + 1)
          .split('\\')
          .join('/'),
      );
    expect(fromPackage).toEqual(
      expect.arrayContaining([
        'dist/core/precompiled/generated/submission-394.schema.js',
        'dist/core/precompiled/generated/units.schema.js',
        'dist/core/precompiled/generated/394-KH-BDVQU.plan.js',
      ]),
    );
    expect(run.modules.filter((m) => m.startsWith(repoRoot) && !m.startsWith(join(repoRoot, 'test')))).toEqual([]);
    expect(loaded(run.modules, 'ajv/dist/2020.js', 'ajv/dist/core.js', 'ajv-formats/dist/index.js')).toEqual([]);
  }, 180_000);
});
