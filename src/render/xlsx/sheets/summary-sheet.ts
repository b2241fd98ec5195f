import { COUNT, FONT, PERCENT, SIGNED_PERCENT, fitRows, measureWidths, styleTotalRow, writeTable, writeTitle, type Column, type Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';

/** The front sheet: submissions by unit kind, the key ratios, models by field. Several small tables, so no filter. */
export function writeSummarySheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('summary'));
  const c = (k: string) => say(`sheets.summary.columns.${k}`);
  let row = writeTitle(ws, { issuer: ctx.issuer, title: say('title'), subtitle: say('subtitle'), note: say('dateLine') }, 10);
  const section = (text: string) => {
    const cell = ws.getRow(row).getCell(1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: true };
    row += 1;
  };

  section(say('sheets.summary.submissions'));
  const subCols: Column[] = [
    { header: c('kind') }, { header: c('units'), numFmt: COUNT }, { header: c('expected'), numFmt: COUNT }, { header: c('received'), numFmt: COUNT },
    { header: c('onTime'), numFmt: COUNT }, { header: c('late'), numFmt: COUNT }, { header: c('invalid'), numFmt: COUNT }, { header: c('missing'), numFmt: COUNT },
    { header: c('rate'), numFmt: PERCENT }, { header: c('onTimeRate'), numFmt: PERCENT },
  ];
  const s = model.submissions;
  const block = (name: string, units: number, b: typeof s.total): Value[] => [name, units, b.expected, b.received, b.onTime, b.late, b.invalid, b.missing, b.rate ?? say('notReported'), b.onTimeRate ?? say('notReported')];
  const subRows = [...s.byKind.map((k) => block(k.label, k.units, k)), block(say('total'), model.units.length, s.total)];
  const subHeader = row;
  const last = writeTable(ws, row, subCols, subRows);
  styleTotalRow(ws, last, 1, subCols.length);
  row = last + 2;

  section(say('sheets.summary.ratios'));
  const ratioCols: Column[] = [
    { header: c('ratio'), maxWidth: 45 }, { header: c('period'), numFmt: PERCENT }, { header: c('numerator'), numFmt: COUNT }, { header: c('denominator'), numFmt: COUNT },
    { header: c('ytd'), numFmt: PERCENT }, { header: c('previous'), numFmt: PERCENT }, { header: c('change'), numFmt: SIGNED_PERCENT },
  ];
  const ratioRows: Value[][] = model.ratios.map((r) => [
    r.label, r.period.value ?? say('notReported'), r.period.numerator, r.period.denominator,
    r.ytd.value ?? say('notReported'), r.previous.value ?? say('notReported'), r.change ?? say('notReported'),
  ]);
  const ratioHeader = row;
  row = writeTable(ws, row, ratioCols, ratioRows) + 2;

  section(say('sheets.summary.models'));
  const types = model.vocab.modelTypes;
  const modelCols: Column[] = [
    { header: c('field') },
    ...types.flatMap((t): Column[] => [
      { header: `${t.label}: ${c('modelsTotal').toLocaleLowerCase('vi')}`, numFmt: COUNT },
      { header: `${t.label}: ${c('modelsNew').toLocaleLowerCase('vi')}`, numFmt: COUNT },
      { header: `${t.label}: ${c('modelsEffective').toLocaleLowerCase('vi')}`, numFmt: COUNT },
    ]),
  ];
  const modelRows: Value[][] = model.models.byField.map((f) => [f.label, ...f.byType.flatMap((t) => [t.total, t.new, t.effective])]);
  modelRows.push([say('total'), ...model.models.byType.flatMap((t) => [t.total, t.new, t.effective])]);
  const modelHeader = row;
  const lastModels = writeTable(ws, row, modelCols, modelRows);
  styleTotalRow(ws, lastModels, 1, modelCols.length);

  // Three tables share the columns: each column is as wide as the widest of them needs.
  const tables: [number, Column[], Value[][]][] = [[subHeader, subCols, subRows], [ratioHeader, ratioCols, ratioRows], [modelHeader, modelCols, modelRows]];
  const widths: number[] = [];
  for (const [, cols, rows] of tables) measureWidths(cols, rows).forEach((w, i) => { widths[i] = Math.max(widths[i] ?? 0, Math.min(w, i === 0 ? 48 : 16)); });
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  for (const [headerRow, cols, rows] of tables) fitRows(ws, headerRow, cols, rows, widths);
  ws.views = [{ state: 'normal', showGridLines: false }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 } };
  ws.headerFooter = { oddHeader: `&C&"${FONT},Bold"&11${ctx.pageHeader}`, oddFooter: `&C&"${FONT},Regular"&10${ctx.pageFooter}` };
}
