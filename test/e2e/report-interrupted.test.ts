import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, repoRoot, runCli, tempDir } from '../helpers/cli.js';

const env = { DANVAN_TODAY: '2020-07-01' };
const args = (out: string) => [
  'report',
  '--config',
  'examples/danvan.config.yaml',
  '--period',
  '2020-Q2',
  '--out',
  out,
];

/** Starts a report and kills it with SIGKILL once its first temporary file appears (or when it ends). */
async function killWhileWriting(out: string): Promise<void> {
  const child = spawn(process.execPath, [bin, ...args(out)], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const ended = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let running = true;
  void ended.then(() => {
    running = false;
  });
  while (running && !readdirSync(out).some((n) => n.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 1));
  child.kill('SIGKILL');
  await ended;
}

describe('a report killed with kill -9 while writing', () => {
  it('leaves, after the next run, no temporary file and the outputs of one run, byte for byte', async () => {
    const out = tempDir('danvan-killed-');
    await killWhileWriting(out);
    const r = runCli(args(out), { env });
    expect(r.status, r.stderr).toBe(0);
    const names = ['bao-cao-2020-Q2.docx', 'bao-cao-2020-Q2.md', 'bao-cao-2020-Q2.xlsx'];
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) {
      expect(
        readFileSync(join(out, name)).equals(readFileSync(join(repoRoot, 'examples', 'reports', name))),
        name,
      ).toBe(true);
    }
    rmSync(out, { recursive: true, force: true });
  });
});
