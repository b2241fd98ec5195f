import type { PlanModel } from '../../core/plan.js';
import type { Registry } from '../../core/units.js';
import type { ValidationCache } from '../../io/validation-cache.js';
import type { ValidateOptions } from '../commands/validate.js';
import { FORMATS } from '../commands/validate.js';
import type { Context } from '../context.js';

const optionKey = (format: string) =>
  `output${format.charAt(0).toUpperCase()}${format.slice(1)}` as keyof ValidateOptions;

/**
 * `danvan validate`: the files found, checked (with the cache when asked), each asked format
 * rendered to the screen or its file; returns the exit code.
 */
export async function runValidate(ctx: Context, paths: string[], opts: ValidateOptions): Promise<number> {
  const [
    path,
    { CliError },
    { collectSubmissionsWithSources },
    { today },
    { writeFileAtomic },
    { packageVersion },
    summary,
    formats,
    { validateUi },
    { parseJobs },
  ] = await Promise.all([
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
  for (const f of opts.format)
    if (!formats.isDiagnosticFormat(f)) throw new CliError(t.badFormat(f, FORMATS.join(', ')));
  const outputs = new Map(
    FORMATS.flatMap((f) => {
      const file = opts[optionKey(f)];
      return typeof file === 'string' ? [[f, path.resolve(cwd, file)] as const] : [];
    }),
  );
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
    const [{ ValidationCache, cacheFileAt, CACHE_NAME }, { readText }] = await Promise.all([
      import('../../io/validation-cache.js'),
      import('../../io/read-text.js'),
    ]);
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
  const { results, sources, checkedCount } = await collectSubmissionsWithSources({
    paths: inputs,
    plan,
    registry,
    today: day,
    cwd,
    exclude,
    keepData: false,
    cache,
    threads,
  });
  if (cache) {
    const failed = cache.save();
    if (failed !== undefined)
      ctx.io.stderr(`${t.cacheNotWritten(path.relative(cwd, cache.file) || cache.file, failed)}\n`);
    if (ctx.verbose) ctx.io.stderr(`${t.cacheStats(checkedCount, results.length)}\n`);
  }

  const colour = await ctx.color();
  // Files never get colour; plainColor does what Chalk at level 0 does without loading chalk.
  const plain = (await import('../plain-color.js')).plainColor();
  const version = packageVersion();
  // github already ends with the stylish report: printing stylish again on stdout would repeat it.
  const onStdout = wanted.filter((f) => !outputs.has(f));
  const skipStylish = onStdout.includes('github') && onStdout.includes('stylish');
  // The stylish report says itself what it did not check; other formats get the note on stderr.
  if (unitsFile === undefined && !onStdout.some((f) => f === 'stylish' || f === 'github'))
    ctx.io.stderr(`${t.noRegistry}\n`);
  for (const f of wanted) {
    const file = outputs.get(f);
    if (file === undefined && f === 'stylish' && skipStylish) continue;
    const text = formats.formatters[f](results, {
      lang: ctx.lang,
      color: file === undefined ? colour : plain,
      sources,
      version,
      verbose: ctx.verbose,
      ...(file === undefined && ctx.io.columns ? { columns: ctx.io.columns } : {}),
      ...(unitsFile === undefined ? { unchecked: 'registry' as const } : {}),
    });
    if (file === undefined) ctx.io.stdout(text);
    else {
      writeFileAtomic(file, text);
      ctx.io.stderr(`${t.wrote(f, path.relative(cwd, file) || file)}\n`);
    }
  }
  return summary.validationExitCode(summary.summarizeValidation(results), opts.failOn);
}
