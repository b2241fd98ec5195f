import type { StatusReport, StatusRow } from '../core/status-summary.js';
import { showsReceipt, type SubmissionState } from '../core/submission-status.js';
import type { Lang } from '../i18n/lang.js';
import { statusUi } from '../i18n/status-ui.js';
import { formatDate } from './format.js';
import { visible } from './visible.js';
import { renderTable } from './text-table.js';

/** Colours for the state cell, e.g. chalk's green/yellow/red; identity when absent (no colour). */
export type StatePaint = Partial<Record<SubmissionState, (text: string) => string>>;

export interface StatusTextOptions {
  paint?: StatePaint;
  /** The command that shows the errors of the invalid files, printed under the table when any. */
  validateCommand?: string;
}

/** 2020-05 → "5/2020" or "May 2020". */
function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (lang === 'en')
    return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, 1)).toLocaleDateString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return `${m}/${y}`;
}

function formatRate(rate: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

function stateCell(row: StatusRow, report: StatusReport, lang: Lang): string {
  const t = statusUi[lang];
  const label = t.states[row.state];
  const received = showsReceipt(row.submitted, row.received) ? t.received(formatDate(row.received, lang)) : undefined;
  switch (row.state) {
    case 'on-time': {
      const details = [row.submitted ? t.sent(formatDate(row.submitted, lang)) : undefined, received]
        .filter((d) => d !== undefined)
        .join(', ');
      return details ? `${label} — ${details}` : label;
    }
    case 'late': {
      const details = [
        row.submitted ? t.sent(formatDate(row.submitted, lang)) : undefined,
        received,
        row.daysLate !== undefined ? t.daysLate(row.daysLate) : undefined,
      ];
      const text = details.filter((d) => d !== undefined).join(', ');
      return text ? `${label} — ${text}` : label;
    }
    case 'invalid':
      return `${label} — ${t.errors(row.errors)}: ${row.files.join(', ')}`;
    case 'missing':
      return report.daysPastDeadline > 0 ? `${label} — ${t.overdue(report.daysPastDeadline)}` : label;
  }
}

/** The terminal table of `danvan status`: heading, one row per unit, the summary lines. */
export function renderStatusText(report: StatusReport, lang: Lang, options: StatusTextOptions = {}): string {
  const t = statusUi[lang];
  const cells = report.rows.map((r) => visible(stateCell(r, report, lang)));
  const table = renderTable(
    [{ title: t.no, align: 'right' }, { title: t.unit }, { title: t.kind }, { title: t.state }],
    report.rows.map((r, i) => [String(i + 1), visible(r.unit.name), visible(r.kindLabel), cells[i] ?? '']),
  );
  // The state is the last column, so colour can be added after the table is laid out: escape codes
  // inside the cells would count as width and shift every column after them.
  const lines = table
    .trimEnd()
    .split('\n')
    .map((line, i) => {
      const row = report.rows[i - 2];
      const cell = cells[i - 2];
      const paint = row ? options.paint?.[row.state] : undefined;
      return paint && cell && line.endsWith(cell) ? line.slice(0, line.length - cell.length) + paint(cell) : line;
    });

  const c = report.counts;
  const out = [
    `${t.heading(formatMonth(report.month, lang), formatDate(report.deadline, lang))} (${t.today(formatDate(report.today, lang), report.daysPastDeadline)})`,
    '',
    ...lines,
    '',
    t.summary(c),
    t.rates(
      c.received,
      c.expected,
      formatRate(report.reportingRate, lang),
      c.onTime,
      formatRate(report.onTimeRate, lang),
    ),
  ];
  const r = report.receipts;
  out.push('', t.receiptRule[r.rule]);
  if (r.uncommitted.length > 0) out.push(t.uncommitted(r.uncommitted.length));
  if (r.differing.length > 0) {
    out.push(
      t.differing,
      ...r.differing.map(
        (d) => `  ${t.differingLine(visible(d.file), formatDate(d.submitted, lang), formatDate(d.received, lang))}`,
      ),
    );
  }
  if (report.strays.length > 0) {
    out.push(
      '',
      t.strays,
      ...report.strays.map((s) => `  ${visible(s.file)}${s.errors > 0 ? ` (${t.errors(s.errors)})` : ''}`),
    );
  }
  if (options.validateCommand && (c.invalid > 0 || report.strays.some((s) => s.errors > 0)))
    out.push('', t.seeErrors(visible(options.validateCommand)));
  return `${out.join('\n')}\n`;
}

/** `danvan status --format json`: a stable shape for scripts (documented in the README). */
export function renderStatusJson(report: StatusReport): string {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const json = {
    period: report.month,
    deadline: report.deadline,
    today: report.today,
    summary: { ...report.counts, reportingRate: round(report.reportingRate), onTimeRate: round(report.onTimeRate) },
    units: report.rows.map((r) => ({
      id: r.unit.id,
      name: r.unit.name,
      kind: r.unit.kind,
      kindLabel: r.kindLabel,
      state: r.state,
      submitted: r.submitted ?? null,
      received: r.received ?? null,
      daysLate: r.daysLate ?? null,
      errors: r.errors,
      warnings: r.warnings,
      files: r.files,
    })),
    strays: report.strays,
    receipts: {
      rule: report.receipts.rule,
      differing: report.receipts.differing.map((d) => ({
        file: d.file,
        unit: d.unit.id,
        submitted: d.submitted,
        received: d.received,
      })),
      uncommitted: report.receipts.uncommitted,
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
