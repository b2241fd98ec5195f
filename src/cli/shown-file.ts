import { isAbsolute, relative } from 'node:path';

/** A file as a message shows it: relative to the working folder when inside it, else its full path. */
export function shownFile(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
