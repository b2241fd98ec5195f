import { resolve } from 'node:path';
import { CliError } from '../../core/errors.js';
import { MONTH_PATTERN, dueMonths, firstMonth } from '../../core/period.js';
import { statusExitCode, submissionStates, summarizeStatus } from '../../core/status-summary.js';
import type { SubmissionState } from '../../core/submission-status.js';
import type { Lang } from '../../i18n/lang.js';
import { statusUi } from '../../i18n/status-ui.js';
import { collectSubmissions, shownPath } from '../../io/collect-submissions.js';
import { readReceipts, receiptsOff, withReceipts } from '../../io/git-receipts.js';
import { pathsForMonth } from '../../io/month-folder.js';
import { today } from '../../io/today.js';
import { renderStatusJson, renderStatusText } from '../../render/status-table.js';
import type { Context } from '../context.js';

export interface StatusOptions {
  period: string;
  format: string;
  failOn?: string[];
  units?: string;
  plan?: string;
}

/** What `danvan status` was asked, checked: every usage error is found here, before any file is read. */
export interface StatusRequest {
  month: string;
  format: 'text' | 'json';
  failOn: SubmissionState[];
  paths: string[];
  units?: string;
  plan?: string;
}

export function parseStatusRequest(paths: readonly string[], opts: StatusOptions, lang: Lang): StatusRequest {
  const t = statusUi[lang];
  if (!MONTH_PATTERN.test(opts.period)) throw new CliError(t.badPeriod(opts.period));
  if (opts.format !== 'text' && opts.format !== 'json') throw new CliError(t.badFormat(opts.format));
  const failOn = (opts.failOn ?? []).map((v) => {
    const state = submissionStates.find((s) => s === v);
    if (!state || state === 'on-time') throw new CliError(t.badFailOn(v, 'missing, late, invalid'));
    return state;
  });
  return {
    month: opts.period,
    format: opts.format,
    failOn,
    paths: [...paths],
    ...(opts.units === undefined ? {} : { units: opts.units }),
    ...(opts.plan === undefined ? {} : { plan: opts.plan }),
  };
}

/**
 * Reads and validates one month's files, finds when each arrived (git), and prints one line per unit.
 * Returns the exit code: 1 when a unit is in a state named by --fail-on.
 */
export async function runStatus(ctx: Context, request: StatusRequest): Promise<number> {
  const t = statusUi[ctx.lang];
  const plan = await ctx.plan(request.plan);
  if (dueMonths([request.month], plan.data).length === 0)
    throw new CliError(t.outsideYear(request.month, firstMonth(plan.data), plan.data.year, plan.data.number));
  const registry = await ctx.registry(request.units, request.plan);
  const settings = await ctx.settings();
  const cwd = ctx.io.cwd;
  let inputs = request.paths;
  if (inputs.length === 0) {
    if (!settings.submissionsDir) throw new CliError(t.noSubmissions);
    inputs = pathsForMonth(settings.submissionsDir, request.month);
  }
  const day = today(ctx.io.env);
  const [results, receipts] = await Promise.all([
    collectSubmissions({ paths: inputs, plan, registry, today: day, cwd }),
    settings.receiptDates === 'submitted' ? receiptsOff : readReceipts(inputs, cwd, ctx.io.env),
  ]);
  const report = summarizeStatus(
    plan,
    registry.units,
    request.month,
    withReceipts(results, receipts),
    day,
    receipts.rule,
  );

  if (request.format === 'json') {
    ctx.io.stdout(renderStatusJson(report));
  } else {
    const c = await ctx.color();
    const shown = inputs.map((p) => shownPath(resolve(cwd, p), cwd)).map((p) => (/\s/.test(p) ? `"${p}"` : p));
    ctx.io.stdout(
      renderStatusText(report, ctx.lang, {
        paint: { 'on-time': c.green, late: c.yellow, invalid: c.red, missing: c.red },
        ...(shown.length > 0 && { validateCommand: `danvan validate ${shown.join(' ')}` }),
      }),
    );
  }
  return statusExitCode(report, request.failOn);
}
