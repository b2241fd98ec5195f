import type { ReportModel } from '../../../core/report-model.js';
import { asTotals, COUNT, FONT, PERCENT, SIGNED_PERCENT } from '../sheet-styles.js';
import { measureWidths, rowHeight } from '../sheet-measure.js';
import { bodyCells, type Column, firstFreeRow, headerRows, sheetFrame, titleBlock, valuesOf } from '../sheet-layout.js';
import type { Area, CellStyle, Row, SheetSpec } from '../writer/sheet-spec.js';
import type { SheetContext } from './context.js';

const SECTION: CellStyle = { font: { name: FONT, size: 12, bold: true } };

/** A small table of the front sheet: its title, columns, rows, and whether the last row is a total. */
interface SmallTable<R> {
  title: string;
  columns: Column<R>[];
  rows: R[];
  totals: boolean;
}

type Submitted = ReportModel['submissions']['total'];

/** The front sheet: submissions by unit kind, the key ratios, models by field. Several small tables, so no filter. */
export function summarySheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.summary.columns.${k}`);
  const dash = say('notReported');
  const count = { numFmt: COUNT };
  const percent = { numFmt: PERCENT };

  type KindRow = { name: string; units: number; b: Submitted };
  const submissions: SmallTable<KindRow> = {
    title: say('sheets.summary.submissions'),
    columns: [
      { key: 'kind', header: c('kind'), value: (r) => r.name },
      { key: 'units', header: c('units'), value: (r) => r.units, style: count },
      { key: 'expected', header: c('expected'), value: (r) => r.b.expected, style: count },
      { key: 'received', header: c('received'), value: (r) => r.b.received, style: count },
      { key: 'onTime', header: c('onTime'), value: (r) => r.b.onTime, style: count },
      { key: 'late', header: c('late'), value: (r) => r.b.late, style: count },
      { key: 'invalid', header: c('invalid'), value: (r) => r.b.invalid, style: count },
      { key: 'missing', header: c('missing'), value: (r) => r.b.missing, style: count },
      { key: 'rate', header: c('rate'), value: (r) => r.b.rate ?? dash, style: percent },
      { key: 'onTimeRate', header: c('onTimeRate'), value: (r) => r.b.onTimeRate ?? dash, style: percent },
    ],
    rows: [
      ...model.submissions.byKind.map((k) => ({ name: k.label, units: k.units, b: k })),
      { name: say('total'), units: model.units.length, b: model.submissions.total },
    ],
    totals: true,
  };

  // As on the indicators sheet: a previous period partly before the plan is shown without a change, one wholly before is left out.
  const previous = model.comparison.coverage !== 'none';
  const changes = model.comparison.coverage === 'whole';
  type Ratio = ReportModel['ratios'][number];
  const ratios: SmallTable<Ratio> = {
    title: say('sheets.summary.ratios'),
    columns: [
      { key: 'ratio', header: c('ratio'), value: (r) => r.label, maxWidth: 45 },
      { key: 'period', header: c('period'), value: (r) => r.period.value ?? dash, style: percent },
      { key: 'numerator', header: c('numerator'), value: (r) => r.period.numerator, style: count },
      { key: 'denominator', header: c('denominator'), value: (r) => r.period.denominator, style: count },
      { key: 'ytd', header: c('ytd'), value: (r) => r.ytd.value ?? dash, style: percent },
      ...(previous
        ? [{ key: 'previous', header: c('previous'), value: (r: Ratio) => r.previous?.value ?? dash, style: percent }]
        : []),
      ...(changes
        ? [
            {
              key: 'change',
              header: c('change'),
              value: (r: Ratio) => r.change ?? dash,
              style: { numFmt: SIGNED_PERCENT },
            },
          ]
        : []),
    ],
    rows: model.ratios,
    totals: false,
  };

  type Figures = { total: number; new: number; effective: number };
  type FieldRow = { label: string; byType: readonly Figures[] };
  const fields: SmallTable<FieldRow> = {
    title: say('sheets.summary.models'),
    columns: [
      { key: 'field', header: c('field'), value: (f) => f.label },
      ...model.vocab.modelTypes.flatMap((t, k): Column<FieldRow>[] =>
        (['total', 'new', 'effective'] as const).map((figure) => ({
          key: `${t.id}.${figure}`,
          header: `${t.label}: ${c(figure === 'total' ? 'modelsTotal' : figure === 'new' ? 'modelsNew' : 'modelsEffective').toLocaleLowerCase('vi')}`,
          value: (f) => f.byType[k]?.[figure],
          style: count,
        })),
      ),
    ],
    rows: [
      ...model.models.byField.map((f) => ({ label: f.label, byType: f.byType })),
      { label: say('total'), byType: model.models.byType },
    ],
    totals: true,
  };

  // Three tables share the columns: each column is as wide as the widest of them needs.
  const tables = [submissions, ratios, fields] as SmallTable<unknown>[];
  const widths: number[] = [];
  for (const t of tables)
    measureWidths(
      t.columns,
      t.rows.map((r) => valuesOf(t.columns, r)),
    ).forEach((w, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Math.min(w, i === 0 ? 48 : 16));
    });

  const block = { issuer: ctx.issuer, title: say('title'), subtitle: say('subtitle'), note: say('dateLine') };
  const title = titleBlock(block, 10);
  const rows: Row[] = [...title.rows];
  const merges: Area[] = [...title.merges];
  let at = firstFreeRow(block);
  tables.forEach((t, k) => {
    if (k > 0) at++;
    rows.push({ at: at++, cells: [{ value: t.title, style: SECTION }] });
    const header = headerRows(t.columns, widths, at);
    rows.push(...header.rows);
    at += header.rows.length;
    t.rows.forEach((r, n) => {
      const values = valuesOf(t.columns, r);
      const cells = bodyCells(t.columns, r, values);
      const height = rowHeight(t.columns, values, widths);
      rows.push({
        at: at++,
        cells: t.totals && n === t.rows.length - 1 ? asTotals(cells) : cells,
        ...(height ? { height } : {}),
      });
    });
  });
  return [
    {
      ...sheetFrame(ctx, { name: ctx.sheetName('summary'), widths, headerRow: firstFreeRow(block), plain: true }),
      rows,
      merges,
    },
  ];
}
