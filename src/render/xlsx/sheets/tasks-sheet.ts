import { COUNT, FONT, LINE, NOT_REPORTED_FILL, linesOf, STATUS_FILLS, finishSheet, paint, styleTotalRow, textWidth, writeTable, writeTitle, type Column, type Value } from '../sheet-layout.js';
import { label, reportsTask, type SheetContext } from './context.js';

/** Units down, tasks across, each cell the unit's latest status in the period, coloured; counts per status below. */
export function writeTasksSheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('tasks'));
  const c = (k: string) => say(`sheets.tasks.columns.${k}`);
  const tasks = model.groups.flatMap((g) => g.tasks);
  const statuses = model.vocab.taskStatuses;
  const columns: Column[] = [
    { header: c('number'), numFmt: COUNT }, { header: c('unit') }, { header: c('kind') },
    ...tasks.map((t): Column => ({ header: t.id, align: 'center', wrap: true })),
  ];
  const dash = say('notReported');
  const rows: Value[][] = model.units.map((u, ui) => [
    ui + 1, u.name, u.kindLabel,
    ...tasks.map((t) => {
      const s = t.unitStatus[ui];
      if (s !== null && s !== undefined) return label(statuses, s);
      return reportsTask(model, t.id, u.kind) ? dash : null;
    }),
  ]);
  const headerRow = writeTitle(ws, { issuer: ctx.issuer, title: say('sheets.tasks.title'), subtitle: say('title'), note: say('sheets.tasks.note') }, 12);
  const last = writeTable(ws, headerRow, columns, rows);
  // Full task names as a note on each header cell, so the narrow columns stay readable.
  tasks.forEach((t, k) => {
    ws.getRow(headerRow).getCell(4 + k).note = t.label;
  });
  model.units.forEach((u, ui) => {
    tasks.forEach((t, k) => {
      const cell = ws.getRow(headerRow + 1 + ui).getCell(4 + k);
      const s = t.unitStatus[ui];
      const index = s === null || s === undefined ? -1 : statuses.findIndex((x) => x.id === s);
      if (index >= 0) paint(cell, STATUS_FILLS[Math.min(index, STATUS_FILLS.length - 1)]!);
      else paint(cell, NOT_REPORTED_FILL);
    });
  });
  // One count row per status, then "not reported".
  let r = last + 1;
  for (const st of statuses) {
    const row = ws.getRow(r);
    row.getCell(2).value = say('sheets.tasks.columns.countOf', { status: st.label });
    tasks.forEach((t, k) => {
      const cell = row.getCell(4 + k);
      cell.value = t.statusCounts.find((x) => x.status === st.id)?.count ?? 0;
      cell.numFmt = COUNT;
    });
    styleTotalRow(ws, r, 1, columns.length);
    r++;
  }
  const row = ws.getRow(r);
  row.getCell(2).value = say('sheets.tasks.columns.countOf', { status: dash });
  tasks.forEach((t, k) => {
    row.getCell(4 + k).value = t.notReported;
    row.getCell(4 + k).numFmt = COUNT;
  });
  styleTotalRow(ws, r, 1, columns.length);
  for (let rr = last + 1; rr <= r; rr++) ws.getRow(rr).getCell(2).font = { name: FONT, size: 11, bold: true };

  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = Math.min(Math.max(...model.units.map((u) => textWidth(u.name)), 22) + 2, 40);
  ws.getColumn(3).width = Math.min(Math.max(...model.units.map((u) => textWidth(u.kindLabel)), 10) + 2, 32);
  const statusWidth = Math.max(...statuses.map((s) => textWidth(s.label)), 8);
  // Narrow status columns, the label wrapped on two lines, so more tasks fit on a printed page.
  const columnWidth = Math.min(Math.max(Math.ceil(statusWidth / 2) + 3, 10), 24);
  for (let k = 0; k < tasks.length; k++) ws.getColumn(4 + k).width = columnWidth;
  model.units.forEach((_, ui) => {
    ws.getRow(headerRow + 1 + ui).height = LINE * Math.max(1, ...rows[ui]!.slice(3).map((v) => linesOf(v, columnWidth)));
  });
  finishSheet(ws, { headerRow, lastRow: last, columns: columns.length, freezeColumns: 3, header: ctx.pageHeader, footer: ctx.pageFooter });
}
