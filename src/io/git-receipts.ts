import { spawn } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { ReceiptRule } from '../core/submission-status.js';

/** When each submission file arrived, as far as git can tell. */
export interface Receipts {
  rule: ReceiptRule;
  /** YYYY-MM-DD of the first commit that added the file (a path as the walk names it); undefined when none did. */
  dateOf(file: string): string | undefined;
}

const none = (rule: ReceiptRule): Receipts => ({ rule, dateOf: () => undefined });

/** Receipt dates turned off in the configuration (`receipt_dates: submitted`). */
export const receiptsOff: Receipts = none('off');

interface GitAnswer {
  code: number | null;
  out: string;
  /** git could not be started (not installed). */
  missing: boolean;
}

function git(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<GitAnswer> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    // No pager, no prompt, no lock files taken: this only reads.
    const child = spawn('git', args, {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => done({ code: null, out: '', missing: true }));
    child.on('close', (code) => done({ code, out: Buffer.concat(chunks).toString('utf8'), missing: false }));
  });
}

/**
 * The receipt dates of every file under the paths, from one `git log` over them all: for each path
 * the commits that added a file, oldest wins. The date is the commit's own calendar date, in the time
 * zone its committer recorded, so it reads the same on any machine. Renames are not followed: a file
 * moved into the folder arrived with that move. When git is absent, the paths are not in a work tree,
 * or the clone is shallow, there are no dates and the rule says why; nothing here throws.
 */
export async function readReceipts(
  paths: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Receipts> {
  const inputs = paths.map((p) => resolve(cwd, p)).filter((p) => existsSync(p));
  const first = inputs[0];
  if (first === undefined) return none('not-repository');
  const anchor = statSync(first).isDirectory() ? first : dirname(first);
  const top = await git(['rev-parse', '--show-toplevel', '--is-shallow-repository'], anchor, env);
  if (top.missing) return none('no-git');
  const [shownRoot, shallow] = top.out.trim().split('\n');
  if (top.code !== 0 || !shownRoot) return none('not-repository');
  if (shallow === 'true') return none('shallow');
  // git writes the folder with forward slashes on every system.
  const root = resolve(shownRoot);

  // Paths are looked up by their real location, as git names them (a temporary folder may be a link).
  const real = inputs.map((p) => ({ given: p, real: realpathSync(p) }));
  const inside = real.filter((p) => p.real === root || p.real.startsWith(root + sep));
  if (inside.length === 0) return none('not-repository');
  const log = await git(
    [
      '--literal-pathspecs',
      '-c',
      'core.quotePath=false',
      'log',
      '--diff-filter=A',
      '--no-renames',
      '--name-only',
      '-z',
      '--format=%x01%ct%x09%cI',
      '--',
      ...inside.map((p) => relative(root, p.real) || '.'),
    ],
    root,
    env,
  );
  // A repository without a commit yet: no file has arrived by git, each is judged by its own date.
  if (log.code !== 0) return { rule: 'git', dateOf: () => undefined };

  // Keyed by real absolute path, so that a look-up is one resolve and at most one prefix swap:
  // a city's year asks for 36,000 files.
  const dates = new Map<string, string>();
  for (const [name, day] of parseLog(log.out))
    dates.set(root + sep + (sep === '/' ? name : name.split('/').join(sep)), day);
  return {
    rule: 'git',
    dateOf(file) {
      const abs = resolve(cwd, file);
      const direct = dates.get(abs);
      if (direct !== undefined) return direct;
      const base = inside.find((p) => p.given !== p.real && abs.startsWith(p.given + sep));
      return base ? dates.get(base.real + abs.slice(base.given.length)) : undefined;
    },
  };
}

/**
 * `git log -z --name-only --format=%x01%ct%x09%cI` output: a commit header (after \x01: seconds, tab,
 * ISO date) then the names it added, each ended by NUL. The earliest commit of each name wins.
 */
export function parseLog(text: string): Map<string, string> {
  const first = new Map<string, { at: number; day: string }>();
  let at = 0;
  let day = '';
  for (const raw of text.split('\0')) {
    const token = raw.startsWith('\n') ? raw.slice(1) : raw;
    if (token === '') continue;
    if (token.startsWith('\u0001')) {
      const [seconds = '0', iso = ''] = token.slice(1).split('\t');
      at = Number(seconds);
      day = iso.slice(0, 10);
      continue;
    }
    const seen = first.get(token);
    if (!seen || at < seen.at) first.set(token, { at, day });
  }
  return new Map([...first].map(([name, v]) => [name, v.day]));
}

/** The results with their receipt dates; unchanged when there are none. */
export function withReceipts<R extends { file: string; received?: string }>(
  results: readonly R[],
  receipts: Receipts,
): R[] {
  if (receipts.rule !== 'git') return [...results];
  return results.map((r) => {
    const received = receipts.dateOf(r.file);
    return received === undefined ? r : { ...r, received };
  });
}
