import type { ReportModel } from '../../../core/report-model.js';
import { asTotals, COUNT, NOT_REPORTED_FILL, painted, STATUS_FILLS, TEXT, withFormat } from '../sheet-styles.js';
import { LINE, linesOf, textWidth } from '../sheet-measure.js';
import {
  bodyCells,
  cellsByKey,
  type Column,
  firstFreeRow,
  headerRows,
  sheetFrame,
  titleBlock,
  valuesOf,
} from '../sheet-layout.js';
import type { Cell, Row, SheetSpec } from '../writer/sheet-spec.js';
import { label, reportsTask, type SheetContext } from './context.js';

type UnitRow = { index: number; unit: ReportModel['units'][number] };

/** Units down, tasks across, each cell the unit's latest status in the period, coloured; counts per status below. */
export function tasksSheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.tasks.columns.${k}`);
  const tasks = model.groups.flatMap((g) => g.tasks);
  const statuses = model.vocab.taskStatuses;
  const position = new Map(statuses.map((s, k) => [s.id, k]));
  const dash = say('notReported');

  const statusWidth = Math.max(...statuses.map((s) => textWidth(s.label)), 8);
  // Narrow status columns, the label wrapped on two lines, so more tasks fit on a printed page.
  const columnWidth = Math.min(Math.max(Math.ceil(statusWidth / 2) + 3, 10), 24);
  const columns: Column<UnitRow>[] = [
    { key: 'number', header: c('number'), width: 5, value: (r) => r.index + 1, style: { numFmt: COUNT } },
    {
      key: 'unit',
      header: c('unit'),
      width: Math.min(Math.max(...model.units.map((u) => textWidth(u.name)), 22) + 2, 40),
      value: (r) => r.unit.name,
    },
    {
      key: 'kind',
      header: c('kind'),
      width: Math.min(Math.max(...model.units.map((u) => textWidth(u.kindLabel)), 10) + 2, 32),
      value: (r) => r.unit.kindLabel,
    },
    // Each task's full name is a note on its header, so the narrow columns stay readable.
    ...tasks.map(
      (t): Column<UnitRow> => ({
        key: t.id,
        header: t.id,
        note: t.label,
        width: columnWidth,
        style: { align: 'center', wrap: true },
        value: (r) => {
          const s = t.unitStatus[r.index];
          if (s !== null && s !== undefined) return label(statuses, s);
          return reportsTask(model, t.id, r.unit.kind) ? dash : null;
        },
        paint: (r, _, look) => {
          const k = position.get(t.unitStatus[r.index] ?? '');
          return painted(
            look,
            k === undefined ? NOT_REPORTED_FILL : STATUS_FILLS[Math.min(k, STATUS_FILLS.length - 1)]!,
          );
        },
      }),
    ),
  ];
  const widths = columns.map((col) => col.width!);
  const block = {
    issuer: ctx.issuer,
    title: say('sheets.tasks.title'),
    subtitle: say('title'),
    note: say('sheets.tasks.note'),
  };
  const headerRow = firstFreeRow(block);
  const title = titleBlock(block, 12);
  const header = headerRows(columns, widths, headerRow);
  const last = headerRow + model.units.length;

  // One count row per status, then "not reported".
  const number = withFormat(TEXT, COUNT);
  const countRow = (name: string, count: (t: (typeof tasks)[number]) => number): Cell[] =>
    asTotals(
      cellsByKey(columns, {
        unit: { value: say('sheets.tasks.columns.countOf', { status: name }), style: TEXT },
        ...Object.fromEntries(tasks.map((t) => [t.id, { value: count(t), style: number }])),
      }),
    );

  // A status label takes the same lines in every cell: measured once each.
  const lineCounts = new Map<string, number>();
  const lines = (v: unknown) => {
    if (typeof v !== 'string') return 1;
    let n = lineCounts.get(v);
    if (n === undefined) lineCounts.set(v, (n = linesOf(v, columnWidth)));
    return n;
  };
  function* rows(): Generator<Row> {
    yield* title.rows;
    yield* header.rows;
    for (const [index, unit] of model.units.entries()) {
      const r = { index, unit };
      const values = valuesOf(columns, r);
      let height = 1;
      columns.forEach((col, i) => {
        if (col.style?.wrap) height = Math.max(height, lines(values[i]));
      });
      yield { cells: bodyCells(columns, r, values), height: LINE * height };
    }
    for (const st of statuses)
      yield { cells: countRow(st.label, (t) => t.statusCounts.find((x) => x.status === st.id)?.count ?? 0) };
    yield { cells: countRow(dash, (t) => t.notReported) };
  }
  return [
    {
      ...sheetFrame(ctx, { name: ctx.sheetName('tasks'), widths, headerRow, freezeColumns: 3 }),
      rows: rows(),
      merges: [...title.merges, ...header.merges],
      notes: header.notes,
      ...(last > headerRow ? { autoFilter: { from: [headerRow, 1], to: [last, columns.length] } } : {}),
    },
  ];
}
