import type { ReportModel } from '../../../core/report-model.js';
import { monthShort } from '../../vi-format.js';
import type { Column } from '../sheet-layout.js';
import type { SheetSpec } from '../writer/sheet-spec.js';
import type { SheetContext } from './context.js';
import { tableSheets } from './table-sheet.js';

type Narrative = { kind: string; entry: ReportModel['difficulties'][number] };

/** Difficulties and proposals, each with its unit and month, full text. */
export function narrativesSheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.narratives.columns.${k}`);
  const columns: Column<Narrative>[] = [
    { key: 'kind', header: c('kind'), value: (n) => n.kind },
    { key: 'unit', header: c('unit'), value: (n) => model.units[n.entry.unit]?.name },
    { key: 'month', header: c('month'), value: (n) => monthShort(n.entry.month), style: { align: 'center' } },
    { key: 'text', header: c('text'), value: (n) => n.entry.text, style: { wrap: true }, maxWidth: 90 },
  ];
  const difficulties = say('sheets.narratives.difficulties');
  const proposals = say('sheets.narratives.proposals');
  return tableSheets(ctx, {
    key: 'narratives',
    block: { issuer: ctx.issuer, title: say('sheets.narratives.title'), subtitle: say('title') },
    columns,
    rows: [
      ...model.difficulties.map((entry) => ({ kind: difficulties, entry })),
      ...model.proposals.map((entry) => ({ kind: proposals, entry })),
    ],
  });
}
