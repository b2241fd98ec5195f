import { dirname, join, resolve } from 'node:path';
import { readCarryForward } from '../../core/carry-forward.js';
import { dueMonths, firstMonth, MONTH_PATTERN, parsePeriod, previousPeriod } from '../../core/period.js';
import { submissionSchemaName } from '../../core/schemas.js';
import { suggest } from '../../core/suggest.js';
import { buildInitTemplate } from '../../core/init-template.js';
import { initUi, type InitProblem } from '../../i18n/init-ui.js';
import type { Lang } from '../../i18n/lang.js';
import { fileExists, findSubmissionSchema, schemaReference, writeNewFile } from '../../io/init-output.js';
import { readText } from '../../io/read-text.js';
import type { Context } from '../context.js';
import { shownFile } from '../shown-file.js';
import { initError } from './init-error.js';
import { initNotes } from './init-notes.js';

export interface InitOptions {
  unit?: string;
  notes?: boolean;
  period: string;
  from?: string;
  out?: string;
  force?: boolean;
  units?: string;
  plan?: string;
}

/** What `danvan init` was asked: the secretariat's notes for a period, or a unit's submission for a month. */
export type InitRequest =
  | { kind: 'notes'; period: string; out?: string; force: boolean }
  | {
      kind: 'submission';
      unit: string;
      month: string;
      force: boolean;
      from?: string;
      out?: string;
      units?: string;
      plan?: string;
    };

/** The options as a request, checked before any file is read; a usage error when one is wrong. Pure. */
export function parseInitRequest(opts: InitOptions, lang: Lang): InitRequest {
  const force = opts.force ?? false;
  const out = opts.out === undefined ? {} : { out: opts.out };
  // The notes' period is checked by initNotes, against every kind of period a report can have.
  if (opts.notes) return { kind: 'notes', period: opts.period, force, ...out };
  if (opts.unit === undefined) throw initError({ code: 'no-unit' }, lang);
  if (!MONTH_PATTERN.test(opts.period)) throw initError({ code: 'bad-period', period: opts.period }, lang);
  return {
    kind: 'submission',
    unit: opts.unit,
    month: opts.period,
    force,
    ...out,
    ...(opts.from === undefined ? {} : { from: opts.from }),
    ...(opts.units === undefined ? {} : { units: opts.units }),
    ...(opts.plan === undefined ? {} : { plan: opts.plan }),
  };
}

/**
 * `danvan init`: the unit and the month checked against the plan and the registry, what --from carries
 * forward read, the template written without replacing a file (unless --force), the next steps printed.
 */
export async function runInit(ctx: Context, request: InitRequest): Promise<void> {
  if (request.kind === 'notes') return initNotes(ctx, request);
  const t = initUi[ctx.lang];
  const fail = (problem: InitProblem) => initError(problem, ctx.lang);
  const cwd = ctx.io.cwd;
  const shown = (file: string) => shownFile(cwd, file);
  const { month } = request;

  const [settings, plan] = await Promise.all([ctx.settings(), ctx.plan(request.plan)]);
  if (dueMonths([month], plan.data).length === 0)
    throw fail({
      code: 'outside-year',
      period: month,
      first: firstMonth(plan.data),
      year: plan.data.year,
      plan: plan.data.number,
    });
  const registry = await ctx.registry(request.units, request.plan);
  const unit = registry.byId.get(request.unit);
  if (!unit) {
    const guess = suggest(request.unit, registry.byId.keys());
    throw fail({ code: 'unknown-unit', unit: request.unit, ...(guess ? { suggestion: guess } : {}) });
  }

  let carry;
  if (request.from !== undefined) {
    const read = readCarryForward(plan, readText(resolve(cwd, request.from), t.fromLabel));
    if (!read.carry)
      throw fail({ code: 'from-unreadable', file: request.from, problem: read.problem ?? 'not-mapping' });
    if (read.carry.unit !== undefined && read.carry.unit !== unit.id)
      throw fail({ code: 'from-other-unit', file: request.from, other: read.carry.unit, unit: unit.id });
    carry = read.carry;
  }

  const submissionsDir = settings.submissionsDir ?? cwd;
  const target = request.out !== undefined ? resolve(cwd, request.out) : join(submissionsDir, month, `${unit.id}.yaml`);
  const planFile = request.plan !== undefined ? resolve(cwd, request.plan) : settings.planFile;
  const schemaFile = findSubmissionSchema({ ...settings, planFile }, submissionSchemaName(plan));
  const text = buildInitTemplate({
    plan,
    unit,
    period: month,
    schemaRef: schemaReference(dirname(target), schemaFile),
    ...(carry && { carry }),
  });

  const outcome = writeNewFile(target, text, request.force);
  if (outcome === 'exists') throw fail({ code: 'exists', file: shown(target) });
  ctx.io.stdout(`${outcome === 'overwritten' ? t.overwritten(shown(target)) : t.created(shown(target))}\n`);
  if (carry)
    ctx.io.stdout(`${t.carried(carry.period ?? request.from ?? '', carry.models.length, carry.stocks.size)}\n`);
  else {
    const previous = join(submissionsDir, previousPeriod(parsePeriod(month)!).id, `${unit.id}.yaml`);
    if (fileExists(previous)) ctx.io.stdout(`${t.previousExists(shown(previous))}\n`);
  }
  ctx.io.stdout(`${t.next(shown(target))}\n`);
}
