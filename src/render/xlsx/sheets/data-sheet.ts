import type { DataRecord } from '../../../core/report-model.js';
import { monthShort } from '../../vi-format.js';
import { SheetRows } from '../sheet-rows.js';
import { COUNT, TEXT, finishSheet, firstFreeRow, measureWidths, openSheet, withFormat, writeHeader, writeTitle, type Column, type Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';
import { sheetParts } from './sheet-parts.js';

/** Rows a worksheet holds in Excel (and LibreOffice): beyond them the long table goes on in another sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

const NUMBER = withFormat(TEXT, COUNT);

/** A sheet name in a formula: quoted, with quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The long table (unit, month, task, indicator, value), one row per counted value, for PivotTables.
 * Every value is there: when there are more than a worksheet holds, the table goes on in "Dữ liệu (2)"
 * and so on, each part with the same title block and header and a note saying which rows it holds.
 * The streaming writer has no Excel tables, so each part's range has a workbook name (DuLieu,
 * DuLieu_2, …) that a PivotTable takes as its source, and a filter on its header.
 */
export async function writeDataSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.data.columns.${k}`);
  const columns: Column[] = [
    { header: c('unitId') }, { header: c('unit') }, { header: c('kind') }, { header: c('month') }, { header: c('group') }, { header: c('task') },
    { header: c('indicator'), maxWidth: 34 }, { header: c('label'), maxWidth: 50 }, { header: c('measure') }, { header: c('aggregation') }, { header: c('value'), numFmt: COUNT },
  ];
  const records = model.records;
  const kinds = { flow: say('kinds.flow'), stock: say('kinds.stock') };
  const info = new Map(model.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators.map((i) => [i.ref, [g.id, t.id, i.ref, i.label, i.measure, kinds[i.kind]] as Value[]] as const))));

  // Widths from the distinct units, indicators and months that occur, not from a million rows.
  const units = new Set<number>();
  const refs = new Set<string>();
  const months = new Set<string>();
  let widest = 0;
  for (const r of records) {
    units.add(r.unit);
    refs.add(r.ref);
    months.add(r.month);
    if (Math.abs(r.value) > Math.abs(widest)) widest = r.value;
  }
  const samples: Value[][] = [];
  for (const u of units) { const x = model.units[u]!; samples.push([x.id, x.name, x.kindLabel]); }
  for (const m of months) samples.push([null, null, null, monthShort(m)]);
  for (const ref of refs) samples.push([null, null, null, null, ...(info.get(ref) ?? [null, null, ref])]);
  samples.push([null, null, null, null, null, null, null, null, null, null, widest]);
  const widths = measureWidths(columns, samples);

  // Every part has the same title block, with a note (the name of its range): the header is on the same row in all.
  const base = { issuer: ctx.issuer, title: say('sheets.data.title'), subtitle: say('title') };
  const headerRow = firstFreeRow({ ...base, note: ' ' });
  const parts = sheetParts(ctx, 'data', records.length, ctx.maxRows - headerRow);
  for (const [k, part] of parts.entries()) {
    const range = k === 0 ? ctx.tableName : `${ctx.tableName}_${k + 1}`;
    const notes = [part.note, say('sheets.data.note', { range })].filter((n) => n !== undefined);
    const block = { ...base, note: notes.join(' ') };
    const ws = openSheet(ctx, part.name, { widths, headerRow, freezeColumns: 2 });
    writeTitle(ws, block, columns.length);
    const rows = new SheetRows(ctx.wb, ws, headerRow);
    writeHeader(rows, columns, widths);
    const last = await writeRecords(rows, records, part.from, part.to, (ref) => info.get(ref), ctx);
    ctx.definedNames.push({ name: range, range: `${quoted(part.name)}!$A$${headerRow}:$K$${Math.max(last, headerRow)}` });
    finishSheet(ws, rows, { headerRow, lastRow: last, columns: columns.length });
  }
}

/** Rows `from` to `to` of the long table; each row is built as one string, its texts shared strings. */
async function writeRecords(rows: SheetRows, records: readonly DataRecord[], from: number, to: number, infoOf: (ref: string) => Value[] | undefined, ctx: SheetContext): Promise<number> {
  const text = rows.styleId(TEXT);
  const number = rows.styleId(NUMBER, 2);
  // A cell's XML after its reference: the same for every row with that unit, month or indicator.
  const cell = (v: Value) => (typeof v === 'string' ? `" s="${text}" t="s"><v>${rows.stringId(v)}</v></c>` : `" s="${text}"/>`);
  const unitCells = new Map<number, string[]>();
  const monthCells = new Map<string, string>();
  const refCells = new Map<string, string[]>();
  let last = rows.row - 1;
  for (let i = from; i < to; i++) {
    const r = records[i]!;
    let u = unitCells.get(r.unit);
    if (!u) {
      const x = ctx.model.units[r.unit]!;
      unitCells.set(r.unit, (u = [cell(x.id), cell(x.name), cell(x.kindLabel)]));
    }
    let m = monthCells.get(r.month);
    if (!m) monthCells.set(r.month, (m = cell(monthShort(r.month))));
    let x = refCells.get(r.ref);
    if (!x) refCells.set(r.ref, (x = (infoOf(r.ref) ?? [null, null, r.ref, null, null, null]).map(cell)));
    const n = rows.row;
    last = rows.addCellsXml(`<c r="A${n}${u[0]}<c r="B${n}${u[1]}<c r="C${n}${u[2]}<c r="D${n}${m}<c r="E${n}${x[0]}<c r="F${n}${x[1]}`
      + `<c r="G${n}${x[2]}<c r="H${n}${x[3]}<c r="I${n}${x[4]}<c r="J${n}${x[5]}<c r="K${n}" s="${number}"><v>${r.value}</v></c>`);
    if ((i - from) % 8192 === 8191) await rows.drain();
  }
  return last;
}

