import { monthShort } from '../../vi-format.js';
import { deflateDataRows, type DataRowsJob, type DeflatedRows, type RowCells } from '../data-rows.js';
import { SheetRows, columnLetter } from '../sheet-rows.js';
import {
  COUNT,
  TEXT,
  finishSheet,
  printRange,
  firstFreeRow,
  measureWidths,
  openSheet,
  withFormat,
  writeHeader,
  writeTitle,
  type CellStyle,
  type Column,
  type TitleBlock,
  type Value,
} from '../sheet-layout.js';
import { bookParts } from '../streaming-parts.js';
import { cellText } from '../cell-text.js';
import type { SheetContext } from './context.js';
import { sheetParts, type SheetPart } from './sheet-parts.js';

/** Rows a worksheet holds in Excel (and LibreOffice): beyond them the long table goes on in another sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

const NUMBER = withFormat(TEXT, COUNT);

/** A sheet name in a formula: quoted, with quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

export interface DataSheetPlan {
  columns: Column[];
  widths: number[];
  parts: (SheetPart & { block: TitleBlock; headerRow: number; range: string })[];
  /** The parts' rows, compressed, on their way (see data-rows.ts). */
  rows: Promise<DeflatedRows[]>;
  /** Stops compressing them: the workbook will not be finished. */
  cancel(): Promise<void>;
}

/**
 * The long table (unit, month, task, indicator, value), one row per counted value, for PivotTables.
 * Every value is there: when there are more than a worksheet holds, the table goes on in "Dữ liệu (2)"
 * and so on, each part with the same title block and header and a note saying which rows it holds.
 * The streaming writer has no Excel tables, so each part's range has a workbook name (DuLieu,
 * DuLieu_2, …) that a PivotTable takes as its source, and a filter on its header.
 *
 * Planned before the other sheets are written: the rows are compressed meanwhile, on another thread.
 */
