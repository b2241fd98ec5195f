import { Option, type Command } from 'commander';
import type { PlanModel } from '../../core/plan.js';
import type { Registry } from '../../core/units.js';
import type { ValidationCache } from '../../io/validation-cache.js';
import type { RegisterCommand } from './index.js';

// The format names are repeated here rather than imported so that registering the command loads no
// renderer; a test checks this list against the formatters' table.
export const FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;

type ValidateOptions = {
  format: string[];
  failOn: 'error' | 'warning';
  units?: string;
  plan?: string;
  cache?: boolean;
  cacheLocation?: string;
  jobs: string;
} & { [K in `output${Capitalize<(typeof FORMATS)[number]>}`]?: string };

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
const optionKey = (format: string) => `output${format.charAt(0).toUpperCase()}${format.slice(1)}` as keyof ValidateOptions;

/*
 * A unit runs this on its own file before sending it; the secretariat and CI run it on the whole
 * submissions folder. Everything found is data (exit 1); a bad option or unreadable path is usage (exit 2).
 */
export const registerValidate: RegisterCommand = (program: Command, context, setExitCode) => {
  const command = program
    .command('validate')
    .description('Kiểm tra tệp báo cáo của các đơn vị: báo từng lỗi tại dòng, cột kèm cách sửa (validate submissions)')
    .argument('[paths...]', 'tệp hoặc thư mục cần kiểm tra (mặc định: thư mục báo cáo trong cấu hình)')
    .option('--format <format>', `dạng kết quả: ${FORMATS.join(' | ')}; có thể nêu nhiều (mặc định: stylish)`, collect, [])
    .addOption(new Option('--fail-on <level>', 'trả mã thoát 1 khi có: error (lỗi) hoặc warning (cả cảnh báo)').choices(['error', 'warning']).default('error'))
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .option('--cache', 'chỉ kiểm tra lại các tệp đã thay đổi từ lần trước; kết quả lưu trong tệp .danvan-cache (xóa lúc nào cũng được)')
    .option('--cache-location <file>', 'tệp (hoặc thư mục) lưu kết quả cho --cache, mặc định .danvan-cache trong thư mục đang làm việc; nêu tùy chọn này là dùng --cache');
  command.option('--jobs <n>', 'luồng kiểm tra: auto (theo số tệp và số lõi máy), 0 (chỉ luồng chính) hoặc số luồng phụ', 'auto');
  for (const f of FORMATS) command.option(`--output-${f} <file>`, `ghi kết quả dạng ${f} vào tệp này thay vì màn hình`);

  command.action(async (paths: string[], opts: ValidateOptions) => {
    const ctx = context();
    const [path, { CliError }, { collectSubmissionsWithSources }, { today }, { writeFileAtomic }, { packageVersion }, summary, formats, { validateUi }, { parseJobs }] = await Promise.all([
      import('node:path'),
      import('../../core/errors.js'),
      import('../../io/collect-submissions.js'),
      import('../../io/today.js'),
      import('../../io/atomic-write.js'),
      import('../../io/package-files.js'),
      import('../../core/validate/summary.js'),
      import('../../render/diagnostics/formats.js'),
      import('../../i18n/validate-ui.js'),
      import('../../io/worker-launcher.js'),
    ]);
    const t = validateUi[ctx.lang];
    const threads = parseJobs(opts.jobs);
    if (threads === undefined) throw new CliError(t.badJobs(opts.jobs));
    const cwd = ctx.io.cwd;
    for (const f of opts.format) if (!formats.isDiagnosticFormat(f)) throw new CliError(t.badFormat(f, FORMATS.join(', ')));
    const outputs = new Map(FORMATS.flatMap((f) => {
      const file = opts[optionKey(f)];
      return typeof file === 'string' ? [[f, path.resolve(cwd, file)] as const] : [];
    }));
    // A format asked for with --output-<fmt> only is written to its file; stdout keeps the default report.
    const asked = opts.format.filter(formats.isDiagnosticFormat);
    const wanted = [...new Set([...(asked.length > 0 ? asked : (['stylish'] as const)), ...outputs.keys()])];

    const settings = await ctx.settings();
    const planFile = opts.plan === undefined ? undefined : path.resolve(cwd, opts.plan);
    const unitsFile = opts.units === undefined ? settings.unitsFile : path.resolve(cwd, opts.units);
    let inputs = paths;
    if (inputs.length === 0) {
      if (!settings.submissionsDir) throw new CliError(t.noPaths);
      inputs = [settings.submissionsDir];
    }
    const exclude = [settings.configFile, settings.planFile, unitsFile].filter((f): f is string => f !== undefined);
    const day = today(ctx.io.env);
    let cache: ValidationCache | undefined;
    if (opts.cache || opts.cacheLocation !== undefined) {
      // The plan and the registry are read as text for the cache's key; they are parsed only if
      // some file has to be checked: a run over unchanged files parses neither.
      const [{ ValidationCache, cacheFileAt, CACHE_NAME }, { readText }] = await Promise.all([import('../../io/validation-cache.js'), import('../../io/read-text.js')]);
      const identity = {
        version: packageVersion(),
        planText: readText(planFile ?? settings.planFile, 'tệp kế hoạch'),
        ...(unitsFile === undefined ? {} : { registryText: readText(unitsFile, 'danh sách đơn vị') }),
        cwd,
      };
      cache = ValidationCache.load(cacheFileAt(path.resolve(cwd, opts.cacheLocation ?? CACHE_NAME)), identity);
    }
    // Loaded when the files are known: worker threads, if any, start meanwhile.
    const plan = (): Promise<PlanModel> => ctx.plan(planFile);
    const registry = unitsFile === undefined ? undefined : (): Promise<Registry> => ctx.registry(unitsFile, planFile);
    if (unitsFile === undefined) ctx.io.stderr(`${t.noRegistry}\n`);
    const { results, sources, checkedCount } = await collectSubmissionsWithSources({ paths: inputs, plan, registry, today: day, cwd, exclude, keepData: false, cache, threads });
    if (cache) {
      const failed = cache.save();
      if (failed !== undefined) ctx.io.stderr(`${t.cacheNotWritten(path.relative(cwd, cache.file) || cache.file, failed)}\n`);
      if (ctx.verbose) ctx.io.stderr(`${t.cacheStats(checkedCount, results.length)}\n`);
    }

    const colour = await ctx.color();
    // Files never get colour; plainColor does what Chalk at level 0 does without loading chalk.
    const plain = (await import('../plain-color.js')).plainColor();
    const version = packageVersion();
    // github already ends with the stylish report: printing stylish again on stdout would repeat it.
    const onStdout = wanted.filter((f) => !outputs.has(f));
    const skipStylish = onStdout.includes('github') && onStdout.includes('stylish');
    for (const f of wanted) {
      const file = outputs.get(f);
      if (file === undefined && f === 'stylish' && skipStylish) continue;
      const text = formats.formatters[f](results, { lang: ctx.lang, color: file === undefined ? colour : plain, sources, version });
      if (file === undefined) ctx.io.stdout(text);
      else {
        writeFileAtomic(file, text);
        ctx.io.stderr(`${t.wrote(f, path.relative(cwd, file) || file)}\n`);
      }
    }
    setExitCode(summary.validationExitCode(summary.summarizeValidation(results), opts.failOn));
  });
};
