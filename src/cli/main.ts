import * as nodeModule from 'node:module';
import { CliError, SetupError } from '../core/errors.js';
import { languages } from '../i18n/lang.js';
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
  env: process.env,
  cwd: process.cwd(),
});

/** Runs the CLI and returns the exit code; the only place that turns errors into codes. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Scripts and editors call `danvan --version` to see that the tool is there: it is answered
  // before commander and the commands are loaded, exactly as commander would answer it.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const [{ Command, CommanderError, Option }, { commands }, { Context }] = await Promise.all([
    import('commander'),
    import('./commands/index.js'),
    import('./context.js'),
  ]);
  let exitCode = EXIT_OK;
  let ctx: Context | undefined;
  const program = new Command('danvan')
    .description('Tổng hợp báo cáo thực hiện Kế hoạch 394-KH/BDVQU "Năm dân vận khéo" 2020')
    .version(packageVersion(), '-V, --version', 'in số phiên bản')
    .helpOption('-h, --help', 'hướng dẫn sử dụng')
    .option('--config <file>', 'tệp cấu hình (mặc định: danvan.config.yaml ở thư mục hiện tại hoặc thư mục cha)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(languages).default('vi'))
    .option('--no-color', 'không tô màu')
    .option('--verbose', 'in chi tiết lỗi của chương trình')
    .showHelpAfterError('(xem hướng dẫn: danvan --help)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const context = () => {
    ctx ??= new Context(program.opts<GlobalOptions>(), io);
    return ctx;
  };
  const setExitCode = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  for (const register of commands) register(program, context, setExitCode);
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const verbose = argv.includes('--verbose');
    const lang = ctx?.lang ?? (argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi');
    if (error instanceof SetupError) {
      const { renderDiagnosticLines } = await import('../render/diagnostic-line.js');
      io.stderr(`${ui[lang].setupBroken(error.file, error.diagnostics.length)}\n${renderDiagnosticLines(error.diagnostics, lang)}`);
    } else if (error instanceof CliError) {
      io.stderr(`danvan: ${error.message}\n${error.hint ? `  → ${error.hint}\n` : ''}`);
    } else {
      io.stderr(`danvan: lỗi chương trình: ${(error as Error)?.message ?? String(error)}\n`);
    }
    if (verbose && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
    return EXIT_USAGE;
  }
}
