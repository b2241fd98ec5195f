import { parentPort, workerData } from 'node:worker_threads';
import { type ColumnarJob, deflateSheetOf } from './writer/columnar-rows.js';

// The long table's sheets, made and compressed on their own thread (see columnar-rows.ts), each only
// once the writer allows it (`{ allow: n }`: sheets below n), so that made sheets do not pile up while
// the writer is busy with the others; each goes back in pieces as they are made, without a copy (see
// Pieces in columnar-rows.ts), then its CRC and size.
const job = workerData as ColumnarJob;
let allowed = 0;
let wake: (() => void) | undefined;
parentPort!.on('message', ({ allow }: { allow: number }) => {
  allowed = Math.max(allowed, allow);
  wake?.();
});
for (let index = 0; index < job.sheets.length; index++) {
  while (index >= allowed) await new Promise<void>((resolve) => (wake = resolve));
  const { crc, size } = await deflateSheetOf(job, index, (piece) =>
    parentPort!.postMessage({ index, piece }, [piece.buffer]),
  );
  parentPort!.postMessage({ index, crc, size });
}
