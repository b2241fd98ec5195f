import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

interface FormOptions {
  out?: string;
  units?: string;
  plan?: string;
}

export const registerForm: RegisterCommand = (program: Command, context) => {
  program
    .command('form')
    .description(
      'Ghi trang nhập báo cáo (một tệp HTML chạy không cần mạng) để gửi các đơn vị (write the offline HTML form for the units)',
    )
    .option('--out <file>', 'ghi vào tệp này (mặc định: nhap-bao-cao-<số kế hoạch>.html trong thư mục hiện tại)')
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .action(async (opts: FormOptions) => {
      const ctx = context();
      const [
        path,
        { buildFormPage, formFileName },
        { readFormApp },
        out,
        { writeFileAtomic },
        { submissionSchemaName },
        { formUi },
      ] = await Promise.all([
        import('node:path'),
        import('../../form/build-form-page.js'),
        import('../../io/form-assets.js'),
        import('../../io/init-output.js'),
        import('../../io/atomic-write.js'),
        import('../../core/schemas.js'),
        import('../../i18n/form-ui.js'),
      ]);
      const t = formUi[ctx.lang];
      const [settings, plan] = await Promise.all([ctx.settings(), ctx.plan(opts.plan)]);
      const registry = await ctx.registry(opts.units, opts.plan);
      const planFile = opts.plan !== undefined ? path.resolve(ctx.io.cwd, opts.plan) : settings.planFile;
      // Every month's folder sits at the same depth: the modeline `danvan init` would write in one fits all.
      const monthDir = path.join(settings.submissionsDir ?? ctx.io.cwd, `${plan.data.year}-01`);
      const schemaRef = out.schemaReference(
        monthDir,
        out.findSubmissionSchema({ ...settings, planFile }, submissionSchemaName(plan)),
      );
      const target = path.resolve(ctx.io.cwd, opts.out ?? formFileName(plan));
      const html = buildFormPage({ plan, units: registry.units, schemaRef, appScript: readFormApp() });
      writeFileAtomic(target, html);
      ctx.io.stdout(`${t.wrote(target)}\n${t.sendIt(registry.units.length, plan.data.year)}\n`);
    });
};
