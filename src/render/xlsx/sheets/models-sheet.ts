import type { ReportModel } from '../../../core/report-model.js';
import { monthShort } from '../../vi-format.js';
import { COUNT } from '../sheet-styles.js';
import type { Column } from '../sheet-layout.js';
import type { SheetSpec } from '../writer/sheet-spec.js';
import { label, type SheetContext } from './context.js';
import { tableSheets } from './table-sheet.js';

type Item = ReportModel['models']['items'][number];
type Gone = ReportModel['models']['disappeared'][number];
/** An entry of a unit's latest list, or one that disappeared from it (with the month it was last seen). */
type ModelRow = { number: number; entry: Item | Gone };

/** Every entry of the units' latest lists, and below them the entries that disappeared, marked. */
export function modelsSheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.models.columns.${k}`);
  const v = model.vocab;
  const columns: Column<ModelRow>[] = [
    { key: 'number', header: c('number'), value: (r) => r.number, style: { numFmt: COUNT } },
    { key: 'unit', header: c('unit'), value: (r) => model.units[r.entry.unit]?.name },
    { key: 'id', header: c('id'), value: (r) => r.entry.id, maxWidth: 30 },
    { key: 'name', header: c('name'), value: (r) => r.entry.name, style: { wrap: true }, maxWidth: 50 },
    { key: 'type', header: c('type'), value: (r) => label(v.modelTypes, r.entry.type) },
    { key: 'field', header: c('field'), value: (r) => label(v.modelFields, r.entry.field) },
    { key: 'status', header: c('status'), value: (r) => label(v.modelStatuses, r.entry.status) },
    {
      key: 'since',
      header: c('since'),
      value: (r) => (r.entry.since ? monthShort(r.entry.since) : null),
      style: { align: 'center' },
    },
    { key: 'result', header: c('result'), value: (r) => r.entry.result ?? null, style: { wrap: true }, maxWidth: 50 },
    {
      key: 'month',
      header: c('month'),
      value: (r) => monthShort('lastSeen' in r.entry ? r.entry.lastSeen : r.entry.month),
      style: { align: 'center' },
    },
    {
      key: 'note',
      header: c('note'),
      value: (r) =>
        'lastSeen' in r.entry
          ? say('sheets.models.disappeared', { lastSeen: monthShort(r.entry.lastSeen) })
          : r.entry.isNew
            ? say('sheets.models.isNew')
            : null,
      style: { wrap: true },
      maxWidth: 40,
    },
  ];
  const items = model.models.items;
  const rows: ModelRow[] = [
    ...items.map((entry, k) => ({ number: k + 1, entry })),
    ...model.models.disappeared.map((entry, k) => ({ number: items.length + k + 1, entry })),
  ];
  return tableSheets(ctx, {
    key: 'models',
    block: { issuer: ctx.issuer, title: say('sheets.models.title'), subtitle: say('title') },
    columns,
    rows,
    freezeColumns: 2,
  });
}
