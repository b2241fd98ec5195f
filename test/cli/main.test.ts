import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/context.js';
import { tempDir } from '../helpers/cli.js';
import { fixtures, validUbnd } from '../validate/helpers.js';

/** Runs the CLI in this process, as `danvan …` would, with its output captured. */
async function run(args: string[], cwd = tempDir()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: { DANVAN_TODAY: '2020-06-01' },
    cwd,
  };
  const code = await main(['node', 'danvan', ...args], io);
  return { code, stdout, stderr };
}

/** Words commander prints on its own in English; none may reach a Vietnamese user. */
const FRAMEWORK =
  /Usage:|Options:|Commands:|Arguments:|\(default:|\(choices:|error: |required option|display help|unknown option|Did you mean/;

describe('the command line speaks Vietnamese by default', () => {
  it('danvan --help: Vietnamese headings, defaults and help command, with examples', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(FRAMEWORK);
    expect(r.stdout).toContain('Cách dùng: danvan [tùy chọn] [lệnh]');
    expect(r.stdout).toContain('Tùy chọn:');
    expect(r.stdout).toMatch(/mặc định:\s+vi/);
    expect(r.stdout).toContain('Ví dụ:');
  });

  for (const command of ['validate', 'status', 'report', 'init', 'plan', 'units', 'schema', 'form']) {
    it(`danvan ${command} --help has no English framework words and shows an example of the command`, async () => {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(FRAMEWORK);
      expect(r.stdout).toMatch(new RegExp(`Ví dụ:\\n  danvan ${command}`));
    });
  }

  it('danvan alone shows the help and nothing in English, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cách dùng: danvan');
    expect(r.stderr).not.toMatch(FRAMEWORK);
    expect(r.stderr).not.toContain('outputHelp');
  });

  it('danvan status without --period: a Vietnamese usage error naming the option, exit 2', async () => {
    const r = await run(['status']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(FRAMEWORK);
    expect(r.stderr).toContain('Thiếu tùy chọn bắt buộc --period <YYYY-MM>');
    expect(r.stderr).toContain('danvan status --help');
  });

  it('suggests the command, the option and the choice meant', async () => {
    expect((await run(['valdate'])).stderr).toContain('Không có lệnh "valdate". Có phải ý bạn là "validate"?');
    expect((await run(['validate', '--formt', 'json'])).stderr).toContain('Có phải ý bạn là "--format"?');
    const choice = await run(['validate', '--fail-on', 'warn']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain('chọn một trong: error, warning. Có phải ý bạn là "warning"?');
    expect((await run(['validate', '--format', 'jsn', 'x.yaml'])).stderr).toContain('Có phải ý bạn là "json"?');
  });

  it('suggests the period meant: 2020-4 → 2020-04 for a month, 2020-q2 → 2020-Q2 for a report', async () => {
    expect((await run(['status', '--period', '2020-4'])).stderr).toContain('Có phải ý bạn là "2020-04"?');
    expect((await run(['report', '--period', '2020-q2'])).stderr).toContain('Có phải ý bạn là "2020-Q2"?');
  });
});

describe('--lang en', () => {
  it('--lang en --help is in English, help option and command included', async () => {
    const r = await run(['--lang', 'en', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: danvan [options] [command]');
    expect(r.stdout).toContain('show how to use danvan');
    expect(r.stdout).toContain('show the help of a command');
    expect(r.stdout).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });

  for (const command of ['validate', 'status', 'report', 'init', 'plan', 'units', 'schema', 'form']) {
    it(`--lang en ${command} --help has no Vietnamese`, async () => {
      const r = await run(['--lang', 'en', command, '--help']);
      expect(r.stdout).toContain('Usage: danvan');
      expect(r.stdout).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    });
  }

  it("a command's help and its usage errors are in English too", async () => {
    const help = await run(['--lang=en', 'validate', '--help']);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    const missing = await run(['--lang', 'en', 'status']);
    expect(missing.stderr).toContain('The option --period <YYYY-MM> is required (month, e.g. 2020-05).');
  });
});

describe('validate options, in process', () => {
  const folder = () => {
    const dir = tempDir();
    mkdirSync(join(dir, '2020-04'));
    writeFileSync(
      join(dir, '2020-04', 'ubnd-quan.yaml'),
      validUbnd.replace('status: dang-thuc-hien', 'status: dang thuc hien'),
    );
    return dir;
  };

  it('prints stylish by default and exits 1 on an error', async () => {
    const r = await run(['validate', '2020-04/ubnd-quan.yaml', '--units', join(fixtures, 'units.yaml')], folder());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2020-04/ubnd-quan.yaml:11:13');
  });

  it('--format json and --output-sarif: json on the screen, sarif in its file', async () => {
    const dir = folder();
    const r = await run(['validate', '2020-04', '--format', 'json', '--output-sarif', 'out.sarif'], dir);
    expect(JSON.parse(r.stdout).summary.invalid).toBe(1);
    expect(r.stderr).toContain('out.sarif');
  });

  it('--fail-on warning turns a warning-only file into exit 1; error leaves it 0', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '2020-04'));
    // Without the tasks UB.3… UB.8 the file is valid with warnings (task-missing).
    writeFileSync(join(dir, '2020-04', 'ubnd-quan.yaml'), validUbnd.split('\n  UB.3:')[0]!);
    const args = ['validate', '2020-04', '--units', join(fixtures, 'units.yaml')];
    expect((await run(args, dir)).code).toBe(0);
    expect((await run([...args, '--fail-on', 'warning'], dir)).code).toBe(1);
  });
});
