import { CliError } from '../../core/errors.js';
import { initProblemWords, type InitProblem } from '../../i18n/init-ui.js';
import type { Lang } from '../../i18n/lang.js';

/** A problem of `danvan init` as the usage error the program prints (exit 2). */
export function initError(problem: InitProblem, lang: Lang): CliError {
  const { message, hint } = initProblemWords(problem, lang);
  return new CliError(message, hint);
}
