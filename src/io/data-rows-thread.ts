import type { DeflatedPart } from '../render/ooxml/zip-parts.js';
import {
  type ColumnarJob,
  type DeflateRows,
  deflateColumnar,
  inTurn,
  jobRows,
  type SheetParts,
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

function onWorker(job: ColumnarJob, signal?: AbortSignal): SheetParts {
  const [worker] = startWorkers('render/xlsx/data-rows-worker.js', 1, {
    workerData: job,
    transferList: transferables(job),
    // Its strings live a moment each: a small heap, collected often, keeps the process's memory down.
    resourceLimits: { maxOldGenerationSizeMb: 96 },
  });
  if (!worker) return deflateColumnar(job);
  // How to settle each sheet's promise. A part once settled is held by its promise alone, which the
  // writer lets go once the part is in the zip: a year's data sheets are some fifty megabytes each,
  // and none is kept here.
  const settle: ({ resolve: (part: DeflatedPart) => void; reject: (error: Error) => void } | undefined)[] = [];
  let left = job.sheets.length;
  let failure: Error | undefined;
  // Stopped when the workbook will not be finished (a template error in the other sheets or the Markdown).
  const stop = () => void worker.terminate();
  const done = () => {
    signal?.removeEventListener('abort', stop);
    void worker.terminate();
  };
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of settle) w?.reject(error);
    settle.fill(undefined);
    done();
  };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  // The sheets come one after another, each in pieces, then its CRC and size.
  let data: Uint8Array<ArrayBuffer>[] = [];
  worker.on(
    'message',
    (m: { index: number; piece: Uint8Array<ArrayBuffer> } | { index: number; crc: number; size: number }) => {
      if ('piece' in m) return void data.push(m.piece);
      settle[m.index]?.resolve({ data, crc: m.crc, size: m.size });
      settle[m.index] = undefined;
      data = [];
      if (--left === 0) done();
    },
  );
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`data rows worker stopped (exit ${code})`)));
  return inTurn(job.sheets.length, (index) => {
    if (failure) return Promise.reject(failure);
    const part = new Promise<DeflatedPart>((resolve, reject) => void (settle[index] = { resolve, reject }));
    worker.postMessage({ allow: index + 1 });
    return part;
  });
}
