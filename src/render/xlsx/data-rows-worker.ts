import { parentPort, workerData } from 'node:worker_threads';
import { type ColumnarJob, deflateColumnar } from './writer/columnar-rows.js';

// The long table's sheets, made and compressed on their own thread (see columnar-rows.ts); the bytes go back without a copy.
const parts = await deflateColumnar(workerData as ColumnarJob);
parentPort!.postMessage(
  parts,
  parts.map((p) => p.data.buffer as ArrayBuffer),
);
