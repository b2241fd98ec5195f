import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { CliError } from '../core/errors.js';

const YAML_FILE = /\.ya?ml$/i;

/**
 * Every .yaml/.yml file under the given files and folders, recursively, as absolute paths, each
 * once, sorted. A file named explicitly is taken whatever its extension. Hidden folders and
 * node_modules are skipped, and so are the `exclude` files (the registry or config when they sit
 * beside the submissions). A path that does not exist or cannot be read is a CliError (exit 2).
 */
export async function walkYamlFiles(paths: readonly string[], cwd: string, exclude: readonly string[] = []): Promise<string[]> {
  const found = new Set<string>();
  const skip = new Set(exclude.map((p) => resolve(cwd, p)));
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(p, error);
    });
    if (info.isDirectory()) await walkDir(abs, found, p);
    else found.add(abs);
  }
  return [...found].filter((f) => !skip.has(f)).sort();
}

async function walkDir(dir: string, found: Set<string>, shown: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(shown, error);
  });
  // `dir` is absolute and normalised, and a name has no separator: joining is appending.
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const folders: Promise<void>[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = prefix + entry.name;
    // Sibling folders (the months) are listed side by side; the list is sorted at the end.
    if (entry.isDirectory()) folders.push(walkDir(full, found, join(shown, entry.name)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name)) found.add(full);
  }
  await Promise.all(folders);
}

export function unreadable(path: string, error: NodeJS.ErrnoException): CliError {
  const reason = error.code === 'ENOENT' ? 'không có tệp hoặc thư mục này'
    : error.code === 'EACCES' || error.code === 'EPERM' ? 'không có quyền đọc'
      : error.code ?? error.message;
  return new CliError(`Không đọc được "${path}": ${reason}.`, 'Kiểm tra lại đường dẫn (viết đúng tên thư mục, tên tệp).', { cause: error });
}
