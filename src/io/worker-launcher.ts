import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { CliError } from '../core/errors.js';
import { packageFile } from './package-files.js';

/**
 * Where a worker script is: always the compiled one under dist/, found from the package's root. Run
 * from the TypeScript sources (the tests) the main thread is the sources and the workers are the
 * same code compiled by `npm run build`; without a build there is no worker to start, and that is
 * said, not worked around.
 */
function workerScriptPath(script: string): string {
  return packageFile('dist', ...script.split('/'));
}

/**
 * Starts worker threads running `script` (a path under dist/, e.g. `io/validate-worker.js`). A
 * missing script is an error: asking for threads and silently getting none would hide a broken
 * installation and make the run slower without a word.
 */
export function startWorkers(script: string, count: number, options: WorkerOptions = {}): Worker[] {
  const path = workerScriptPath(script);
  if (!existsSync(path)) {
    throw new CliError(
      `Không tìm thấy tệp chạy luồng phụ "${path}": bản cài đặt danvan thiếu tệp.`,
      'Cài lại danvan (hoặc chạy "npm run build" nếu chạy từ mã nguồn), hoặc dùng --jobs 0 để chỉ chạy một luồng.',
    );
  }
  // node:worker_threads is loaded only when workers are started: a one-file run never needs it.
  const { Worker: WorkerThread } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  return Array.from({ length: count }, () => new WorkerThread(path, options));
}

/** `--jobs`: `auto`, or a whole number of worker threads (0: everything in this thread). Undefined when it is neither. */
export function parseJobs(text: string): number | 'auto' | undefined {
  if (text === 'auto') return 'auto';
  if (!/^\d{1,3}$/.test(text)) return undefined;
  return Number(text);
}
