import { type DataRowsJob, type DeflatedRows, deflateDataRows, WORKER_ROWS } from '../render/xlsx/data-rows.js';
import { startWorkers } from './worker-launcher.js';

/**
 * The workbook's long data sheet compressed on a worker thread when it is long (a city's year is a
 * million rows, most of the workbook's cost), while the main thread writes the other sheets; a short
 * one on this thread, where a worker's start would cost more than it saves.
 */
export async function startDataRowsThread(job: DataRowsJob, signal?: AbortSignal): Promise<DeflatedRows[]> {
  if (job.unit.length < WORKER_ROWS) return deflateDataRows(job);
  const [worker] = startWorkers('render/xlsx/data-rows-worker.js', 1, {
    workerData: job,
    transferList: [job.unit.buffer, job.month.buffer, job.ref.buffer, job.value.buffer] as ArrayBuffer[],
    // Its strings live a moment each: a small heap, collected often, keeps the process's memory down.
    resourceLimits: { maxOldGenerationSizeMb: 96 },
  });
  if (!worker) return deflateDataRows(job);
  // Stopped when the workbook will not be finished (a template error in the other sheets or the Markdown).
  const stop = () => void worker.terminate();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await new Promise<DeflatedRows[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`data rows worker stopped (exit ${code})`)));
    });
  } finally {
    signal?.removeEventListener('abort', stop);
    await worker.terminate();
  }
}
