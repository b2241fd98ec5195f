import { parentPort, workerData } from 'node:worker_threads';
import { deflateDataRows, type DataRowsJob } from './data-rows.js';

// The data sheet's rows, compressed on their own thread (see data-rows.ts); the bytes go back without a copy.
const parts = await deflateDataRows(workerData as DataRowsJob);
parentPort!.postMessage(
  parts,
  parts.map((p) => p.data.buffer as ArrayBuffer),
);
