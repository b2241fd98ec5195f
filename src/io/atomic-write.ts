import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../core/errors.js';

/**
 * Writes to a temporary file beside the target and renames it over the target, so an interrupted
 * run leaves the previous file whole (rename is atomic within a folder on POSIX and NTFS).
 * A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is
 * written in place: renaming over it would replace the device itself.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  let existing: ReturnType<typeof statSync>;
  try {
    existing = statSync(file, { throwIfNoEntry: false });
  } catch {
    existing = undefined; // e.g. a parent that is a file: the write below reports it
  }
  if (existing && !existing.isFile()) {
    try {
      writeFileSync(file, data);
      return;
    } catch (error) {
      throw new CliError(`Không ghi được tệp "${file}": ${(error as Error).message}`, undefined, { cause: error });
    }
  }
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    try { rmSync(tmp, { force: true }); } catch { /* the folder itself is unusable: nothing was written */ }
    throw new CliError(`Không ghi được tệp "${file}": ${(error as Error).message}`, undefined, { cause: error });
  }
}
