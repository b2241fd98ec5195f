import { monthShort } from '../../vi-format.js';
import { finishSheet, fitColumns, writeTable, writeTitle, type Column, type Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';

/** Difficulties and proposals, each with its unit and month, full text. */
export function writeNarrativesSheet(ctx: SheetContext): void {
  const { model, say } = ctx;
  const ws = ctx.wb.addWorksheet(ctx.sheetName('narratives'));
  const c = (k: string) => say(`sheets.narratives.columns.${k}`);
  const columns: Column[] = [{ header: c('kind') }, { header: c('unit') }, { header: c('month'), align: 'center' }, { header: c('text'), wrap: true, maxWidth: 90 }];
  const rows: Value[][] = [
    ...model.difficulties.map((n): Value[] => [say('sheets.narratives.difficulties'), model.units[n.unit]?.name, monthShort(n.month), n.text]),
    ...model.proposals.map((n): Value[] => [say('sheets.narratives.proposals'), model.units[n.unit]?.name, monthShort(n.month), n.text]),
  ];
  const headerRow = writeTitle(ws, { issuer: ctx.issuer, title: say('sheets.narratives.title'), subtitle: say('title') }, columns.length);
  const last = writeTable(ws, headerRow, columns, rows);
  fitColumns(ws, columns, rows, headerRow);
  finishSheet(ws, { headerRow, lastRow: last, columns: columns.length, header: ctx.pageHeader, footer: ctx.pageFooter });
}
