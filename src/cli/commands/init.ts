import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

interface InitOptions {
  unit?: string;
  notes?: boolean;
  period: string;
  from?: string;
  out?: string;
  force?: boolean;
  units?: string;
  plan?: string;
}

export const registerInit: RegisterCommand = (program: Command, context) => {
  program
    .command('init')
    .description('Tạo tệp báo cáo tháng sẵn để điền cho một đơn vị (write a ready-to-fill monthly submission)')
    .option('--unit <id>', 'mã đơn vị, ví dụ phuong-bach-dang')
    .requiredOption(
      '--period <YYYY-MM>',
      'tháng báo cáo, ví dụ 2020-05 (với --notes: kỳ báo cáo, ví dụ 2020-04, 2020-Q2)',
    )
    .option(
      '--notes',
      'tạo tệp ý kiến của cơ quan tổng hợp (Đánh giá chung, Phương hướng, nhiệm vụ) cho kỳ báo cáo, thay cho báo cáo của đơn vị',
    )
    .option('--from <file>', 'báo cáo một tháng trước: mang sang người báo cáo, mô hình và các số tồn cuối kỳ')
    .option('--out <file>', 'ghi vào tệp này (mặc định: <thư mục báo cáo>/<NĂM-THÁNG>/<mã đơn vị>.yaml)')
    .option('--force', 'ghi đè nếu tệp đã có (nội dung cũ sẽ mất)')
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .action(async (opts: InitOptions) => {
      const ctx = context();
      if (opts.notes) {
        const { initNotes } = await import('./init-notes.js');
        await initNotes(ctx, {
          period: opts.period,
          ...(opts.out === undefined ? {} : { out: opts.out }),
          force: opts.force ?? false,
        });
        return;
      }
      const [
        { existsSync },
        path,
        { CliError },
        { MONTH_PATTERN, dueMonths, firstMonth, previousPeriod, parsePeriod },
        { suggest },
        { readCarryForward },
        { buildInitTemplate },
        { submissionSchemaName },
        { readText },
        out,
        { initUi },
      ] = await Promise.all([
        import('node:fs'),
        import('node:path'),
        import('../../core/errors.js'),
        import('../../core/period.js'),
        import('../../core/suggest.js'),
        import('../../core/carry-forward.js'),
        import('../../core/init-template.js'),
        import('../../core/schemas.js'),
        import('../../io/read-text.js'),
        import('../../io/init-output.js'),
        import('../../i18n/init-ui.js'),
      ]);
      const t = initUi[ctx.lang];
      const cwd = ctx.io.cwd;
      const shown = (file: string) => {
        const rel = path.relative(cwd, file);
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
      };

      if (opts.unit === undefined) throw new CliError(t.noUnit);
      if (!MONTH_PATTERN.test(opts.period)) throw new CliError(t.badPeriod(opts.period));
      const [settings, plan] = await Promise.all([ctx.settings(), ctx.plan(opts.plan)]);
      if (dueMonths([opts.period], plan.data).length === 0)
        throw new CliError(t.outsideYear(opts.period, firstMonth(plan.data), plan.data.year, plan.data.number));
      const registry = await ctx.registry(opts.units, opts.plan);
      const unit = registry.byId.get(opts.unit);
      if (!unit) {
        const guess = suggest(opts.unit, registry.byId.keys());
        throw new CliError(t.unknownUnit(opts.unit), guess ? t.didYouMean(guess) : t.listUnits);
      }

      let carry;
      if (opts.from !== undefined) {
        const fromFile = path.resolve(cwd, opts.from);
        const read = readCarryForward(
          plan,
          readText(fromFile, ctx.lang === 'vi' ? 'báo cáo tháng trước' : 'earlier submission'),
        );
        if (!read.carry)
          throw new CliError(
            t.fromUnreadable(opts.from, read.problem ?? 'not-mapping'),
            t.fromUnreadableHint(opts.from),
          );
        if (read.carry.unit !== undefined && read.carry.unit !== unit.id)
          throw new CliError(t.fromOtherUnit(opts.from, read.carry.unit, unit.id), t.fromOtherUnitHint);
        carry = read.carry;
      }

      const submissionsDir = settings.submissionsDir ?? cwd;
      const target =
        opts.out !== undefined
          ? path.resolve(cwd, opts.out)
          : path.join(submissionsDir, opts.period, `${unit.id}.yaml`);
      const planFile = opts.plan !== undefined ? path.resolve(cwd, opts.plan) : settings.planFile;
      const schemaFile = out.findSubmissionSchema({ ...settings, planFile }, submissionSchemaName(plan));
      const text = buildInitTemplate({
        plan,
        unit,
        period: opts.period,
        schemaRef: out.schemaReference(path.dirname(target), schemaFile),
        ...(carry && { carry }),
      });

      const outcome = out.writeNewFile(target, text, opts.force ?? false);
      if (outcome === 'exists') throw new CliError(t.exists(shown(target)), t.existsHint);
      ctx.io.stdout(`${outcome === 'overwritten' ? t.overwritten(shown(target)) : t.created(shown(target))}\n`);
      if (carry)
        ctx.io.stdout(`${t.carried(carry.period ?? opts.from ?? '', carry.models.length, carry.stocks.size)}\n`);
      else {
        const previous = path.join(submissionsDir, previousPeriod(parsePeriod(opts.period)!).id, `${unit.id}.yaml`);
        if (existsSync(previous)) ctx.io.stdout(`${t.previousExists(shown(previous))}\n`);
      }
      ctx.io.stdout(`${t.next(shown(target))}\n`);
    });
};
