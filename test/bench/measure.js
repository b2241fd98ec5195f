/*
 * Timing one command: wall time around the child process, its exit status, and its peak resident
 * set size — from /usr/bin/time -v when the machine has it (Debian's "time" package), else from a
 * preloaded hook that reads process.resourceUsage() at exit (node commands only).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;
const rssHook = fileURLToPath(new URL('./rss-hook.cjs', import.meta.url));

/**
 * Runs `node <args>` once. stdout and stderr go to files in `scratch` (never a pipe the parent
 * must drain, never the terminal), so output costs what writing a file costs.
 * Returns { ms, status, signal, maxRssKiB?, stdoutFile, stderrFile }.
 */
export function runNode(args, { cwd, env = {}, scratch, rss = false, timeoutMs = 30 * 60_000 }) {
  const stdoutFile = join(scratch, 'stdout.txt');
  const stderrFile = join(scratch, 'stderr.txt');
  const timeFile = join(scratch, 'time.txt');
  const rssFile = join(scratch, 'rss.txt');
  rmSync(timeFile, { force: true });
  rmSync(rssFile, { force: true });
  let command = process.execPath;
  let argv = args;
  const extraEnv = { ...env };
  if (rss && hasGnuTime) {
    command = GNU_TIME;
    argv = ['-v', '-o', timeFile, process.execPath, ...args];
  } else if (rss) {
    argv = ['--require', rssHook, ...args];
    extraEnv.DANVAN_BENCH_RSS_FILE = rssFile;
  }
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const started = process.hrtime.bigint();
  const child = spawnSync(command, argv, {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extraEnv },
    stdio: ['ignore', out, err],
    timeout: timeoutMs,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  closeSync(err);
  let maxRssKiB;
  if (rss && existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
    if (m) maxRssKiB = Number(m[1]);
  } else if (rss && existsSync(rssFile)) {
    maxRssKiB = Number(readFileSync(rssFile, 'utf8'));
  }
  return {
    ms,
    status: child.status,
    signal: child.signal,
    error: child.error?.message,
    maxRssKiB,
    stdoutFile,
    stderrFile,
  };
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The machine, as BENCHMARKS.md describes it. */
export function describeMachine() {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux: os.cpus() is good enough
  }
  return {
    cpus: cpus().length,
    model,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
