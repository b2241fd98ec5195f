/*
 * vitest globalSetup: the whole test run gets a temporary folder of its own, and must leave nothing
 * named danvan-* in it. A test that forgets to clean up fails the run, naming what it left; runs on
 * the same machine at the same time do not see each other's folders.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let runDir: string | undefined;
let before: string | undefined;

export function setup(): void {
  before = process.env.TMPDIR;
  runDir = mkdtempSync(join(tmpdir(), 'vitest-temp-'));
  // Test workers and the CLIs they start inherit it: os.tmpdir() reads TMPDIR on every call.
  process.env.TMPDIR = runDir;
}

export function teardown(): void {
  if (runDir === undefined) return;
  const left = readdirSync(runDir).filter((name) => name.startsWith('danvan-'));
  rmSync(runDir, { recursive: true, force: true });
  if (before === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = before;
  if (left.length === 0) return;
  // An error thrown here is printed but does not change vitest's exit status: set it too.
  process.exitCode = 1;
  throw new Error(`Tests left ${left.length} temporary folder(s) behind: ${left.sort().join(', ')}`);
}
