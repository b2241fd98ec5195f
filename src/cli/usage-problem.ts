import type { Command, CommanderError } from 'commander';
import { suggest } from '../core/suggest.js';
import type { UsageProblem } from '../i18n/cli-ui.js';

/** The command the user typed (for "see danvan <command> --help"), '' for the program itself. */
export function commandOf(program: Command, argv: readonly string[]): Command {
  const names = new Set(program.commands.map((c) => c.name()));
  const name = argv.slice(2).find((a) => names.has(a));
  return program.commands.find((c) => c.name() === name) ?? program;
}

/**
 * What commander found wrong, as data to word in the user's language. Commander says it in English
 * only, in its message; the parts that matter (the option, the value) are taken from there.
 */
export function usageProblem(error: CommanderError, cmd: Command, program: Command): UsageProblem {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const [first = '', second = ''] = quoted;
  const flag = first.split(/[ ,]/)[0] ?? first;
  const options = [...cmd.options, ...(cmd === program ? [] : program.options)];
  switch (error.code) {
    case 'commander.unknownOption': {
      const [name] = first.split('=');
      const guess = suggest(
        name ?? first,
        options.map((o) => o.long ?? '').filter((l) => l !== ''),
      );
      return { code: 'unknown-option', option: first, ...(guess ? { suggestion: guess } : {}) };
    }
    case 'commander.unknownCommand': {
      const guess = suggest(
        first,
        program.commands.map((c) => c.name()),
      );
      return { code: 'unknown-command', command: first, ...(guess ? { suggestion: guess } : {}) };
    }
    case 'commander.missingMandatoryOptionValue': {
      const option = options.find((o) => o.flags === first);
      return {
        code: 'missing-option',
        option: first,
        ...(option?.description ? { description: option.description } : {}),
      };
    }
    case 'commander.optionMissingArgument':
      return { code: 'missing-value', option: first };
    case 'commander.invalidArgument': {
      const option = options.find((o) => o.flags === first || o.long === flag);
      const allowed = option?.argChoices ?? [];
      const guess = suggest(second, allowed);
      return { code: 'bad-choice', option: flag, value: second, allowed, ...(guess ? { suggestion: guess } : {}) };
    }
    case 'commander.missingArgument':
      return { code: 'missing-argument', argument: first };
    case 'commander.excessArguments':
      return { code: 'too-many-arguments', command: cmd.name() };
    default:
      return { code: 'other', detail: error.message.replace(/^error: /, '') };
  }
}
