import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataRowsThread } from '../../src/io/data-rows-thread.js';
import { type ColumnarJob, deflateColumnar, WORKER_ROWS } from '../../src/render/xlsx/writer/columnar-rows.js';
import { repoRoot } from '../helpers/cli.js';

/** A long table of `n` rows: a unit column (two units), a month column (two months), a number column. */
function job(n: number, sheets?: { from: number; to: number; firstRow: number }[]): ColumnarJob {
  return {
    tables: [
      [
        {
          fragments: ['" s="1" t="s"><v>0</v></c>', '" s="1" t="s"><v>1</v></c>'],
          codes: Int32Array.from({ length: n }, (_, i) => i % 2),
        },
        {
          fragments: ['" s="1" t="s"><v>2</v></c>', '"/>'],
          codes: Uint16Array.from({ length: n }, (_, i) => Math.floor(i / 2) % 2),
        },
        { start: '" s="2"><v>', values: Float64Array.from({ length: n }, (_, i) => i * 1000 + 0.5 * (i % 3)) },
      ],
    ],
    sheets: (sheets ?? [{ from: 0, to: n, firstRow: 7 }]).map((s) => ({
      ...s,
      table: 0,
      head: '<head>',
      tail: '<tail>',
    })),
  };
}

const inflate = (data: Uint8Array) => inflateRawSync(data).toString('utf8');

describe("a long table's sheets, made and compressed apart", () => {
  it("are the sheet's head, its rows numbered from the first row with computed column letters, its tail; with CRC and size", async () => {
    const [part] = await Promise.all(deflateColumnar(job(3)));
    const xml = inflate(part!.data);
    expect(xml).toBe(
      '<head>' +
        '<row r="7"><c r="A7" s="1" t="s"><v>0</v></c><c r="B7" s="1" t="s"><v>2</v></c><c r="C7" s="2"><v>0</v></c></row>' +
        '<row r="8"><c r="A8" s="1" t="s"><v>1</v></c><c r="B8" s="1" t="s"><v>2</v></c><c r="C8" s="2"><v>1000.5</v></c></row>' +
        '<row r="9"><c r="A9" s="1" t="s"><v>0</v></c><c r="B9"/><c r="C9" s="2"><v>2001</v></c></row>' +
        '<tail>',
    );
    expect(part!.size).toBe(Buffer.byteLength(xml));
    expect(part!.crc).toBe(crc32(Buffer.from(xml)));
  });

  it('split over sheets, each from its own first row', async () => {
    const parts = await Promise.all(
      deflateColumnar(
        job(5, [
          { from: 0, to: 2, firstRow: 7 },
          { from: 2, to: 5, firstRow: 11 },
        ]),
      ),
    );
    const [a, b] = parts.map((p) => inflate(p.data));
    expect(a!.match(/<row r="\d+"/g)).toEqual(['<row r="7"', '<row r="8"']);
    expect(b!.match(/<row r="\d+"/g)).toEqual(['<row r="11"', '<row r="12"', '<row r="13"']);
    expect(b).toContain('<c r="C11" s="2"><v>2001</v></c>');
  });

  // The built worker (npm test builds first): the same job on a worker thread gives the same bytes.
  it('come out the same on a worker thread as on this thread', async () => {
    expect(
      existsSync(join(repoRoot, 'dist', 'render', 'xlsx', 'data-rows-worker.js')),
      'build first: npm run build',
    ).toBe(true);
    const n = WORKER_ROWS + 1234;
    const sheets = [
      { from: 0, to: 40_000, firstRow: 7 },
      { from: 40_000, to: n, firstRow: 7 },
    ];
    const here = await Promise.all(deflateColumnar(job(n, sheets)));
    const there = await Promise.all(dataRowsThread('auto')(job(n, sheets)));
    expect(there.map((p) => [p.crc, p.size])).toEqual(here.map((p) => [p.crc, p.size]));
    there.forEach((p, k) => expect(Buffer.from(p.data).equals(Buffer.from(here[k]!.data))).toBe(true));
  });

  it('on a worker, give each sheet as soon as it is made, before the next is finished', async () => {
    const n = 40 * WORKER_ROWS;
    const stop = new AbortController();
    const [first, second] = dataRowsThread('auto')(
      job(n, [
        { from: 0, to: 10, firstRow: 7 },
        { from: 10, to: n, firstRow: 7 },
      ]),
      stop.signal,
    );
    second!.catch(() => undefined);
    expect(inflate((await first!).data)).toContain('<row r="16">');
    // Two million rows take seconds to compress: the second sheet is still being made.
    expect(await Promise.race([second, 'đang lập'])).toBe('đang lập');
    stop.abort();
    await expect(second).rejects.toThrow(/stopped/);
  });

  it('stop when the workbook will not be finished: the thread ends and the job rejects', async () => {
    const stop = new AbortController();
    const rows = Promise.all(dataRowsThread('auto')(job(40 * WORKER_ROWS), stop.signal));
    stop.abort();
    // Not stopped, it would give the rows (after seconds of compressing two million of them).
    await expect(rows).rejects.toThrow(/stopped/);
  });

  it('stay on this thread with --jobs 0, however long: stopping a worker does not reach them', async () => {
    const stop = new AbortController();
    stop.abort();
    const parts = await Promise.all(dataRowsThread(0)(job(WORKER_ROWS + 10), stop.signal));
    expect(inflate(parts[0]!.data)).toContain(`<row r="${7 + WORKER_ROWS + 9}">`);
  });
});
