import { monthShort } from '../../vi-format.js';
import { LONG_TEXT, type Column, type Value } from '../sheet-layout.js';
import { label, type SheetContext } from './context.js';
import { writeTableSheet } from './table-sheet.js';

/** Each unit's latest summary of each task in the period, in full (the Markdown report quotes only a few). */
export async function writeSummariesSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.summaries.columns.${k}`);
  const columns: Column[] = [
    { header: c('unit') },
    { header: c('month'), align: 'center' },
    { header: c('task'), maxWidth: 8 },
    { header: c('label'), wrap: true, maxWidth: 40 },
    { header: c('status') },
    { header: c('summary'), wrap: true, maxWidth: 90, inlineFrom: LONG_TEXT },
  ];
  // Each task's summaries are in unit order: one pass per task, merged by unit below.
  const byUnit: Value[][][] = model.units.map(() => []);
  for (const g of model.groups) {
    for (const t of g.tasks) {
      for (const s of t.summaries) {
        const status = t.unitStatus[s.unit];
        byUnit[s.unit]?.push([
          model.units[s.unit]!.name,
          monthShort(s.month),
          t.id,
          t.label,
          status ? label(model.vocab.taskStatuses, status) : null,
          s.text,
        ]);
      }
    }
  }
  await writeTableSheet(ctx, {
    key: 'summaries',
    block: { issuer: ctx.issuer, title: say('sheets.summaries.title'), subtitle: say('title') },
    columns,
    rows: byUnit.flat(),
    freezeColumns: 1,
    printTitleOnly: true,
  });
}
