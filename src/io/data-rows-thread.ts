import type { DeflatedPart } from '../render/ooxml/zip-parts.js';
import {
  type ColumnarJob,
  type DeflateRows,
  deflateColumnar,
  jobRows,
  transferables,
  WORKER_ROWS,
} from '../render/xlsx/writer/columnar-rows.js';
import { startWorkers } from './worker-launcher.js';

/**
 * How the workbook's long data sheet is made and compressed, by `--jobs`: on a worker thread when it
 * is long (a city's year is a million rows, most of the workbook's cost), while the main thread
 * writes the other sheets; on this thread when it is short, where a worker's start would cost more
 * than it saves, or when the user asked for no worker threads (`--jobs 0`).
 */
export function dataRowsThread(wanted: number | 'auto'): DeflateRows {
  return (job, signal) => (wanted === 0 || jobRows(job) < WORKER_ROWS ? deflateColumnar(job) : onWorker(job, signal));
}

function onWorker(job: ColumnarJob, signal?: AbortSignal): Promise<DeflatedPart>[] {
  const [worker] = startWorkers('render/xlsx/data-rows-worker.js', 1, {
    workerData: job,
    transferList: transferables(job),
    // Its strings live a moment each: a small heap, collected often, keeps the process's memory down.
    resourceLimits: { maxOldGenerationSizeMb: 96 },
  });
  if (!worker) return deflateColumnar(job);
  const waiting = job.sheets.map(() => {
    let resolve!: (part: DeflatedPart) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<DeflatedPart>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise, resolve, reject };
  });
  let left = waiting.length;
  // Stopped when the workbook will not be finished (a template error in the other sheets or the Markdown).
  const stop = () => void worker.terminate();
  const done = () => {
    signal?.removeEventListener('abort', stop);
    void worker.terminate();
  };
  const fail = (error: Error) => {
    for (const w of waiting) w.reject(error);
    done();
  };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  worker.on('message', ({ index, part }: { index: number; part: DeflatedPart }) => {
    waiting[index]!.resolve(part);
    if (--left === 0) done();
  });
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`data rows worker stopped (exit ${code})`)));
  return waiting.map((w) => w.promise);
}
