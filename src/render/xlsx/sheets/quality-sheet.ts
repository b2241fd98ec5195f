import type { Diagnostic } from '../../../core/diagnostics.js';
import type { FileFinding } from '../../../core/report-model.js';
import { diagnosticMessage } from '../../../i18n/diagnostic-messages.js';
import { monthShort } from '../../vi-format.js';
import type { Column } from '../sheet-layout.js';
import type { SheetSpec, Value } from '../writer/sheet-spec.js';
import type { SheetContext } from './context.js';
import { tableSheets } from './table-sheet.js';

/** Which file, unit and month a finding is about. */
type Place = Pick<FileFinding, 'file' | 'unit' | 'unitId' | 'month'>;

interface Finding {
  severity: string;
  file?: string | undefined;
  unit: Value;
  month: Value;
  line?: number;
  column?: number;
  code?: string;
  message: string;
  /** The unit's explanation of a warning (`giai_trinh:` under the task). */
  explanation?: string;
}

/** Every finding of the period: errors of excluded files, warnings of counted ones, indicators not reported. */
export function qualitySheets(ctx: SheetContext): SheetSpec[] {
  const { model, say } = ctx;
  const c = (k: string) => say(`sheets.quality.columns.${k}`);
  // Each wording once: a city's year has tens of thousands of findings.
  const severities = new Map<string, string>();
  const sev = (k: string) => severities.get(k) ?? severities.set(k, say(`sheets.quality.severities.${k}`)).get(k)!;
  const columns: Column<Finding>[] = [
    { key: 'severity', header: c('severity'), value: (f) => f.severity, maxWidth: 30 },
    { key: 'file', header: c('file'), value: (f) => f.file ?? null, maxWidth: 45 },
    { key: 'unit', header: c('unit'), value: (f) => f.unit },
    { key: 'month', header: c('month'), value: (f) => f.month, style: { align: 'center' } },
    { key: 'line', header: c('line'), value: (f) => f.line ?? null, style: { align: 'right' } },
    { key: 'column', header: c('column'), value: (f) => f.column ?? null, style: { align: 'right' } },
    { key: 'code', header: c('code'), value: (f) => f.code ?? null, maxWidth: 28 },
    { key: 'message', header: c('message'), value: (f) => f.message, style: { wrap: true }, maxWidth: 80 },
    {
      key: 'explanation',
      header: c('explanation'),
      value: (f) => f.explanation ?? null,
      style: { wrap: true },
      maxWidth: 60,
    },
  ];
  const unit = (f: Place) => (f.unit !== undefined ? model.units[f.unit]?.name : f.unitId) ?? null;
  const month = (f: Place) => (f.month ? monthShort(f.month) : null);
  const finding = (severity: string, f: Place, d: Diagnostic): Finding => ({
    severity: sev(severity),
    file: f.file,
    unit: unit(f),
    month: month(f),
    line: d.line,
    column: d.column,
    code: d.code,
    message: diagnosticMessage(d, 'vi'),
  });
  const rows: Finding[] = [];
  for (const f of model.quality.excluded) {
    if (f.diagnostics.length === 0) {
      const key = f.reason === 'unknown-unit' ? 'unknownUnit' : 'duplicate';
      rows.push({
        severity: sev(key),
        file: f.file,
        unit: unit(f),
        month: month(f),
        message: say(`sheets.quality.${key}`, { unitId: f.unitId ?? '' }),
      });
    }
    for (const d of f.diagnostics) rows.push(finding('error', f, d));
  }
  for (const f of model.quality.warnings) for (const d of f.diagnostics) rows.push(finding('warning', f, d));
  // Warnings the units explained: listed with their words, apart from the warnings still open.
  for (const e of model.quality.explained)
    rows.push({
      ...finding('explained', e, e.diagnostic),
      explanation: e.explanation,
    });
  const labels = new Map(
    model.groups.flatMap((g) =>
      g.tasks.flatMap((t) => t.indicators.map((i) => [i.ref, `${i.label} (${t.id})`] as const)),
    ),
  );
  for (const g of model.quality.gaps) {
    for (const ref of g.refs)
      rows.push({
        severity: sev('gap'),
        unit: model.units[g.unit]?.name ?? null,
        month: null,
        code: ref,
        message: labels.get(ref) ?? ref,
      });
  }
  for (const f of model.quality.unplaced)
    rows.push({
      severity: sev('unplaced'),
      file: f.file,
      unit: unit(f),
      month: null,
      message: say('sheets.quality.unplaced'),
    });
  return tableSheets(ctx, {
    key: 'quality',
    block: { issuer: ctx.issuer, title: say('sheets.quality.title'), subtitle: say('title') },
    columns,
    rows,
  });
}
