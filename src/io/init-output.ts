import { existsSync, linkSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import type { Settings } from './config.js';
import { defaultPlanFile, packageFile } from './package-files.js';

/**
 * The submission schema a new file's modeline points at, first found of: beside a plan file the project
 * names itself (config `plan:` or --plan; plans live beside their schemas), `schemas/` beside the
 * config file (a project that ran `danvan schema --out schemas`), the installed package's own copy.
 */
export function findSubmissionSchema(settings: Settings, schemaName: string): string {
  const ownPlan = resolve(settings.planFile) !== resolve(defaultPlanFile);
  const candidates = [
    ...(ownPlan ? [join(dirname(settings.planFile), schemaName)] : []),
    ...(settings.configFile ? [join(dirname(settings.configFile), 'schemas', schemaName)] : []),
    packageFile('schemas', schemaName),
  ];
  return candidates.find((f) => existsSync(f)) ?? packageFile('schemas', schemaName);
}

/**
 * The modeline value for a file in `fromDir`: a relative path with forward slashes, which editors
 * resolve against the file's own folder and which survives moving the whole repository; a file URL
 * only when no relative path exists (another drive on Windows).
 */
export function schemaReference(fromDir: string, schemaFile: string): string {
  const rel = relative(fromDir, schemaFile);
  if (rel === '' || isAbsolute(rel)) return pathToFileURL(schemaFile).href;
  return rel.split(sep).join('/');
}

export type WriteOutcome = 'written' | 'overwritten' | 'exists';

/**
 * Writes a new file, never replacing one unless `force`. Without force the content goes to a
 * temporary file that is then hard-linked to the name: the link fails if the name exists, so even
 * two runs at the same moment cannot overwrite each other's file, and a reader never sees half a file.
 */
export function writeNewFile(file: string, text: string, force: boolean): WriteOutcome {
  const existed = existsSync(file);
  if (existed && statSync(file).isDirectory()) throw new CliError(`"${file}" là một thư mục, không phải tệp.`);
  if (force) {
    writeFileAtomic(file, text);
    return existed ? 'overwritten' : 'written';
  }
  if (existed) return 'exists';
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, text);
    try {
      linkSync(tmp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      // Some file systems (FAT, a few network shares) have no hard links: fall back to checking first.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      if (existsSync(file)) return 'exists';
      writeFileAtomic(file, text);
    }
    return 'written';
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Không ghi được tệp "${file}": ${(error as Error).message}`, undefined, { cause: error });
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Whether a file is there: init points to last month's submission when the unit has one. */
export function fileExists(file: string): boolean {
  return existsSync(file);
}
