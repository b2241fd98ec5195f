import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../core/errors.js';

/**
 * Writes to a temporary file beside the target and renames it over the target, so an interrupted
 * run leaves the previous file whole (rename is atomic within a folder on POSIX and NTFS).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new CliError(`Không ghi được tệp "${file}": ${(error as Error).message}`, undefined, { cause: error });
  }
}
