import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/cli.js';

/**
 * Makes a long table's eight sheets (about 2 MB compressed each, random numbers) on a worker or on
 * this thread, takes them one by one as the workbook writer does and lets each go, then collects
 * garbage: prints the memory held outside the JavaScript heap once all eight are taken, in MB.
 */
const script = (jobs: 'auto' | 0) => `
const { dataRowsThread } = await import(${JSON.stringify(pathToFileURL(join(repoRoot, 'dist', 'io', 'data-rows-thread.js')).href)});
const n = 8 * 150_000;
let seed = 394;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 1e9;
const job = {
  tables: [[{ start: '" s="2"><v>', values: Float64Array.from({ length: n }, random) }]],
  sheets: Array.from({ length: 8 }, (_, k) => ({ table: 0, head: '<h>', tail: '<t>', firstRow: 7, from: k * n / 8, to: (k + 1) * n / 8 })),
};
const parts = dataRowsThread(${JSON.stringify(jobs)})(job);
let part = 0;
for (let k = 0; k < 8; k++) part = (await parts.take(k)).data.reduce((s, d) => s + d.length, 0) / 1048576;
for (let i = 0; i < 3; i++) {
  await new Promise((r) => setTimeout(r, 20));
  globalThis.gc();
}
console.log(JSON.stringify({ held: process.memoryUsage().external / 1048576, part, job: (n * 8) / 1048576 }));
`;

function measure(jobs: 'auto' | 0): { held: number; part: number; job: number } {
  // A file, not --input-type: the worker thread would take that flag too.
  const file = join(tempDir(), 'sheets.mjs');
  writeFileSync(file, script(jobs));
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', file], { encoding: 'utf8', timeout: 120_000 }));
}

// The built modules (npm test builds first).
describe("a long table's sheets, once the writer has taken them", () => {
  it.each(['auto', 0] as const)(
    'are let go (--jobs %s): none stays in memory',
    (jobs) => {
      const { held, part, job } = measure(jobs);
      expect(part).toBeGreaterThan(1.5);
      // At most the job's numbers on this thread (a worker takes them with it), and a little more.
      // Kept, the eight sheets would be eight sheets more.
      expect(held).toBeLessThan((jobs === 0 ? job : 0) + 4 * part);
    },
    150_000,
  );
});
