import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataRowsThread } from '../../src/io/data-rows-thread.js';
import {
  AHEAD,
  type ColumnarJob,
  deflateColumnar,
  inTurn,
  type SheetParts,
  WORKER_ROWS,
} from '../../src/render/xlsx/writer/columnar-rows.js';
import type { DeflatedPart } from '../../src/render/ooxml/zip-parts.js';
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

const inflate = (data: readonly Uint8Array[]) => inflateRawSync(Buffer.concat(data)).toString('utf8');

/** Every sheet of a job, taken in order as the writer takes them. */
const allOf = (parts: SheetParts, count: number) => Promise.all(Array.from({ length: count }, (_, k) => parts.take(k)));

describe("a long table's sheets, made and compressed apart", () => {
  it("are the sheet's head, its rows numbered from the first row with computed column letters, its tail; with CRC and size", async () => {
    const [part] = await allOf(deflateColumnar(job(3)), 1);
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
    const parts = await allOf(
      deflateColumnar(
        job(5, [
          { from: 0, to: 2, firstRow: 7 },
          { from: 2, to: 5, firstRow: 11 },
        ]),
      ),
      2,
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
    const here = await allOf(deflateColumnar(job(n, sheets)), 2);
    const there = await allOf(dataRowsThread('auto')(job(n, sheets)), 2);
    expect(there.map((p) => [p.crc, p.size])).toEqual(here.map((p) => [p.crc, p.size]));
    there.forEach((p, k) => expect(Buffer.concat(p.data).equals(Buffer.concat(here[k]!.data))).toBe(true));
  });

  it('on a worker, give each sheet as soon as it is made, before the next is finished', async () => {
    const n = 40 * WORKER_ROWS;
    const stop = new AbortController();
    const parts = dataRowsThread('auto')(
      job(n, [
        { from: 0, to: 10, firstRow: 7 },
        { from: 10, to: n, firstRow: 7 },
      ]),
      stop.signal,
    );
    const [first, second] = [parts.take(0), parts.take(1)];
    second!.catch(() => undefined);
    expect(inflate((await first!).data)).toContain('<row r="16">');
    // Two million rows take seconds to compress: the second sheet is still being made.
    expect(await Promise.race([second, 'đang lập'])).toBe('đang lập');
    stop.abort();
    await expect(second).rejects.toThrow(/stopped/);
  });

  it('stop when the workbook will not be finished: the thread ends and the job rejects', async () => {
    const stop = new AbortController();
    const rows = allOf(dataRowsThread('auto')(job(40 * WORKER_ROWS), stop.signal), 1);
    stop.abort();
    // Not stopped, it would give the rows (after seconds of compressing two million of them).
    await expect(rows).rejects.toThrow(/stopped/);
  });

  it('stay on this thread with --jobs 0, however long: stopping a worker does not reach them', async () => {
    const stop = new AbortController();
    stop.abort();
    const parts = await allOf(dataRowsThread(0)(job(WORKER_ROWS + 10), stop.signal), 1);
    expect(inflate(parts[0]!.data)).toContain(`<row r="${7 + WORKER_ROWS + 9}">`);
  });

  it(`are begun at most ${AHEAD} beyond the last one the writer took, so that made sheets do not pile up`, async () => {
    const begun: number[] = [];
    const parts = inTurn(5, (k) => {
      begun.push(k);
      return Promise.resolve({ data: [], crc: k, size: 0 } satisfies DeflatedPart);
    });
    expect(begun).toEqual([0, 1]);
    expect((await parts.take(0)).crc).toBe(0);
    expect(begun).toEqual([0, 1, 2]);
    expect(() => parts.take(0)).toThrow(/taken before/);
    await parts.take(1);
    await parts.take(2);
    expect(begun).toEqual([0, 1, 2, 3, 4]);
    await parts.settled();
  });

  it('on a worker, are made as the writer lets them, each in the end', async () => {
    const n = WORKER_ROWS + 10;
    const sheets = Array.from({ length: 4 }, (_, k) => ({ from: k * 10, to: k === 3 ? n : (k + 1) * 10, firstRow: 7 }));
    const parts = dataRowsThread('auto')(job(n, sheets));
    const first = await parts.take(0);
    expect(inflate(first.data)).toContain('<row r="16">');
    // Sheet 3 is allowed only once sheet 1 is taken: without that word to the thread, this waits forever.
    const rest = await allOf({ take: (k) => parts.take(k + 1), settled: parts.settled }, 3);
    expect(rest.map((p) => inflate(p.data).match(/<row /g)?.length)).toEqual([10, 10, n - 30]);
  });
});
