import type { ReportModel } from '../../../core/report-model.js';
import { COUNT, SIGNED_COUNT, SIGNED_PERCENT } from '../sheet-styles.js';
import type { Column } from '../sheet-layout.js';
import type { SheetSpec } from '../writer/sheet-spec.js';
import type { SheetContext } from './context.js';
import { tableSheets } from './table-sheet.js';

type Group = ReportModel['groups'][number];
type Task = Group['tasks'][number];
type IndicatorRow = { g: Group; t: Task; i: Task['indicators'][number] };

/** One row per indicator: the period, year to date, previous period, change and how many units reported. */
export function indicatorsSheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.indicators.columns.${k}`);
  const dash = say('notReported');
  // The previous period has a column when some of it lies inside the plan, and changes only when all of it does.
  const previous = model.comparison.coverage !== 'none';
  const changes = model.comparison.coverage === 'whole';
  const count = { numFmt: COUNT };
  const columns: Column<IndicatorRow>[] = [
    { key: 'group', header: c('group'), value: (r) => r.g.id, maxWidth: 8 },
    { key: 'task', header: c('task'), value: (r) => r.t.id, maxWidth: 8 },
    { key: 'ref', header: c('ref'), value: (r) => r.i.ref, maxWidth: 38 },
    { key: 'label', header: c('label'), value: (r) => r.i.label, style: { wrap: true }, maxWidth: 48 },
    { key: 'measure', header: c('measure'), value: (r) => r.i.measure },
    { key: 'kind', header: c('kind'), value: (r) => say(`kinds.${r.i.kind}`) },
    { key: 'period', header: c('period'), value: (r) => r.i.period.value ?? dash, style: count },
    { key: 'ytd', header: c('ytd'), value: (r) => r.i.ytd.value ?? dash, style: count },
    ...(previous
      ? [
          {
            key: 'previous',
            header: c('previous'),
            value: (r: IndicatorRow) => r.i.previous?.value ?? dash,
            style: count,
          },
        ]
      : []),
    ...(changes
      ? [
          {
            key: 'change',
            header: c('change'),
            value: (r: IndicatorRow) => r.i.change?.absolute ?? dash,
            style: { numFmt: SIGNED_COUNT },
          },
          {
            key: 'changePercent',
            header: c('changePercent'),
            value: (r: IndicatorRow) => r.i.change?.relative ?? dash,
            style: { numFmt: SIGNED_PERCENT },
          },
        ]
      : []),
    { key: 'reported', header: c('reported'), value: (r) => r.i.period.reported, style: count },
    { key: 'expected', header: c('expected'), value: (r) => r.i.period.expected, style: count },
    { key: 'missing', header: c('missing'), value: (r) => r.i.period.missing, style: count },
  ];
  return tableSheets(ctx, {
    key: 'indicators',
    block: { issuer: ctx.issuer, title: say('sheets.indicators.title'), subtitle: say('title') },
    columns,
    rows: model.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators.map((i) => ({ g, t, i })))),
    freezeColumns: 4,
  });
}
