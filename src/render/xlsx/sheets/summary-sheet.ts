import { SheetRows } from '../sheet-rows.js';
import {
  COUNT,
  FONT,
  PERCENT,
  SIGNED_PERCENT,
  bodyCell,
  finishSheet,
  firstFreeRow,
  measureWidths,
  openSheet,
  rowHeight,
  totalRow,
  writeHeader,
  writeTitle,
  type CellStyle,
  type Column,
  type Value,
} from '../sheet-layout.js';
import type { SheetContext } from './context.js';

const SECTION: CellStyle = { font: { name: FONT, size: 12, bold: true } };

/** The front sheet: submissions by unit kind, the key ratios, models by field. Several small tables, so no filter. */
export async function writeSummarySheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.summary.columns.${k}`);
  const dash = say('notReported');

  const subCols: Column[] = [
    { header: c('kind') },
    { header: c('units'), numFmt: COUNT },
    { header: c('expected'), numFmt: COUNT },
    { header: c('received'), numFmt: COUNT },
    { header: c('onTime'), numFmt: COUNT },
    { header: c('late'), numFmt: COUNT },
    { header: c('invalid'), numFmt: COUNT },
    { header: c('missing'), numFmt: COUNT },
    { header: c('rate'), numFmt: PERCENT },
    { header: c('onTimeRate'), numFmt: PERCENT },
  ];
  const s = model.submissions;
  const block = (name: string, units: number, b: typeof s.total): Value[] => [
    name,
    units,
    b.expected,
    b.received,
    b.onTime,
    b.late,
    b.invalid,
    b.missing,
    b.rate ?? dash,
    b.onTimeRate ?? dash,
  ];
  const subRows = [
    ...s.byKind.map((k) => block(k.label, k.units, k)),
    block(say('total'), model.units.length, s.total),
  ];

  // As on the indicators sheet: a previous period partly before the plan is shown without a change, one wholly before is left out.
  const previous = model.comparison.coverage !== 'none';
  const changes = model.comparison.coverage === 'whole';
  const ratioCols: Column[] = [
    { header: c('ratio'), maxWidth: 45 },
    { header: c('period'), numFmt: PERCENT },
    { header: c('numerator'), numFmt: COUNT },
    { header: c('denominator'), numFmt: COUNT },
    { header: c('ytd'), numFmt: PERCENT },
    ...(previous ? [{ header: c('previous'), numFmt: PERCENT }] : []),
    ...(changes ? [{ header: c('change'), numFmt: SIGNED_PERCENT }] : []),
  ];
  const ratioRows: Value[][] = model.ratios.map((r) => [
    r.label,
    r.period.value ?? dash,
    r.period.numerator,
    r.period.denominator,
    r.ytd.value ?? dash,
    ...(previous ? [r.previous?.value ?? dash] : []),
    ...(changes ? [r.change ?? dash] : []),
  ]);

  const types = model.vocab.modelTypes;
  const modelCols: Column[] = [
    { header: c('field') },
    ...types.flatMap((t): Column[] => [
      { header: `${t.label}: ${c('modelsTotal').toLocaleLowerCase('vi')}`, numFmt: COUNT },
      { header: `${t.label}: ${c('modelsNew').toLocaleLowerCase('vi')}`, numFmt: COUNT },
      { header: `${t.label}: ${c('modelsEffective').toLocaleLowerCase('vi')}`, numFmt: COUNT },
    ]),
  ];
  const modelRows: Value[][] = model.models.byField.map((f) => [
    f.label,
    ...f.byType.flatMap((t) => [t.total, t.new, t.effective]),
  ]);
  modelRows.push([say('total'), ...model.models.byType.flatMap((t) => [t.total, t.new, t.effective])]);

  // Three tables share the columns: each column is as wide as the widest of them needs.
  const tables: { title: string; columns: Column[]; rows: Value[][]; totals: boolean }[] = [
    { title: say('sheets.summary.submissions'), columns: subCols, rows: subRows, totals: true },
    { title: say('sheets.summary.ratios'), columns: ratioCols, rows: ratioRows, totals: false },
    { title: say('sheets.summary.models'), columns: modelCols, rows: modelRows, totals: true },
  ];
  const widths: number[] = [];
  for (const t of tables)
    measureWidths(t.columns, t.rows).forEach((w, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Math.min(w, i === 0 ? 48 : 16));
    });

  const title = { issuer: ctx.issuer, title: say('title'), subtitle: say('subtitle'), note: say('dateLine') };
  const ws = openSheet(ctx, ctx.sheetName('summary'), { widths, headerRow: firstFreeRow(title), plain: true });
  writeTitle(ws, title, 10);
  const out = new SheetRows(ctx.wb, ws, firstFreeRow(title));
  tables.forEach((t, k) => {
    if (k > 0) out.skip();
    out.add([{ value: t.title, style: SECTION }]);
    writeHeader(out, t.columns, widths);
    t.rows.forEach((values, r) => {
      const cells = t.columns.map((col, i) => bodyCell(col, values[i]));
      const last = t.totals && r === t.rows.length - 1;
      out.add(last ? totalRow(cells, t.columns.length) : cells, rowHeight(t.columns, values, widths));
    });
  });
  finishSheet(ws, out);
}
