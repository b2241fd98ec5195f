import type { ReportModel } from '../../../core/report-model.js';
import { monthShort } from '../../vi-format.js';
import { type Column, LONG_TEXT } from '../sheet-layout.js';
import type { SheetSpec } from '../writer/sheet-spec.js';
import { label, type SheetContext } from './context.js';
import { tableSheets } from './table-sheet.js';

type Task = ReportModel['groups'][number]['tasks'][number];
type SummaryRow = { task: Task; summary: Task['summaries'][number] };

/** Each unit's latest summary of each task in the period, in full (the Markdown report quotes only a few). */
export function summariesSheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.summaries.columns.${k}`);
  const columns: Column<SummaryRow>[] = [
    { key: 'unit', header: c('unit'), value: (r) => model.units[r.summary.unit]!.name },
    { key: 'month', header: c('month'), value: (r) => monthShort(r.summary.month), style: { align: 'center' } },
    { key: 'task', header: c('task'), value: (r) => r.task.id, maxWidth: 8 },
    { key: 'label', header: c('label'), value: (r) => r.task.label, style: { wrap: true }, maxWidth: 40 },
    {
      key: 'status',
      header: c('status'),
      value: (r) => {
        const status = r.task.unitStatus[r.summary.unit];
        return status ? label(model.vocab.taskStatuses, status) : null;
      },
    },
    {
      key: 'summary',
      header: c('summary'),
      value: (r) => r.summary.text,
      style: { wrap: true },
      maxWidth: 90,
      inlineFrom: LONG_TEXT,
    },
  ];
  // Each task's summaries are in unit order: one pass per task, merged by unit below.
  const byUnit: SummaryRow[][] = model.units.map(() => []);
  for (const g of model.groups)
    for (const task of g.tasks) for (const summary of task.summaries) byUnit[summary.unit]?.push({ task, summary });
  return tableSheets(ctx, {
    key: 'summaries',
    block: { issuer: ctx.issuer, title: say('sheets.summaries.title'), subtitle: say('title') },
    columns,
    rows: byUnit.flat(),
    freezeColumns: 1,
    printTitleOnly: true,
  });
}
