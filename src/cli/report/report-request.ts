import { CliError } from '../../core/errors.js';
import { parsePeriod, type Period } from '../../core/period.js';
import { parseJobs } from '../../io/worker-launcher.js';
import type { reportUi } from '../../i18n/report-ui.js';
import { REPORT_FORMATS, type ReportFormat } from '../../render/report-formats.js';

export interface ReportOptions {
  period: string;
  format?: string[];
  out?: string;
  number?: string;
  date?: string;
  template?: string;
  xlsxTemplate?: string;
  strict?: boolean;
  units?: string;
  plan?: string;
  jobs: string;
}

/** What `danvan report` was asked for, checked before anything is read. */
export interface ReportRequest {
  period: Period;
  formats: ReportFormat[];
  threads: number | 'auto';
  number?: string;
  date?: string;
}

/** The options as a request; a usage error when one is wrong. Pure. */
export function parseReportRequest(opts: ReportOptions, t: (typeof reportUi)['vi']): ReportRequest {
  const period = parsePeriod(opts.period);
  if (!period) throw new CliError(t.badPeriod(opts.period));
  const asked = opts.format ?? [];
  for (const f of asked) if (!(REPORT_FORMATS as readonly string[]).includes(f)) throw new CliError(t.badFormat(f));
  const threads = parseJobs(opts.jobs);
  if (threads === undefined) throw new CliError(t.badJobs(opts.jobs));
  if (opts.date !== undefined && !isDate(opts.date)) throw new CliError(t.badDate(opts.date));
  if (opts.number !== undefined && /[\r\n]/.test(opts.number)) throw new CliError(t.badNumber(opts.number));
  return {
    period,
    threads,
    formats: asked.length > 0 ? REPORT_FORMATS.filter((f) => asked.includes(f)) : [...REPORT_FORMATS],
    ...(opts.number === undefined ? {} : { number: opts.number }),
    ...(opts.date === undefined ? {} : { date: opts.date }),
  };
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
