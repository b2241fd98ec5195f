import { monthShort } from '../../vi-format.js';
import type { Column, Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';
import { writeTableSheet } from './table-sheet.js';

/** Difficulties and proposals, each with its unit and month, full text. */
export async function writeNarrativesSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.narratives.columns.${k}`);
  const columns: Column[] = [
    { header: c('kind') },
    { header: c('unit') },
    { header: c('month'), align: 'center' },
    { header: c('text'), wrap: true, maxWidth: 90 },
  ];
  const rows: Value[][] = [
    ...model.difficulties.map((n): Value[] => [
      say('sheets.narratives.difficulties'),
      model.units[n.unit]?.name,
      monthShort(n.month),
      n.text,
    ]),
    ...model.proposals.map((n): Value[] => [
      say('sheets.narratives.proposals'),
      model.units[n.unit]?.name,
      monthShort(n.month),
      n.text,
    ]),
  ];
  await writeTableSheet(ctx, {
    key: 'narratives',
    block: { issuer: ctx.issuer, title: say('sheets.narratives.title'), subtitle: say('title') },
    columns,
    rows,
  });
}
