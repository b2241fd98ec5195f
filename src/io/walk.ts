import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { CliError } from '../core/errors.js';

const YAML_FILE = /\.ya?ml$/i;
/** `ubnd-quan.yaml ` — a submission's name but for white space after it (a slip when renaming). */
const YAML_FILE_SPACED = /\.ya?ml\s+$/i;

/** Why an entry found by the walk is not read: each becomes a finding for that entry. */
export type WalkProblem =
  | { code: 'link-outside'; target: string }
  | { code: 'file-name-space'; name: string }
  | { code: 'link-loop' }
  | { code: 'link-broken' };

export interface WalkEntry {
  abs: string;
  problem?: WalkProblem;
}

/**
 * Every .yaml/.yml file under the given files and folders, recursively, as absolute paths, each
 * once, sorted. A file named explicitly is taken whatever its extension. Hidden folders and
 * node_modules are skipped, and so are the `exclude` files (the registry or config when they sit
 * beside the submissions). A path given that does not exist or cannot be read is a CliError (exit 2);
 * an entry found under it that cannot be read — a link in a loop, a link to nothing, a link out of
 * the folder given, a name with a space after ".yaml" — comes back with its problem, so that it is
 * reported for itself and the other files are still read.
 */
export async function walkYamlFiles(
  paths: readonly string[],
  cwd: string,
  exclude: readonly string[] = [],
): Promise<WalkEntry[]> {
  const found = new Map<string, WalkEntry>();
  const skip = new Set(exclude.map((p) => resolve(cwd, p)));
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(async (error: NodeJS.ErrnoException) => {
      // A link given by name that leads nowhere is that entry's problem, not the run's.
      const problem = (await lstat(abs).then(
        (l) => l.isSymbolicLink(),
        () => false,
      ))
        ? linkProblem(error)
        : undefined;
      if (problem) return problem;
      throw unreadable(p, error);
    });
    if ('code' in info) found.set(abs, { abs, problem: info });
    else if (info.isDirectory()) await walkDir(abs, await realpath(abs), found, p);
    else found.set(abs, { abs });
  }
  return [...found.values()]
    .filter((f) => !skip.has(f.abs))
    .sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
}

async function walkDir(dir: string, root: string, found: Map<string, WalkEntry>, shown: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(shown, error);
  });
  // `dir` is absolute and normalised, and a name has no separator: joining is appending.
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const work: Promise<void>[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = prefix + entry.name;
    // Sibling folders (the months) are listed side by side; the list is sorted at the end.
    if (entry.isDirectory()) work.push(walkDir(full, root, found, join(shown, entry.name)));
    else if (YAML_FILE.test(entry.name)) {
      if (entry.isSymbolicLink())
        work.push(
          followLink(full, root).then(
            (problem) => void found.set(full, problem ? { abs: full, problem } : { abs: full }),
          ),
        );
      // Pipes and devices too: reading says what they are, without waiting on them.
      else found.set(full, { abs: full });
    } else if (YAML_FILE_SPACED.test(entry.name)) {
      found.set(full, { abs: full, problem: { code: 'file-name-space', name: entry.name } });
    }
  }
  await Promise.all(work);
}

/** Whether a link inside the folder may be read: it must lead to something inside the same folder. */
async function followLink(link: string, root: string): Promise<WalkProblem | undefined> {
  let target: string;
  try {
    target = await realpath(link);
  } catch (error) {
    // Any other failure is left for the reading, which names it.
    return linkProblem(error as NodeJS.ErrnoException);
  }
  const inside = target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
  return inside ? undefined : { code: 'link-outside', target };
}

function linkProblem(error: NodeJS.ErrnoException): WalkProblem | undefined {
  return error.code === 'ELOOP'
    ? { code: 'link-loop' }
    : error.code === 'ENOENT' || error.code === 'ENOTDIR'
      ? { code: 'link-broken' }
      : undefined;
}

function unreadable(path: string, error: NodeJS.ErrnoException): CliError {
  const reason =
    error.code === 'ENOENT'
      ? 'không có tệp hoặc thư mục này'
      : error.code === 'EACCES' || error.code === 'EPERM'
        ? 'không có quyền đọc'
        : error.code === 'ELOOP'
          ? 'đường dẫn là lối tắt (liên kết) trỏ vòng tròn'
          : (error.code ?? error.message);
  return new CliError(
    `Không đọc được "${path}": ${reason}.`,
    'Kiểm tra lại đường dẫn (viết đúng tên thư mục, tên tệp).',
    { cause: error },
  );
}
