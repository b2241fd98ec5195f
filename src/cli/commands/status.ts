import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

interface StatusOptions {
  period: string;
  format: string;
  failOn?: string[];
  units?: string;
  plan?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];

/*
 * Mid-month the secretariat asks "who has not sent yet?": this reads and validates one month's
 * folder and prints one line per unit. It never loads the report's modules (exceljs, handlebars);
 * a test runs it with those imports forbidden.
 */
export const registerStatus: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('status')
    .description('Đơn vị nào đã gửi báo cáo tháng: đúng hạn, muộn, không hợp lệ, chưa nộp (who has submitted for a month)')
    .argument('[paths...]', 'tệp hoặc thư mục báo cáo (mặc định: thư mục tháng đó trong thư mục báo cáo của cấu hình)')
    .requiredOption('--period <YYYY-MM>', 'tháng, ví dụ 2020-05')
    .option('--format <format>', 'text | json', 'text')
    .option('--fail-on <states>', 'trả mã thoát 1 khi có đơn vị ở tình trạng này: missing, late, invalid (có thể nêu nhiều)', collect)
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .action(async (paths: string[], opts: StatusOptions) => {
      const ctx = context();
      const [path, { CliError }, { MONTH_PATTERN, dueMonths, firstMonth }, summary, { collectSubmissions, shownPath }, { today }, { pathsForMonth }, render, { statusUi }] = await Promise.all([
        import('node:path'),
        import('../../core/errors.js'),
        import('../../core/period.js'),
        import('../../core/status-summary.js'),
        import('../../io/collect-submissions.js'),
        import('../../io/today.js'),
        import('../../io/month-folder.js'),
        import('../../render/status-table.js'),
        import('../../i18n/status-ui.js'),
      ]);
      const t = statusUi[ctx.lang];
      if (!MONTH_PATTERN.test(opts.period)) throw new CliError(t.badPeriod(opts.period));
      if (opts.format !== 'text' && opts.format !== 'json') throw new CliError(t.badFormat(opts.format));
      const failOn = (opts.failOn ?? []).map((v) => {
        const state = summary.submissionStates.find((s) => s === v);
        if (!state || state === 'on-time') throw new CliError(t.badFailOn(v, 'missing, late, invalid'));
        return state;
      });

      const plan = await ctx.plan(opts.plan);
      if (dueMonths([opts.period], plan.data).length === 0) throw new CliError(t.outsideYear(opts.period, firstMonth(plan.data), plan.data.year, plan.data.number));
      const registry = await ctx.registry(opts.units, opts.plan);
      const cwd = ctx.io.cwd;
      let inputs = paths;
      if (inputs.length === 0) {
        const dir = (await ctx.settings()).submissionsDir;
        if (!dir) throw new CliError(t.noSubmissions);
        inputs = pathsForMonth(dir, opts.period);
      }
      const day = today(ctx.io.env);
      const results = await collectSubmissions({ paths: inputs, plan, registry, today: day, cwd });
      const report = summary.summarizeStatus(plan, registry.units, opts.period, results, day);

      if (opts.format === 'json') {
        ctx.io.stdout(render.renderStatusJson(report));
      } else {
        const c = await ctx.color();
        const shown = inputs.map((p) => shownPath(path.resolve(cwd, p), cwd)).map((p) => (/\s/.test(p) ? `"${p}"` : p));
        ctx.io.stdout(render.renderStatusText(report, ctx.lang, {
          paint: { 'on-time': c.green, late: c.yellow, invalid: c.red, missing: c.red },
          ...(shown.length > 0 && { validateCommand: `danvan validate ${shown.join(' ')}` }),
        }));
      }
      setExitCode(summary.statusExitCode(report, failOn));
    });
};
