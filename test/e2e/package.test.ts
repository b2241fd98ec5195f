import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  it('installs into an empty prefix and runs `danvan --version` and `danvan plan` from any folder', () => {
    const packDir = tempDir('danvan-pack-');
    execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', packDir], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    const [tarball] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const listing = execFileSync('tar', ['tzf', join(packDir, tarball!)], { encoding: 'utf8' });
    expect(listing).toContain('package/bin/danvan.js');
    expect(listing).toContain('package/dist/cli/main.js');
    expect(listing).toContain('package/dist/io/validate-worker.js');
    expect(listing).toContain('package/schemas/394-KH-BDVQU.plan.yaml');
    expect(listing).toContain('package/dist/form/form-app.js');
    expect(listing).not.toContain('package/src/');
    expect(listing).not.toContain('package/test/');

    const prefix = tempDir('danvan-prefix-');
    execFileSync(
      npm,
      ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(packDir, tarball!)],
      { stdio: 'pipe' },
    );
    const danvan = join(prefix, 'bin', 'danvan');
    const elsewhere = tempDir('danvan-cwd-');
    const env = { ...process.env, NO_COLOR: '1' };

    const version = spawnSync(danvan, ['--version'], { cwd: elsewhere, encoding: 'utf8', env });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);

    const plan = spawnSync(danvan, ['plan'], { cwd: elsewhere, encoding: 'utf8', env });
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('Kế hoạch số 394-KH/BDVQU');
    expect(plan.stdout).toMatch(/^UB\.1\s/m);

    // The secretariat makes the units' form from the installed package too.
    const form = spawnSync(
      danvan,
      ['form', '--units', join(repoRoot, 'examples', 'units.yaml'), '--out', 'form.html'],
      { cwd: elsewhere, encoding: 'utf8', env },
    );
    expect(form.stderr).toBe('');
    expect(form.status).toBe(0);
    expect(readFileSync(join(elsewhere, 'form.html'), 'utf8')).toContain('Phường Bạch Đằng');
  }, 180_000);
});
