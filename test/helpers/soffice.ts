import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { tempDir } from './cli.js';

/** Whether LibreOffice's soffice runs here (CI installs it through .ci/run). */
export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Converts a file with LibreOffice, headless, into `outDir` (`to`: 'pdf', or a filter with its options
 * such as 'csv:Text - txt - csv (StarCalc):…'). Each call has a profile folder of its own: two soffice
 * processes sharing one profile wait on each other's lock, or one silently does nothing. Throws, saying
 * what happened, when soffice is missing, runs past `timeoutMs` or fails.
 */
export function convertWithSoffice(file: string, to: string, outDir: string, timeoutMs: number): void {
  const profile = pathToFileURL(tempDir('danvan-soffice-')).href;
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: timeoutMs },
  );
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') throw new Error('soffice (LibreOffice) is not installed; .ci/run installs it');
  if (code === 'ETIMEDOUT' || r.signal)
    throw new Error(`soffice did not convert ${file} within ${timeoutMs / 1000} s (${r.signal ?? code})`);
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`soffice failed (exit ${r.status}) on ${file}:\n${r.stderr}${r.stdout}`);
}
