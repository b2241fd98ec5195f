import type { FileFinding } from '../../../core/report-model.js';
import { diagnosticMessage } from '../../../i18n/diagnostic-messages.js';
import { monthShort } from '../../vi-format.js';
import { finishSheet, fitColumns, writeTable, writeTitle, type Column, type Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';

/** Every finding of the period: errors of excluded files, warnings of counted ones, indicators not reported. */
export function writeQualitySheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('quality'));
  const c = (k: string) => say(`sheets.quality.columns.${k}`);
  const sev = (k: string) => say(`sheets.quality.severities.${k}`);
  const columns: Column[] = [
    { header: c('severity'), maxWidth: 30 }, { header: c('file'), maxWidth: 45 }, { header: c('unit') }, { header: c('month'), align: 'center' },
    { header: c('line'), align: 'right' }, { header: c('column'), align: 'right' }, { header: c('code'), maxWidth: 28 }, { header: c('message'), wrap: true, maxWidth: 80 },
  ];
  const unitName = (f: FileFinding) => (f.unit !== undefined ? model.units[f.unit]?.name : f.unitId) ?? null;
  const month = (f: FileFinding) => (f.month ? monthShort(f.month) : null);
  const rows: Value[][] = [];
  for (const f of model.quality.excluded) {
    if (f.diagnostics.length === 0) {
      const key = f.reason === 'unknown-unit' ? 'unknownUnit' : 'duplicate';
      rows.push([sev(key), f.file, unitName(f), month(f), null, null, null, say(`sheets.quality.${key}`, { unitId: f.unitId ?? '' })]);
    }
    for (const d of f.diagnostics) rows.push([sev('error'), f.file, unitName(f), month(f), d.line, d.column, d.code, diagnosticMessage(d, 'vi')]);
  }
  for (const f of model.quality.warnings) {
    for (const d of f.diagnostics) rows.push([sev('warning'), f.file, unitName(f), month(f), d.line, d.column, d.code, diagnosticMessage(d, 'vi')]);
  }
  const labels = new Map(model.groups.flatMap((g) => g.tasks.flatMap((t) => t.indicators.map((i) => [i.ref, `${i.label} (${t.id})`] as const))));
  for (const g of model.quality.gaps) {
    for (const ref of g.refs) rows.push([sev('gap'), null, model.units[g.unit]?.name ?? null, null, null, null, ref, labels.get(ref) ?? ref]);
  }
  for (const f of model.quality.unplaced) rows.push([sev('unplaced'), f.file, unitName(f), null, null, null, null, say('sheets.quality.unplaced')]);
  const headerRow = writeTitle(ws, { issuer: ctx.issuer, title: say('sheets.quality.title'), subtitle: say('title') }, columns.length);
  const last = writeTable(ws, headerRow, columns, rows);
  fitColumns(ws, columns, rows, headerRow);
  finishSheet(ws, { headerRow, lastRow: last, columns: columns.length, header: ctx.pageHeader, footer: ctx.pageFooter });
}