export function planDataSheet(ctx: SheetContext): DataSheetPlan {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.data.columns.${k}`);
  const columns: Column[] = [
    { header: c('unitId') },
    { header: c('unit') },
    { header: c('kind') },
    { header: c('month') },
    { header: c('group') },
    { header: c('task') },
    { header: c('indicator'), maxWidth: 34 },
    { header: c('label'), maxWidth: 50 },
    { header: c('measure') },
    { header: c('aggregation') },
    { header: c('value'), numFmt: COUNT },
  ];
  const records = model.records;
  const kinds = { flow: say('kinds.flow'), stock: say('kinds.stock') };
  const refs = model.groups.flatMap((g) =>
    g.tasks.flatMap((t) =>
      t.indicators.map((i) => ({
        ref: i.ref,
        values: [g.id, t.id, i.ref, i.label, i.measure, kinds[i.kind]] as Value[],
      })),
    ),
  );
  const refIndex = new Map(refs.map((r, k) => [r.ref, k]));
  const months: string[] = [];
  const monthIndex = new Map<string, number>();

  // The table as numbers (a million rows cross to the worker thread as four arrays), and what occurs in it.
  const n = records.length;
  const job = {
    unit: new Int32Array(n),
    month: new Uint16Array(n),
    ref: new Uint16Array(n),
    value: new Float64Array(n),
  };
  const units = new Set<number>();
  let widest = 0;
  records.forEach((r, i) => {
    let m = monthIndex.get(r.month);
    if (m === undefined) {
      monthIndex.set(r.month, (m = months.length));
      months.push(r.month);
    }
    let k = refIndex.get(r.ref);
    if (k === undefined) {
      refIndex.set(r.ref, (k = refs.length));
      refs.push({ ref: r.ref, values: [null, null, r.ref, null, null, null] });
    }
    units.add(r.unit);
    job.unit[i] = r.unit;
    job.month[i] = m;
    job.ref[i] = k;
    job.value[i] = r.value;
    if (Math.abs(r.value) > Math.abs(widest)) widest = r.value;
  });

  // Widths from the distinct units, indicators and months that occur, not from a million rows.
  const samples: Value[][] = [];
  for (const u of units) {
    const x = model.units[u]!;
    samples.push([x.id, x.name, x.kindLabel]);
  }
  for (const m of months) samples.push([null, null, null, monthShort(m)]);
  for (const r of refs) samples.push([null, null, null, null, ...r.values]);
  samples.push([null, null, null, null, null, null, null, null, null, null, widest]);
  const widths = measureWidths(columns, samples);

  // Each part's title block says the name of its range (and, when there are several, which part it is).
  const base = { issuer: ctx.issuer, title: say('sheets.data.title'), subtitle: say('title') };
  const parts = sheetParts(ctx, 'data', n, ctx.maxRows - firstFreeRow({ ...base, note: ' ' })).map((part, k) => {
    const range = k === 0 ? ctx.tableName : `${ctx.tableName}_${k + 1}`;
    const note = [part.note, say('sheets.data.note', { range })].filter((x) => x !== undefined && x !== '').join(' ');
    const block: TitleBlock = { ...base, ...(note === '' ? {} : { note }) };
    return { ...part, block, headerRow: firstFreeRow(block), range };
  });

  // Each cell's XML after its reference, with the workbook's own string and style numbers.
  const book = bookParts(ctx.wb);
  const styleIds = new Map<CellStyle, number>();
  const style = (s: CellStyle, kind: number) =>
    styleIds.get(s) ?? styleIds.set(s, book.styles.addStyleModel(s, kind)).get(s)!;
  const text = style(TEXT, 3);
  const cell = (v: Value) =>
    typeof v === 'string' ? `" s="${text}" t="s"><v>${book.sharedStrings.add(cellText(v))}</v></c>` : `" s="${text}"/>`;
  const cells: RowCells = {
    unit: model.units.map((u, i) =>
      units.has(i) ? ([cell(u.id), cell(u.name), cell(u.kindLabel)] as const) : undefined,
    ),
    month: months.map((m) => cell(monthShort(m))),
    ref: refs.map((r) => r.values.map(cell) as unknown as readonly [string, string, string, string, string, string]),
    numberStyle: style(NUMBER, 2),
  };
  const full: DataRowsJob = {
    cells,
    ...job,
    parts: parts.map((p) => ({ from: p.from, to: p.to, firstRow: p.headerRow + 1 })),
    level: ctx.zipLevel,
  };
  const stop = new AbortController();
  const rows = (ctx.startRows ?? deflateDataRows)(full, stop.signal);
  // Awaited once the other sheets are written; a failure meanwhile must wait for that, not end the process.
  rows.catch(() => undefined);
  const cancel = async () => {
    stop.abort();
    await rows.catch(() => undefined);
  };
  return { columns, widths, parts, rows, cancel };
}

/**
 * The data sheets themselves: title block, header, filter, name; their rows are put in when the
 * workbook is re-packed (`ctx.splices`, by the sheet's entry in the zip).
 */
export async function writeDataSheet(ctx: SheetContext, plan: DataSheetPlan): Promise<void> {
  const { columns, widths } = plan;
  for (const [k, part] of plan.parts.entries()) {
    const { headerRow } = part;
    // A print of the workbook takes the title and header of this sheet, not its thousands of rows.
    const ws = openSheet(ctx, part.name, {
      widths,
      headerRow,
      freezeColumns: 2,
      printArea: printRange(columns.length, headerRow),
    });
    writeTitle(ws, part.block, columns.length);
    const rows = new SheetRows(ctx.wb, ws, headerRow);
    writeHeader(rows, columns, widths);
    const last = headerRow + part.to - part.from;
    ctx.definedNames.push({
      name: part.range,
      range: `${quoted(part.name)}!$A$${headerRow}:$${columnLetter(columns.length)}$${last}`,
    });
    ctx.splices.set(`xl/worksheets/sheet${ws.id}.xml`, k);
    finishSheet(ws, rows, { headerRow, lastRow: last, columns: columns.length });
  }
}
