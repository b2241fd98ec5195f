import type { Diagnostic } from './diagnostics.js';

/** A usage, configuration or I/O problem: printed in one line, exit code 2, stack only with --verbose. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A plan, registry or config file that cannot be used; its findings are printed, exit code 2. */
export class SetupError extends CliError {
  constructor(
    readonly file: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(file);
  }
}
