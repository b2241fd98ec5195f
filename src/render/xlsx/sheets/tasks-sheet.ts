import { cellText } from '../cell-text.js';
import { SheetRows } from '../sheet-rows.js';
import {
  COUNT,
  HEADER,
  LINE,
  NOT_REPORTED_FILL,
  STATUS_FILLS,
  TEXT,
  bodyCell,
  finishSheet,
  firstFreeRow,
  linesOf,
  openSheet,
  painted,
  textWidth,
  totalRow,
  withFormat,
  writeTitle,
  type Cell,
  type Column,
  type Value,
} from '../sheet-layout.js';
import { label, reportsTask, type SheetContext } from './context.js';

/** Units down, tasks across, each cell the unit's latest status in the period, coloured; counts per status below. */
export async function writeTasksSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.tasks.columns.${k}`);
  const tasks = model.groups.flatMap((g) => g.tasks);
  const statuses = model.vocab.taskStatuses;
  const statusLabels = statuses.map((s) => s.label);
  const columns: Column[] = [
    { header: c('number'), numFmt: COUNT },
    { header: c('unit') },
    { header: c('kind') },
    ...tasks.map((t): Column => ({ header: t.id, align: 'center', wrap: true })),
  ];
  const dash = say('notReported');

  const statusWidth = Math.max(...statuses.map((s) => textWidth(s.label)), 8);
  // Narrow status columns, the label wrapped on two lines, so more tasks fit on a printed page.
  const columnWidth = Math.min(Math.max(Math.ceil(statusWidth / 2) + 3, 10), 24);
  const widths = [
    5,
    Math.min(Math.max(...model.units.map((u) => textWidth(u.name)), 22) + 2, 40),
    Math.min(Math.max(...model.units.map((u) => textWidth(u.kindLabel)), 10) + 2, 32),
    ...tasks.map(() => columnWidth),
  ];
  const block = {
    issuer: ctx.issuer,
    title: say('sheets.tasks.title'),
    subtitle: say('title'),
    note: say('sheets.tasks.note'),
  };
  const headerRow = firstFreeRow(block);
  const ws = openSheet(ctx, ctx.sheetName('tasks'), { widths, headerRow, freezeColumns: 3 });
  writeTitle(ws, block, 12);
  // The header goes through exceljs: each task's full name is a note on its cell, so the narrow columns stay readable.
  const header = ws.getRow(headerRow);
  columns.forEach((col, i) => {
    const cell = header.getCell(i + 1);
    cell.value = cellText(col.header);
    cell.style = HEADER;
    if (i >= 3) cell.note = cellText(tasks[i - 3]!.label);
  });

  const out = new SheetRows(ctx.wb, ws, headerRow + 1);
  const lineHeights = new Map<string, number>();
  let last = headerRow;
  for (const [ui, u] of model.units.entries()) {
    const values: Value[] = [ui + 1, u.name, u.kindLabel];
    const cells: Cell[] = values.map((v, i) => bodyCell(columns[i]!, v));
    let lines = 1;
    tasks.forEach((t, k) => {
      const s = t.unitStatus[ui];
      const index = s === null || s === undefined ? -1 : statuses.findIndex((x) => x.id === s);
      const v =
        index >= 0
          ? statusLabels[index]!
          : s !== null && s !== undefined
            ? label(statuses, s)
            : reportsTask(model, t.id, u.kind)
              ? dash
              : null;
      const cell = bodyCell(columns[3 + k]!, v);
      cells.push({
        value: cell.value ?? null,
        style: painted(
          cell.style!,
          index >= 0 ? STATUS_FILLS[Math.min(index, STATUS_FILLS.length - 1)]! : NOT_REPORTED_FILL,
        ),
      });
      if (typeof v === 'string') {
        let n = lineHeights.get(v);
        if (n === undefined) lineHeights.set(v, (n = linesOf(v, columnWidth)));
        lines = Math.max(lines, n);
      }
    });
    last = out.add(cells, LINE * lines);
    if (ui % 1024 === 1023) await out.drain();
  }
  // One count row per status, then "not reported".
  const countRow = (name: string, counts: number[]) => {
    const cells: Cell[] = [];
    cells[1] = { value: say('sheets.tasks.columns.countOf', { status: name }), style: TEXT };
    counts.forEach((n, k) => {
      cells[3 + k] = { value: n, style: withFormat(TEXT, COUNT) };
    });
    out.add(totalRow(cells, columns.length));
  };
  for (const st of statuses)
    countRow(
      st.label,
      tasks.map((t) => t.statusCounts.find((x) => x.status === st.id)?.count ?? 0),
    );
  countRow(
    dash,
    tasks.map((t) => t.notReported),
  );
  finishSheet(ws, out, { headerRow, lastRow: last, columns: columns.length });
}
