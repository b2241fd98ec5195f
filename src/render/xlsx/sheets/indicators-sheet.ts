import { COUNT, SIGNED_COUNT, SIGNED_PERCENT, type Column, type Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';
import { writeTableSheet } from './table-sheet.js';

/** One row per indicator: the period, year to date, previous period, change and how many units reported. */
export async function writeIndicatorsSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.indicators.columns.${k}`);
  // The previous period has a column when some of it lies inside the plan, and changes only when all of it does.
  const previous = model.comparison.coverage !== 'none';
  const changes = model.comparison.coverage === 'whole';
  const columns: Column[] = [
    { header: c('group'), maxWidth: 8 },
    { header: c('task'), maxWidth: 8 },
    { header: c('ref'), maxWidth: 38 },
    { header: c('label'), wrap: true, maxWidth: 48 },
    { header: c('measure') },
    { header: c('kind') },
    { header: c('period'), numFmt: COUNT },
    { header: c('ytd'), numFmt: COUNT },
    ...(previous ? [{ header: c('previous'), numFmt: COUNT }] : []),
    ...(changes
      ? [
          { header: c('change'), numFmt: SIGNED_COUNT },
          { header: c('changePercent'), numFmt: SIGNED_PERCENT },
        ]
      : []),
    { header: c('reported'), numFmt: COUNT },
    { header: c('expected'), numFmt: COUNT },
    { header: c('missing'), numFmt: COUNT },
  ];
  const dash = say('notReported');
  const rows: Value[][] = model.groups.flatMap((g) =>
    g.tasks.flatMap((t) =>
      t.indicators.map((i): Value[] => [
        g.id,
        t.id,
        i.ref,
        i.label,
        i.measure,
        say(`kinds.${i.kind}`),
        i.period.value ?? dash,
        i.ytd.value ?? dash,
        ...(previous ? [i.previous?.value ?? dash] : []),
        ...(changes ? [i.change?.absolute ?? dash, i.change?.relative ?? dash] : []),
        i.period.reported,
        i.period.expected,
        i.period.missing,
      ]),
    ),
  );
  await writeTableSheet(ctx, {
    key: 'indicators',
    block: { issuer: ctx.issuer, title: say('sheets.indicators.title'), subtitle: say('title') },
    columns,
    rows,
    freezeColumns: 4,
  });
}
