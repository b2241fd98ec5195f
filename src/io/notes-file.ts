import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../core/errors.js';

/** A period's notes file as read from disk; `missing` when the secretariat has not written one. */
export type NotesSource = { file: string; text: string } | { file: string; missing: true };

/** Reads `<notesDir>/<period>.yaml`. A file that is there but cannot be read is an I/O error. */
export function readNotesFile(notesDir: string, period: string): NotesSource {
  const file = join(notesDir, `${period}.yaml`);
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { file, missing: true };
    throw new CliError(`Không đọc được tệp ý kiến "${file}": ${(error as Error).message}`, undefined, { cause: error });
  }
}
