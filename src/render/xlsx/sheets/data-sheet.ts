import { monthShort } from '../../vi-format.js';
import { COUNT, TEXT, withFormat } from '../sheet-styles.js';
import { measureWidths } from '../sheet-measure.js';
import { type Column, firstFreeRow, headerRows, sheetFrame, type TitleBlock, titleBlock } from '../sheet-layout.js';
import type { ColumnarColumn, RangeName, SheetSpec, Value } from '../writer/sheet-spec.js';
import type { SheetContext } from './context.js';
import { sheetParts } from './sheet-parts.js';

/** Rows a worksheet holds in Excel (and LibreOffice): beyond them the long table goes on in another sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

const NUMBER = withFormat(TEXT, COUNT);

/**
 * A column of the long table: a row's value is a label picked by a code (the unit, the month, the
 * indicator of the row), or a number. Given as arrays, so the rows can be made on another thread.
 */
type DataColumn = Column<number> &
  ({ codes: Int32Array | Uint16Array; labels: readonly Value[] } | { numbers: Float64Array });

/**
 * The long table (unit, month, task, indicator, value), one row per counted value, for PivotTables.
 * Every value is there: when there are more than a worksheet holds, the table goes on in "Dữ liệu (2)"
 * and so on, each part with the same title block and header and a note saying which rows it holds.
 * Each part's range has a workbook name (DuLieu, DuLieu_2, …) that a PivotTable takes as its source,
 * and a filter on its header.
 */
export function dataSheets(ctx: SheetContext): { sheets: SheetSpec[]; names: RangeName[] } {
  const { model, say } = ctx;
  // Read once: each read of the model's long table makes it anew.
  const data = model.data;
  const n = data.length;
  const kinds = { flow: say('kinds.flow'), stock: say('kinds.stock') };

  // The table as codes: each row's unit, month and indicator as an index, the value as a number.
  const unitOf = data.unit;
  const monthOf = data.month;
  const values = data.value;
  const plan = new Map(
    model.groups.flatMap((g) =>
      g.tasks.flatMap((t) =>
        t.indicators.map((i) => [
          i.ref,
          { group: g.id, task: t.id, label: i.label, measure: i.measure, kind: kinds[i.kind] },
        ]),
      ),
    ),
  );
  // A value of an indicator the plan no longer has: its id, nothing else known.
  const unknown = { group: '', task: '', label: '', measure: '', kind: '' };
  const refs = data.refs.map((ref) => ({ ref, ...(plan.get(ref) ?? unknown) }));
  const refOf = data.ref;
  const months = data.months;
  const units = model.units;
  const blank = (s: string) => (s === '' ? null : s);
  const c = (k: string) => say(`sheets.data.columns.${k}`);
  const coded = (
    key: string,
    codes: Int32Array | Uint16Array,
    labels: readonly Value[],
    maxWidth?: number,
  ): DataColumn => ({
    key,
    header: c(key),
    codes,
    labels,
    value: (i) => labels[codes[i]!],
    ...(maxWidth ? { maxWidth } : {}),
  });
  const columns: DataColumn[] = [
    coded(
      'unitId',
      unitOf,
      units.map((u) => u.id),
    ),
    coded(
      'unit',
      unitOf,
      units.map((u) => u.name),
    ),
    coded(
      'kind',
      unitOf,
      units.map((u) => u.kindLabel),
    ),
    coded('month', monthOf, months.map(monthShort)),
    coded(
      'group',
      refOf,
      refs.map((r) => blank(r.group)),
    ),
    coded(
      'task',
      refOf,
      refs.map((r) => blank(r.task)),
    ),
    coded(
      'indicator',
      refOf,
      refs.map((r) => r.ref),
      34,
    ),
    coded(
      'label',
      refOf,
      refs.map((r) => blank(r.label)),
      50,
    ),
    coded(
      'measure',
      refOf,
      refs.map((r) => blank(r.measure)),
    ),
    coded(
      'aggregation',
      refOf,
      refs.map((r) => blank(r.kind)),
    ),
    { key: 'value', header: c('value'), numbers: values, value: (i) => values[i], style: { numFmt: COUNT } },
  ];

  // Widths from the labels that occur, not from a million rows.
  const occurring = new Map<Int32Array | Uint16Array, Uint8Array>();
  let widest = 0;
  for (const v of values) if (Math.abs(v) > Math.abs(widest)) widest = v;
  const samples: Value[][] = [];
  const sample = (i: number, value: Value) => {
    const row: Value[] = [];
    row[i] = value;
    samples.push(row);
  };
  columns.forEach((col, i) => {
    if (!('codes' in col)) return sample(i, widest);
    let seen = occurring.get(col.codes);
    if (!seen) {
      seen = new Uint8Array(col.labels.length);
      for (const code of col.codes) seen[code] = 1;
      occurring.set(col.codes, seen);
    }
    col.labels.forEach((label, code) => {
      if (seen[code]) sample(i, label);
    });
  });
  const widths = measureWidths(columns, samples);

  // Each cell of the table in the look of plain text; the numbers with thousands separators. A label
  // no row has (a month without reports) is left out, so that it is not in the workbook's strings.
  const body: ColumnarColumn[] = columns.map((col) => {
    if (!('codes' in col)) return { kind: 'number', values: col.numbers, style: NUMBER };
    const seen = occurring.get(col.codes)!;
    return {
      kind: 'coded',
      codes: col.codes,
      cells: col.labels.map((value, code) => ({ value: seen[code] ? value : null, style: TEXT })),
    };
  });

  // Each part's title block says the name of its range (and, when there are several, which part it is).
  const base = { issuer: ctx.issuer, title: say('sheets.data.title'), subtitle: say('title') };
  const parts = sheetParts(ctx, 'data', n, ctx.maxRows - firstFreeRow({ ...base, note: ' ' }));
  const names: RangeName[] = [];
  const sheets = parts.map((part, k): SheetSpec => {
    const range = k === 0 ? ctx.tableName : `${ctx.tableName}_${k + 1}`;
    const note = [part.note, say('sheets.data.note', { range })].filter((x) => x !== undefined && x !== '').join(' ');
    const block: TitleBlock = { ...base, ...(note === '' ? {} : { note }) };
    const headerRow = firstFreeRow(block);
    const title = titleBlock(block, columns.length);
    const header = headerRows(columns, widths, headerRow);
    const last = headerRow + part.to - part.from;
    names.push({ name: range, sheet: part.name, area: { from: [headerRow, 1], to: [last, columns.length] } });
    return {
      // A print of the workbook takes the title and header of this sheet, not its thousands of rows.
      ...sheetFrame(ctx, {
        name: part.name,
        widths,
        headerRow,
        freezeColumns: 2,
        printArea: [headerRow, columns.length],
      }),
      rows: [...title.rows, ...header.rows],
      body: { firstRow: headerRow + 1, from: part.from, to: part.to, columns: body },
      merges: title.merges,
      ...(last > headerRow ? { autoFilter: { from: [headerRow, 1], to: [last, columns.length] } } : {}),
    };
  });
  return { sheets, names };
}
