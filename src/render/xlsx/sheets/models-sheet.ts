import { COUNT, type Column, type Value } from '../sheet-layout.js';
import { monthShort } from '../../vi-format.js';
import { label, type SheetContext } from './context.js';
import { writeTableSheet } from './table-sheet.js';

/** Every entry of the units' latest lists, and below them the entries that disappeared, marked. */
export async function writeModelsSheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.models.columns.${k}`);
  const v = model.vocab;
  const columns: Column[] = [
    { header: c('number'), numFmt: COUNT },
    { header: c('unit') },
    { header: c('id'), maxWidth: 30 },
    { header: c('name'), wrap: true, maxWidth: 50 },
    { header: c('type') },
    { header: c('field') },
    { header: c('status') },
    { header: c('since'), align: 'center' },
    { header: c('result'), wrap: true, maxWidth: 50 },
    { header: c('month'), align: 'center' },
    { header: c('note'), wrap: true, maxWidth: 40 },
  ];
  const rows: Value[][] = model.models.items.map((i, k) => [
    k + 1,
    model.units[i.unit]?.name,
    i.id,
    i.name,
    label(v.modelTypes, i.type),
    label(v.modelFields, i.field),
    label(v.modelStatuses, i.status),
    i.since ? monthShort(i.since) : null,
    i.result ?? null,
    monthShort(i.month),
    i.isNew ? say('sheets.models.isNew') : null,
  ]);
  const offset = rows.length;
  model.models.disappeared.forEach((d, k) =>
    rows.push([
      offset + k + 1,
      model.units[d.unit]?.name,
      d.id,
      d.name,
      label(v.modelTypes, d.type),
      label(v.modelFields, d.field),
      label(v.modelStatuses, d.status),
      d.since ? monthShort(d.since) : null,
      d.result ?? null,
      monthShort(d.lastSeen),
      say('sheets.models.disappeared', { lastSeen: monthShort(d.lastSeen) }),
    ]),
  );
  await writeTableSheet(ctx, {
    key: 'models',
    block: { issuer: ctx.issuer, title: say('sheets.models.title'), subtitle: say('title') },
    columns,
    rows,
    freezeColumns: 2,
  });
}
