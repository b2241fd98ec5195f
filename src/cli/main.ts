import * as nodeModule from 'node:module';
import { CliError, SetupError } from '../core/errors.js';
import { languages, type Lang } from '../i18n/lang.js';
import { ui } from '../i18n/ui.js';
import { packageVersion } from '../io/package-files.js';
import type { Context, GlobalOptions, Io } from './context.js';

// Node 22.1+ can keep the compiled code of the modules it loads (in the system's temporary folder),
// so a second run starts faster; Node 20 has no such cache and goes without.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  env: process.env,
  cwd: process.cwd(),
});

/**
 * The language of the messages, read before commander builds anything: its help and its errors
 * are then worded in it from the start.
 */
function langOf(argv: readonly string[]): Lang {
  let value: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') value = argv[i + 1];
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
  });
  return value === 'en' ? 'en' : 'vi';
}

/** Runs the CLI and returns the exit code; the only place that turns errors into codes. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Scripts and editors call `danvan --version` to see that the tool is there: it is answered
  // before commander and the commands are loaded, exactly as commander would answer it.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const lang = langOf(argv);
  const [{ Command, CommanderError, Option }, { commands }, { Context }, { cliUi }, { localize }] = await Promise.all([
    import('commander'),
    import('./commands/index.js'),
    import('./context.js'),
    import('../i18n/cli-ui.js'),
    import('./localize.js'),
  ]);
  const words = cliUi[lang];
  let exitCode = EXIT_OK;
  let ctx: Context | undefined;
  // Commander's own error lines are English: they are kept quiet and said again from the catalogue.
  const output = { writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} };
  const program = new Command('danvan')
    .version(packageVersion(), '-V, --version', words.describe[' --version'])
    .option('--config <file>', words.describe[' --config'])
    .addOption(new Option('--lang <lang>', words.describe[' --lang']).choices(languages).default('vi'))
    .option('--no-color', words.describe[' --no-color'])
    .option('--verbose', words.describe[' --verbose'])
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput(output);
  const context = () => {
    ctx ??= new Context(program.opts<GlobalOptions>(), io);
    return ctx;
  };
  const setExitCode = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  for (const register of commands) register(program, context, setExitCode);
  for (const sub of program.commands) sub.exitOverride().showSuggestionAfterError(false).configureOutput(output);
  localize(program, words);

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
        return EXIT_OK;
      // `danvan` alone: the help was shown (on stderr); nothing was asked, so it is still a usage error.
      if (error.code === 'commander.help') return EXIT_USAGE;
      const { commandOf, usageProblem } = await import('./usage-problem.js');
      const cmd = commandOf(program, argv);
      const name = cmd === program ? '' : cmd.name();
      io.stderr(`danvan: ${words.usage(usageProblem(error, cmd, program))}\n  → ${words.seeHelp(name)}\n`);
      return EXIT_USAGE;
    }
    const verbose = argv.includes('--verbose');
    const shownLang = ctx?.lang ?? lang;
    if (error instanceof SetupError) {
      const { renderDiagnosticLines } = await import('../render/diagnostic-line.js');
      io.stderr(
        `${ui[shownLang].setupBroken(error.file, error.diagnostics.length)}\n${renderDiagnosticLines(error.diagnostics, shownLang)}`,
      );
    } else if (error instanceof CliError) {
      io.stderr(`danvan: ${error.message}\n${error.hint ? `  → ${error.hint}\n` : ''}`);
    } else {
      io.stderr(`danvan: ${words.internal((error as Error)?.message ?? String(error))}\n`);
    }
    if (verbose && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
    return EXIT_USAGE;
  }
}
