import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CellStyle, SheetSpec, WorkbookSpec } from '../../src/render/xlsx/writer/sheet-spec.js';
import { collectBytes } from '../../src/render/byte-sink.js';
import { writeWorkbook } from '../../src/render/xlsx/writer/write-workbook.js';
import { checkWorkbook } from '../helpers/check-xlsx.js';
import { repoRoot } from '../helpers/cli.js';

const BOLD: CellStyle = { font: { name: 'Times New Roman', size: 11, bold: true } };

function sheet(over: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: 'Trang',
    widths: Array.from({ length: 30 }, () => 9),
    view: { frozenRows: 1, frozenColumns: 0 },
    rows: [],
    print: { fit: 'width', centred: true, header: '', footer: '' },
    ...over,
  };
}

const book = (sheets: SheetSpec[]): WorkbookSpec => ({
  date: '2020-04-20',
  properties: { creator: 'Ban Dân vận', title: 'Báo cáo', subject: 'Thử', company: 'Ban Dân vận' },
  sheets,
  names: [],
});

const written = (b: WorkbookSpec) => collectBytes((sink) => writeWorkbook(b, sink));

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  await checkWorkbook(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("the project's workbook writer", () => {
  it('puts each cell in its column past Z (AA, AB…) and totals a column with SUBTOTAL over the rows given', async () => {
    const cells = Array.from({ length: 30 }, (_, i) => ({ value: i + 1 }));
    const wb = await open(
      await written(
        book([
          sheet({
            rows: [
              { cells },
              { cells },
              { at: 5, cells: [...cells.slice(0, 27), { value: { subtotalOfRows: [1, 2], result: 56 }, style: BOLD }] },
            ],
          }),
        ]),
      ),
    );
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('AB1').value).toBe(28);
    expect(ws.getCell('AD2').value).toBe(30);
    expect(ws.getRow(3).cellCount).toBe(0);
    expect(ws.getCell('AB5').formula).toBe('SUBTOTAL(109,AB1:AB2)');
    expect(ws.getCell('AB5').result).toBe(56);
    expect(ws.getCell('AB5').font?.bold).toBe(true);
  });

  it('writes a columnar table as the rows it codes, after the rows above it, like ordinary rows', async () => {
    const text: CellStyle = { font: { name: 'Times New Roman', size: 11 } };
    const codes = Uint16Array.from([1, 0, 1]);
    const values = Float64Array.from([1.5, 2000, -3]);
    const labels = [{ value: 'Phường A', style: text }, { value: 'Phường B', style: text }, {}];
    const rows = [{ cells: [{ value: 'Đơn vị' }, { value: 'Giá trị' }] }];
    const columnar = sheet({
      name: 'Dữ liệu',
      rows,
      body: {
        firstRow: 2,
        from: 1,
        to: 3,
        columns: [
          { kind: 'coded', codes, cells: labels },
          { kind: 'number', values, style: { numFmt: '#,##0' } },
        ],
      },
    });
    const wb = await open(await written(book([sheet(), columnar])));
    const ws = wb.getWorksheet('Dữ liệu')!;
    expect([1, 2, 3].map((r) => [ws.getCell(r, 1).value, ws.getCell(r, 2).value])).toEqual([
      ['Đơn vị', 'Giá trị'],
      ['Phường A', 2000],
      ['Phường B', -3],
    ]);
    expect(ws.getCell(2, 2).numFmt).toBe('#,##0');
  });

  it('gives equal looks one entry in the style table and keeps notes on their cells', async () => {
    const twin: CellStyle = { font: { name: 'Times New Roman', size: 11, bold: true } };
    const bytes = await written(
      book([
        sheet({
          rows: [
            {
              cells: [
                { value: 'a', style: BOLD },
                { value: 'b', style: twin },
              ],
            },
          ],
          notes: [{ at: [1, 2], text: 'Tên đầy đủ của nhiệm vụ' }],
        }),
      ]),
    );
    const parts = await checkWorkbook(bytes);
    const styles = parts.find((p) => p.name === 'xl/styles.xml')!.data.toString();
    expect(styles).toContain('<cellXfs count="2">');
    const wb = await open(bytes);
    expect(wb.worksheets[0]!.getCell('B1').note).toBe('Tên đầy đủ của nhiệm vụ');
  });
});

describe('the workbook written into a sink', () => {
  /** A sheet of `n` rows of text, long enough that its compressed part spans several zip chunks. */
  const long = (name: string, n: number, made?: () => void): SheetSpec =>
    sheet({
      name,
      rows: (function* () {
        made?.();
        for (let i = 0; i < n; i++)
          yield { cells: [{ value: `Hộ ${i} — ${((i * 2654435761) % 1e9).toString(36)}` }, { value: i }] };
      })(),
    });

  it('hands the sink bytes before the last sheet is made, in many chunks, the same bytes as gathered whole', async () => {
    const chunks: Uint8Array[] = [];
    let bytesBeforeLast = -1;
    const spec = () =>
      book([
        long('Một', 20_000),
        long('Hai', 20_000),
        long('Ba', 10, () => {
          bytesBeforeLast = chunks.reduce((n, c) => n + c.length, 0);
        }),
      ]);
    await writeWorkbook(spec(), (chunk) => {
      chunks.push(chunk);
    });
    const total = chunks.reduce((n, c) => n + c.length, 0);
    expect(chunks.length).toBeGreaterThan(10);
    // The first two sheets' compressed rows were already in the sink when the third began.
    expect(bytesBeforeLast).toBeGreaterThan(total / 2);
    expect(Buffer.concat(chunks).equals(await written(spec()))).toBe(true);
  });

  it('waits for a sink that is slow and keeps the order of its chunks', async () => {
    const chunks: Uint8Array[] = [];
    let busy = false;
    await writeWorkbook(book([long('Một', 20_000), long('Hai', 10)]), async (chunk) => {
      expect(busy).toBe(false);
      busy = true;
      await new Promise((resolve) => setImmediate(resolve));
      chunks.push(chunk);
      busy = false;
    });
    expect(Buffer.concat(chunks).equals(await written(book([long('Một', 20_000), long('Hai', 10)])))).toBe(true);
  });

  it('stops with the error of a sink that fails', async () => {
    let calls = 0;
    const failing = writeWorkbook(book([long('Một', 20_000), long('Hai', 10)]), () => {
      if (++calls === 3) throw new Error('đĩa đầy');
    });
    await expect(failing).rejects.toThrow('đĩa đầy');
    expect(calls).toBe(3);
  });
});

describe('the sources', () => {
  /** Every .ts file under a folder. */
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it("reach no private member of a dependency (no ._name, no exceljs's stream internals)", () => {
    const files = sources(join(repoRoot, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const offending = files.filter((f) => /\._[A-Za-z]|_writableState|_readableState/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });
});
