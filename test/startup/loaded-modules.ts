import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/cli.js';

const preload = fileURLToPath(new URL('./module-log.mjs', import.meta.url));

export interface AuditedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Absolute paths of every module the run loaded, ES and CommonJS. */
  modules: string[];
}

/** Runs a danvan bin under plain node and records which modules it loads (module-log.mjs). */
export function runAudited(
  bin: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): AuditedRun {
  const log = join(tempDir('danvan-modules-'), 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', preload, bin, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env, DANVAN_MODULE_LOG: log },
  });
  let lines: string[] = [];
  try {
    lines = readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
  } catch {
    // Nothing loaded at all (the process did not start): the caller's status check says so.
  }
  const modules = [
    ...new Set(
      lines.map((l) => l.replace(/^(esm|cjs) /, '')).map((p) => (p.startsWith('file:') ? fileURLToPath(p) : p)),
    ),
  ];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, modules };
}

/** The packages (node_modules/<name>) a run loaded, with how many of their files. */
export function packagesOf(modules: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of modules) {
    const pkg = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(m)?.[1];
    if (pkg) counts.set(pkg, (counts.get(pkg) ?? 0) + 1);
  }
  return counts;
}

/** Files a run loaded that end with one of these paths (forward slashes). */
export function loaded(modules: readonly string[], ...endings: string[]): string[] {
  return endings.filter((e) => modules.some((m) => m.split('\\').join('/').endsWith(e)));
}
