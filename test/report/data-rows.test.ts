import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startDataRowsThread } from '../../src/io/data-rows-thread.js';
import { deflateDataRows, WORKER_ROWS, type DataRowsJob } from '../../src/render/xlsx/data-rows.js';
import { repoRoot } from '../helpers/cli.js';

/** A long table of `n` rows over three units, two months and two indicators. */
function job(n: number, parts?: DataRowsJob['parts']): DataRowsJob {
  const cell = (id: number) => `" s="1" t="s"><v>${id}</v></c>`;
  return {
    cells: {
      unit: [[cell(0), cell(1), cell(2)], undefined, [cell(3), cell(4), cell(5)]],
      month: [cell(6), cell(7)],
      ref: [
        [cell(8), cell(9), cell(10), cell(11), cell(12), cell(13)],
        [cell(14), cell(15), cell(16), cell(17), cell(18), `" s="1"/>`],
      ],
      numberStyle: 2,
    },
    unit: Int32Array.from({ length: n }, (_, i) => (i % 2) * 2),
    month: Uint16Array.from({ length: n }, (_, i) => i % 2),
    ref: Uint16Array.from({ length: n }, (_, i) => Math.floor(i / 2) % 2),
    value: Float64Array.from({ length: n }, (_, i) => i * 1000 + 0.5 * (i % 3)),
    parts: parts ?? [{ from: 0, to: n, firstRow: 7 }],
    level: 1,
  };
}

const inflate = (data: Uint8Array) => inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');

describe("the data sheet's rows, compressed apart", () => {
  it("are the rows of the long table, numbered from the part's first row, with their CRC and length", async () => {
    const [part] = await deflateDataRows(job(3));
    const xml = inflate(part!.data);
    expect(xml).toBe(
      '<row r="7"><c r="A7" s="1" t="s"><v>0</v></c><c r="B7" s="1" t="s"><v>1</v></c><c r="C7" s="1" t="s"><v>2</v></c><c r="D7" s="1" t="s"><v>6</v></c>' +
        '<c r="E7" s="1" t="s"><v>8</v></c><c r="F7" s="1" t="s"><v>9</v></c><c r="G7" s="1" t="s"><v>10</v></c><c r="H7" s="1" t="s"><v>11</v></c><c r="I7" s="1" t="s"><v>12</v></c><c r="J7" s="1" t="s"><v>13</v></c>' +
        '<c r="K7" s="2"><v>0</v></c></row>' +
        '<row r="8"><c r="A8" s="1" t="s"><v>3</v></c><c r="B8" s="1" t="s"><v>4</v></c><c r="C8" s="1" t="s"><v>5</v></c><c r="D8" s="1" t="s"><v>7</v></c>' +
        '<c r="E8" s="1" t="s"><v>8</v></c><c r="F8" s="1" t="s"><v>9</v></c><c r="G8" s="1" t="s"><v>10</v></c><c r="H8" s="1" t="s"><v>11</v></c><c r="I8" s="1" t="s"><v>12</v></c><c r="J8" s="1" t="s"><v>13</v></c>' +
        '<c r="K8" s="2"><v>1000.5</v></c></row>' +
        '<row r="9"><c r="A9" s="1" t="s"><v>0</v></c><c r="B9" s="1" t="s"><v>1</v></c><c r="C9" s="1" t="s"><v>2</v></c><c r="D9" s="1" t="s"><v>6</v></c>' +
        '<c r="E9" s="1" t="s"><v>14</v></c><c r="F9" s="1" t="s"><v>15</v></c><c r="G9" s="1" t="s"><v>16</v></c><c r="H9" s="1" t="s"><v>17</v></c><c r="I9" s="1" t="s"><v>18</v></c><c r="J9" s="1"/>' +
        '<c r="K9" s="2"><v>2001</v></c></row>',
    );
    expect(part!.length).toBe(xml.length);
    expect(part!.crc).toBe(crc32(Buffer.from(xml, 'latin1')));
  });

  it('split in parts, each from its own first row', async () => {
    const parts = await deflateDataRows(
      job(5, [
        { from: 0, to: 2, firstRow: 7 },
        { from: 2, to: 5, firstRow: 11 },
      ]),
    );
    const [a, b] = parts.map((p) => inflate(p.data));
    expect(a!.match(/<row r="\d+"/g)).toEqual(['<row r="7"', '<row r="8"']);
    expect(b!.match(/<row r="\d+"/g)).toEqual(['<row r="11"', '<row r="12"', '<row r="13"']);
    expect(b).toContain('<c r="K11" s="2"><v>2001</v></c>');
  });

  // The built worker (npm test builds first): the same job on a worker thread gives the same bytes.
  it('come out the same on a worker thread as on this thread', async () => {
    expect(
      existsSync(join(repoRoot, 'dist', 'render', 'xlsx', 'data-rows-worker.js')),
      'build first: npm run build',
    ).toBe(true);
    const n = WORKER_ROWS + 1234;
    const parts = [
      { from: 0, to: 40_000, firstRow: 7 },
      { from: 40_000, to: n, firstRow: 7 },
    ];
    const here = await deflateDataRows(job(n, parts));
    const there = await startDataRowsThread(job(n, parts));
    expect(there.map((p) => [p.crc, p.length])).toEqual(here.map((p) => [p.crc, p.length]));
    there.forEach((p, k) => expect(Buffer.from(p.data).equals(Buffer.from(here[k]!.data))).toBe(true));
  });

  it('stop when the workbook will not be finished: the thread ends and the job rejects', async () => {
    const stop = new AbortController();
    const rows = startDataRowsThread(job(40 * WORKER_ROWS), stop.signal);
    stop.abort();
    // Not stopped, it would give the rows (after seconds of compressing two million of them).
    await expect(rows).rejects.toThrow(/stopped/);
  });
});
