import { parentPort, workerData } from 'node:worker_threads';
import { type ColumnarJob, deflateColumnar } from './writer/columnar-rows.js';

// The long table's sheets, made and compressed on their own thread (see columnar-rows.ts); each goes
// back as soon as it is made, without a copy, so that the writer can write it and let it go.
for (const [index, made] of deflateColumnar(workerData as ColumnarJob).entries()) {
  const part = await made;
  parentPort!.postMessage({ index, part }, [part.data.buffer as ArrayBuffer]);
}
