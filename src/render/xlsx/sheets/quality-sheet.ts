import type { FileFinding } from '../../../core/report-model.js';
import { diagnosticMessage } from '../../../i18n/diagnostic-messages.js';
import { monthShort } from '../../vi-format.js';
import type { Column, Value } from '../sheet-layout.js';
import type { SheetContext } from './context.js';
import { writeTableSheet } from './table-sheet.js';

/** Every finding of the period: errors of excluded files, warnings of counted ones, indicators not reported. */
export async function writeQualitySheet(ctx: SheetContext): Promise<void> {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.quality.columns.${k}`);
  // Each wording once: a city's year has tens of thousands of findings.
  const severities = new Map<string, string>();
  const sev = (k: string) => severities.get(k) ?? severities.set(k, say(`sheets.quality.severities.${k}`)).get(k)!;
  const columns: Column[] = [
    { header: c('severity'), maxWidth: 30 },
    { header: c('file'), maxWidth: 45 },
    { header: c('unit') },
    { header: c('month'), align: 'center' },
    { header: c('line'), align: 'right' },
    { header: c('column'), align: 'right' },
    { header: c('code'), maxWidth: 28 },
    { header: c('message'), wrap: true, maxWidth: 80 },
  ];
  const unitName = (f: FileFinding) => (f.unit !== undefined ? model.units[f.unit]?.name : f.unitId) ?? null;
  const month = (f: FileFinding) => (f.month ? monthShort(f.month) : null);
  const rows: Value[][] = [];
  for (const f of model.quality.excluded) {
    if (f.diagnostics.length === 0) {
      const key = f.reason === 'unknown-unit' ? 'unknownUnit' : 'duplicate';
      rows.push([
        sev(key),
        f.file,
        unitName(f),
        month(f),
        null,
        null,
        null,
        say(`sheets.quality.${key}`, { unitId: f.unitId ?? '' }),
      ]);
    }
    for (const d of f.diagnostics)
      rows.push([sev('error'), f.file, unitName(f), month(f), d.line, d.column, d.code, diagnosticMessage(d, 'vi')]);
  }
  for (const f of model.quality.warnings) {
    for (const d of f.diagnostics)
      rows.push([sev('warning'), f.file, unitName(f), month(f), d.line, d.column, d.code, diagnosticMessage(d, 'vi')]);
  }
  const labels = new Map(
    model.groups.flatMap((g) =>
      g.tasks.flatMap((t) => t.indicators.map((i) => [i.ref, `${i.label} (${t.id})`] as const)),
    ),
  );
  for (const g of model.quality.gaps) {
    for (const ref of g.refs)
      rows.push([sev('gap'), null, model.units[g.unit]?.name ?? null, null, null, null, ref, labels.get(ref) ?? ref]);
  }
  for (const f of model.quality.unplaced)
    rows.push([sev('unplaced'), f.file, unitName(f), null, null, null, null, say('sheets.quality.unplaced')]);
  await writeTableSheet(ctx, {
    key: 'quality',
    block: { issuer: ctx.issuer, title: say('sheets.quality.title'), subtitle: say('title') },
    columns,
    rows,
  });
}
