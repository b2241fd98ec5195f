import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';
import type { StartedWorkbook } from '../../render/xlsx/render-workbook.js';

interface ReportOptions {
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

const FORMATS = ['xlsx', 'md'] as const;
type ReportFormat = (typeof FORMATS)[number];
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];

/*
 * The secretariat's monthly, quarterly, half-year and yearly report: validates every submission of
 * the months the report needs (the period, the year to date, the previous period), counts only the
 * valid ones, lists the others, and writes <out>/bao-cao-<period>.md and .xlsx.
 */
export const registerReport: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('report')
    .description('Lập báo cáo tổng hợp Excel và Markdown của một kỳ (write the period report)')
    .argument('[paths...]', 'tệp hoặc thư mục báo cáo của đơn vị (mặc định: thư mục báo cáo trong cấu hình)')
    .requiredOption('--period <period>', 'kỳ báo cáo: 2020-04 (tháng), 2020-Q2 (quý), 2020-H1 (6 tháng), 2020 (năm)')
    .option('--format <formats>', 'xlsx, md hoặc cả hai (mặc định: xlsx,md)', collect)
    .option('--out <dir>', 'thư mục ghi báo cáo (mặc định: "out" trong cấu hình, không có thì reports/)')
    .option('--number <number>', 'số báo cáo, ví dụ 25-BC/BDVQU hoặc 25 (mặc định: để trống cho văn thư điền tay)')
    .option('--date <YYYY-MM-DD>', 'ngày báo cáo (mặc định: ngày hạn nộp báo cáo của tháng cuối kỳ, ví dụ 20/4/2020)')
    .option('--template <file.hbs>', 'mẫu Markdown thay cho mẫu mặc định (dùng được các partial trong cùng thư mục)')
    .option('--xlsx-template <file.yaml>', 'chữ của bảng tính thay cho templates/workbook.yaml (chỉ cần ghi mục muốn đổi)')
    .option('--strict', 'không lập báo cáo nếu có tệp báo cáo không hợp lệ trong kỳ (mã thoát 1)')
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .option('--jobs <n>', 'luồng kiểm tra: auto (theo số tệp và số lõi máy), 0 (chỉ luồng chính) hoặc số luồng phụ', 'auto')
    .action(async (paths: string[], opts: ReportOptions) => {
      const ctx = context();
      // V8 lets its heap grow to several times what is alive before it collects; a city's year makes
      // much short-lived data (each file's full result, sheet rows), and the peak memory would be mostly
      // garbage. Collecting sooner keeps the report well under 1 GiB for a small cost in time.
      (await import('node:v8')).setFlagsFromString('--heap-growing-percent=25');
      const [path, { CliError }, period, { aggregatePeriod }, { collectForReport }, { today }, { pathsForMonth }, { writeFileAtomic }, templates, { reportUi }, vi] = await Promise.all([
        import('node:path'),
        import('../../core/errors.js'),
        import('../../core/period.js'),
        import('../../core/aggregate/aggregate-period.js'),
        import('../../io/report-submissions.js'),
        import('../../io/today.js'),
        import('../../io/month-folder.js'),
        import('../../io/atomic-write.js'),
        import('../../io/report-templates.js'),
        import('../../i18n/report-ui.js'),
        import('../../render/vi-format.js'),
      ]);
      const t = reportUi[ctx.lang];
      const cwd = ctx.io.cwd;
      const threads = (await import('../../io/worker-launcher.js')).parseJobs(opts.jobs);
      if (threads === undefined) throw new CliError(t.badJobs(opts.jobs));

      const p = period.parsePeriod(opts.period);
      if (!p) throw new CliError(t.badPeriod(opts.period));
      const asked = opts.format ?? [];
      for (const f of asked) if (!(FORMATS as readonly string[]).includes(f)) throw new CliError(t.badFormat(f));
      const formats: ReportFormat[] = asked.length > 0 ? FORMATS.filter((f) => asked.includes(f)) : [...FORMATS];
      if (opts.date !== undefined && !isDate(opts.date)) throw new CliError(t.badDate(opts.date));
      if (opts.number !== undefined && /[\r\n]/.test(opts.number)) throw new CliError(t.badNumber(opts.number));

      const settings = await ctx.settings();
      const planFile = opts.plan === undefined ? undefined : path.resolve(cwd, opts.plan);
      const plan = await ctx.plan(planFile);
      if (p.year !== plan.data.year) throw new CliError(t.outsideYear(opts.period, plan.data.year, plan.data.number));
      if (period.dueMonths(p.months, plan.data).length === 0) throw new CliError(t.beforePlan(opts.period, period.firstMonth(plan.data), plan.data.number));
      const day = today(ctx.io.env);
      if ((p.months[0] ?? '') > day.slice(0, 7)) throw new CliError(t.future(opts.period, vi.dateShort(day)));
      const unitsFile = opts.units === undefined ? settings.unitsFile : path.resolve(cwd, opts.units);
      if (unitsFile === undefined) throw new CliError(t.noUnits);
      const registry = await ctx.registry(unitsFile, planFile);

      // Read templates before the submissions: a broken template is found before any slow work.
      const markdownTemplates = formats.includes('md') ? templates.loadMarkdownTemplates(opts.template === undefined ? undefined : path.resolve(cwd, opts.template)) : undefined;
      const wording = formats.includes('xlsx') ? templates.loadWorkbookWording(opts.xlsxTemplate === undefined ? undefined : path.resolve(cwd, opts.xlsxTemplate)) : undefined;

      // Only the months the report needs are read when the folder is laid out by month.
      const needed = [...new Set([...period.previousPeriod(p).months, ...period.yearToDate(p), ...p.months])];
      let inputs = paths;
      const root = settings.submissionsDir;
      if (inputs.length === 0) {
        if (!root) throw new CliError(t.noSubmissions);
        inputs = [...new Set(needed.flatMap((m) => pathsForMonth(root, m)))];
      }
      const exclude = [settings.configFile, settings.planFile, unitsFile].filter((f): f is string => f !== undefined);
      // Files are named relative to the submissions folder ("2020-04/phuong-bach-dang.yaml"), also
      // inside diagnostics that name another file, so the report reads the same wherever it is run from.
      const base = root ?? cwd;
      // The usual name, a plain path under the submissions folder as the walk gives it, is cut with
      // string steps: path.resolve and path.relative for each of 30,000 files take a fifth of a second.
      const under = path.relative(cwd, base).split(path.sep).join('/');
      const prefix = under === '' ? '' : `${under}/`;
      const plainUnder = !under.startsWith('..') && !path.isAbsolute(under);
      const rename = (file: string) => {
        if (plainUnder && file.startsWith(prefix) && !path.isAbsolute(file) && !file.startsWith('.') && !/\/\.|\/\/|\\/.test(file) && file.length > prefix.length) return file.slice(prefix.length);
        const rel = path.relative(base, path.resolve(cwd, file));
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
      };
      // Each file cut down to what the report reads as soon as it is checked: a city's year stays well
      // within memory. The files' results are let go once added up; only the model is rendered.
      // When each file arrived: its first commit, if the submissions folder is in a git repository.
      const { readReceipts, receiptsOff } = await import('../../io/git-receipts.js');
      const receipts = settings.receiptDates === 'submitted' ? receiptsOff : await readReceipts(inputs, cwd, ctx.io.env);
      const model = await (async () => aggregatePeriod({
        plan, registry, period: p, organisation: settings.organisation, receiptRule: receipts.rule,
        results: inputs.length === 0 ? [] : await collectForReport({ paths: inputs, plan, registry, today: day, cwd, exclude, periodMonths: p.months, rename, receipts, threads }),
        ...(opts.number === undefined ? {} : { number: opts.number }),
        ...(opts.date === undefined ? {} : { date: opts.date }),
      }))();

      const excluded = model.quality.excluded;
      if (excluded.length > 0) {
        ctx.io.stderr(`${t.excluded(excluded.length)}\n`);
        for (const f of excluded) {
          const unit = (f.unit !== undefined ? model.units[f.unit]?.name : undefined) ?? f.unitId ?? '?';
          const first = f.diagnostics[0];
          const { diagnosticMessage } = await import('../../i18n/diagnostic-messages.js');
          const why = f.reason === 'duplicate' ? t.duplicate : f.reason === 'unknown-unit' ? t.unknownUnit : t.errors(f.diagnostics.length, first ? `${first.line}:${first.column} ${diagnosticMessage(first, ctx.lang)}` : '');
          ctx.io.stderr(`${t.excludedLine(f.file, unit, f.month ? vi.monthShort(f.month) : '?', why)}\n`);
        }
      }
      if (model.quality.unplaced.length > 0) ctx.io.stderr(`${t.unplaced(model.quality.unplaced.length)}\n`);
      if (opts.strict && excluded.length > 0) {
        ctx.io.stderr(`${t.strict(excluded.length)}\n`);
        setExitCode(1);
        return;
      }

      // Everything is rendered before anything is written: a template error leaves the old reports alone.
      const outputs: [string, string | Uint8Array][] = [];
      const outDir = opts.out !== undefined ? path.resolve(cwd, opts.out) : settings.outDir ?? path.resolve(cwd, 'reports');
      const stem = path.join(outDir, `bao-cao-${p.id}`);
      const { TemplateError } = await import('../../render/markdown/render-markdown.js');
      let workbook: StartedWorkbook | undefined;
      try {
        // The workbook's long data sheet is compressed on another thread while the Markdown is rendered.
        if (wording) workbook = await (await import('../../render/xlsx/render-workbook.js')).startWorkbook(model, wording);
        if (markdownTemplates) {
          const { renderMarkdown } = await import('../../render/markdown/render-markdown.js');
          outputs.push([`${stem}.md`, renderMarkdown(model, markdownTemplates)]);
        }
        if (workbook) outputs.push([`${stem}.xlsx`, await workbook.finish()]);
      } catch (error) {
        await workbook?.cancel();
        if (error instanceof TemplateError) throw new CliError(t.template(shown(error.template), error.message), t.templateHint, { cause: error });
        if (error instanceof RangeError) throw new CliError(t.tooLarge(error.message), t.tooLargeHint, { cause: error });
        throw error;
      }
      for (const [file, data] of outputs) {
        writeFileAtomic(file, data);
        ctx.io.stdout(`${t.wrote(shown(file))}\n`);
      }
      const total = model.submissions.total;
      ctx.io.stdout(`${t.summary(vi.periodLabel(p), total, vi.formatPercent(total.rate))}\n`);
      const lastDeadline = model.submissions.months[model.submissions.months.length - 1]?.deadline;
      if (lastDeadline !== undefined && day < lastDeadline) ctx.io.stdout(`${t.periodOpen(vi.dateShort(lastDeadline))}\n`);

      function shown(file: string): string {
        const rel = path.relative(cwd, file);
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
      }
    });
};

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
