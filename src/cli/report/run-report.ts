import { relative, resolve, isAbsolute, join, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { aggregatePeriod } from '../../core/aggregate/aggregate-period.js';
import { ReportTally } from '../../core/aggregate/tally.js';
import { CliError } from '../../core/errors.js';
import { checkNotes } from '../../core/notes/check-notes.js';
import { notesSchema, type Notes } from '../../core/notes/notes-schema.js';
import { dueMonths, firstMonth, previousPeriod, yearToDate } from '../../core/period.js';
import { compileValidator } from '../../core/precompiled/validators.js';
import type { ReportModel } from '../../core/report-model.js';
import { diagnosticMessage } from '../../i18n/diagnostic-messages.js';
import { reportUi } from '../../i18n/report-ui.js';
import { writeFilesInTurn } from '../../io/atomic-write.js';
import { dataRowsThread } from '../../io/data-rows-thread.js';
import { readReceipts, receiptsOff } from '../../io/git-receipts.js';
import { pathsForMonth } from '../../io/month-folder.js';
import { readNotesFile } from '../../io/notes-file.js';
import { collectForReport } from '../../io/report-submissions.js';
import { loadMarkdownTemplates, loadWorkbookWording } from '../../io/report-templates.js';
import { today } from '../../io/today.js';
import { renderDiagnosticLines } from '../../render/diagnostic-line.js';
import { renderMarkdown, TemplateError } from '../../render/markdown/render-markdown.js';
import { REPORT_RENDERERS, type RenderInput } from '../../render/report-formats.js';
import { dateShort, formatPercent, monthShort, periodLabel } from '../../render/vi-format.js';
import type { Context } from '../context.js';
import { parseReportRequest, type ReportOptions, type ReportRequest } from './report-request.js';

/*
 * `danvan report`, top to bottom: the request, the inputs (plan, registry, templates, the notes),
 * the model, the outputs rendered through the format table, then written, then the summary.
 * Returns the exit code.
 */
export async function runReport(ctx: Context, paths: string[], opts: ReportOptions): Promise<number> {
  // V8 lets its heap grow to several times what is alive before it collects; a city's year makes
  // much short-lived data (each file's full result, sheet rows), and the peak memory would be mostly
  // garbage. Collecting sooner keeps the report well under 1 GiB for a small cost in time.
  setFlagsFromString('--heap-growing-percent=25');
  const t = reportUi[ctx.lang];
  const cwd = ctx.io.cwd;
  const shown = (file: string) => {
    const rel = relative(cwd, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  };
  const request = parseReportRequest(opts, t);
  const p = request.period;

  const settings = await ctx.settings();
  const planFile = opts.plan === undefined ? undefined : resolve(cwd, opts.plan);
  const plan = await ctx.plan(planFile);
  if (p.year !== plan.data.year) throw new CliError(t.outsideYear(opts.period, plan.data.year, plan.data.number));
  if (dueMonths(p.months, plan.data).length === 0)
    throw new CliError(t.beforePlan(opts.period, firstMonth(plan.data), plan.data.number));
  const day = today(ctx.io.env);
  if ((p.months[0] ?? '') > day.slice(0, 7)) throw new CliError(t.future(opts.period, dateShort(day)));
  const unitsFile = opts.units === undefined ? settings.unitsFile : resolve(cwd, opts.units);
  if (unitsFile === undefined) throw new CliError(t.noUnits);
  const registry = await ctx.registry(unitsFile, planFile);

  // Templates and notes are read before the submissions: a broken one is found before any slow work.
  const entries = request.formats.map((f) => [f, REPORT_RENDERERS[f]] as const);
  const templates = entries.some(([, e]) => e.markdown)
    ? loadMarkdownTemplates(opts.template === undefined ? undefined : resolve(cwd, opts.template))
    : undefined;
  const wording = entries.some(([, e]) => e.wording)
    ? loadWorkbookWording(opts.xlsxTemplate === undefined ? undefined : resolve(cwd, opts.xlsxTemplate))
    : undefined;
  const source = readNotesFile(settings.notesDir, p.id);
  let notes: Notes | undefined;
  if (!('missing' in source)) {
    const checked = checkNotes(source.text, shown(source.file), p.id, compileValidator(notesSchema));
    if (!checked.notes) {
      ctx.io.stderr(
        `${t.notesBroken(shown(source.file), checked.diagnostics.length)}\n${renderDiagnosticLines(checked.diagnostics, ctx.lang)}`,
      );
      return 1;
    }
    notes = checked.notes;
  }

  const model = await buildModel(ctx, { paths, request, notes, settings, plan, registry, unitsFile, day });
  reportExcluded(ctx, model, t);
  if (opts.strict && model.quality.excluded.length > 0) {
    ctx.io.stderr(`${t.strict(model.quality.excluded.length)}\n`);
    return 1;
  }

  // Each output is rendered in its turn straight into its temporary file, chunk by chunk: a large
  // set's outputs are never in memory whole. Nothing is put in place unless every one was made, so
  // a template error leaves the old reports alone; all of them or none, the files found in the folder
  // always come from one run.
  const outDir = opts.out !== undefined ? resolve(cwd, opts.out) : (settings.outDir ?? resolve(cwd, 'reports'));
  const outputs = entries.map(([f]) => join(outDir, `bao-cao-${p.id}.${f}`));
  try {
    const input: RenderInput = {
      model,
      ...(templates ? { markdown: renderMarkdown(model, templates) } : {}),
      ...(wording ? { wording, deflateRows: dataRowsThread(request.threads) } : {}),
    };
    await writeFilesInTurn(
      entries.map(([, e], i) => ({ file: outputs[i]!, write: async (sink) => (await e.load())(input, sink) })),
      { tempPrefix: 'bao-cao-' },
    );
  } catch (error) {
    if (error instanceof TemplateError)
      throw new CliError(t.template(shown(error.template), error.message), t.templateHint, { cause: error });
    if (error instanceof RangeError) throw new CliError(t.tooLarge(error.message), t.tooLargeHint, { cause: error });
    throw error;
  }
  for (const file of outputs) ctx.io.stdout(`${t.wrote(shown(file))}\n`);

  const total = model.submissions.total;
  ctx.io.stdout(`${t.summary(periodLabel(p), total, formatPercent(total.rate))}\n`);
  if (!notes && templates) ctx.io.stdout(`${t.notesMissing(shown(source.file), p.id)}\n`);
  const lastDeadline = model.submissions.months[model.submissions.months.length - 1]?.deadline;
  if (lastDeadline !== undefined && day < lastDeadline) ctx.io.stdout(`${t.periodOpen(dateShort(lastDeadline))}\n`);
  return 0;
}

interface ModelInputs {
  paths: string[];
  request: ReportRequest;
  notes: Notes | undefined;
  settings: Awaited<ReturnType<Context['settings']>>;
  plan: Awaited<ReturnType<Context['plan']>>;
  registry: Awaited<ReturnType<Context['registry']>>;
  unitsFile: string;
  day: string;
}

/** Reads the submissions the report needs and adds them up; the number and date: flags, then the notes. */
async function buildModel(ctx: Context, m: ModelInputs): Promise<ReportModel> {
  const t = reportUi[ctx.lang];
  const cwd = ctx.io.cwd;
  const p = m.request.period;
  // Only the months the report needs are read when the folder is laid out by month.
  const needed = [...new Set([...previousPeriod(p).months, ...yearToDate(p), ...p.months])];
  let inputs = m.paths;
  const root = m.settings.submissionsDir;
  if (inputs.length === 0) {
    if (!root) throw new CliError(t.noSubmissions);
    inputs = [...new Set(needed.flatMap((month) => pathsForMonth(root, month)))];
  }
  const exclude = [m.settings.configFile, m.settings.planFile, m.unitsFile].filter((f): f is string => f !== undefined);
  const rename = submissionNamer(cwd, root ?? cwd);
  // When each file arrived: its first commit, if the submissions folder is in a git repository.
  const receipts = m.settings.receiptDates === 'submitted' ? receiptsOff : await readReceipts(inputs, cwd, ctx.io.env);
  const number = m.request.number ?? m.notes?.number;
  const date = m.request.date ?? m.notes?.date;
  // Each file's data is added up as soon as it is checked and then let go: the report holds what
  // grows with units and indicators, not every file it reads.
  const tally = new ReportTally(m.plan, m.registry, p);
  const results =
    inputs.length === 0
      ? []
      : await collectForReport({
          paths: inputs,
          plan: m.plan,
          registry: m.registry,
          today: m.day,
          cwd,
          exclude,
          tally,
          rename,
          receipts,
          threads: m.request.threads,
        });
  const model = aggregatePeriod({
    plan: m.plan,
    registry: m.registry,
    period: p,
    organisation: m.settings.organisation,
    receiptRule: receipts.rule,
    results,
    tally,
    ...(number === undefined ? {} : { number }),
    ...(date === undefined ? {} : { date }),
  });
  // Set in place: a copy of the model would read its long table.
  if (m.notes) model.document.notes = m.notes;
  return model;
}

/**
 * Files are named relative to the submissions folder ("2020-04/phuong-bach-dang.yaml"), also inside
 * diagnostics that name another file, so the report reads the same wherever it is run from. The
 * usual name, a plain path under the folder as the walk gives it, is cut with string steps:
 * path.resolve and path.relative for each of 30,000 files take a fifth of a second.
 */
function submissionNamer(cwd: string, base: string): (file: string) => string {
  const under = relative(cwd, base).split(sep).join('/');
  const prefix = under === '' ? '' : `${under}/`;
  const plainUnder = !under.startsWith('..') && !isAbsolute(under);
  return (file) => {
    if (
      plainUnder &&
      file.startsWith(prefix) &&
      !isAbsolute(file) &&
      !file.startsWith('.') &&
      !/\/\.|\/\/|\\/.test(file) &&
      file.length > prefix.length
    )
      return file.slice(prefix.length);
    const rel = relative(base, resolve(cwd, file));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
  };
}

/** The files left out of the figures, each with why, on stderr. */
function reportExcluded(ctx: Context, model: ReportModel, t: (typeof reportUi)['vi']): void {
  const excluded = model.quality.excluded;
  if (excluded.length > 0) {
    ctx.io.stderr(`${t.excluded(excluded.length)}\n`);
    for (const f of excluded) {
      const unit = (f.unit !== undefined ? model.units[f.unit]?.name : undefined) ?? f.unitId ?? '?';
      const first = f.diagnostics[0];
      const why =
        f.reason === 'duplicate'
          ? t.duplicate
          : f.reason === 'unknown-unit'
            ? t.unknownUnit
            : t.errors(
                f.diagnostics.length,
                first ? `${first.line}:${first.column} ${diagnosticMessage(first, ctx.lang)}` : '',
              );
      ctx.io.stderr(`${t.excludedLine(f.file, unit, f.month ? monthShort(f.month) : '?', why)}\n`);
    }
  }
  if (model.quality.unplaced.length > 0) ctx.io.stderr(`${t.unplaced(model.quality.unplaced.length)}\n`);
}
