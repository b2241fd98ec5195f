import type { Command, Help, Option } from 'commander';
import type { CliWords } from '../i18n/cli-ui.js';

/**
 * Puts the whole command line in the user's language: commander's headings ("Usage:", "Options:"),
 * its "(default: …)" and "(choices: …)", the descriptions of commands, options and arguments, the
 * help option and command, and an example under each command's help. Descriptions come from the
 * catalogue (src/i18n/cli-ui.ts) by `<command> <flag>`; one missing there keeps the command file's.
 */
export function localize(program: Command, words: CliWords): void {
  for (const cmd of [program, ...program.commands]) {
    const name = cmd === program ? '' : cmd.name();
    const own = words.describe[name];
    if (own !== undefined) cmd.description(own);
    else if (cmd === program) cmd.description(words.program);
    for (const o of cmd.options) {
      const text = words.describe[`${name} ${o.long ?? ''}`];
      if (text !== undefined) o.description = text;
    }
    for (const a of cmd.registeredArguments) {
      const text = words.describe[`${name} ${a.name()}`];
      if (text !== undefined) a.description = text;
    }
    cmd.helpOption('-h, --help', words.describe[' --help']);
    cmd.configureHelp({
      styleTitle: (title: string) => words.titles[title] ?? title,
      commandUsage: (c: Command) => usageLine(c, words),
      subcommandTerm: (c: Command) =>
        `${c.name()}${c.options.length > 0 ? ` ${words.options}` : ''}${c.registeredArguments.map((a) => ` ${argTerm(a.name(), a.required, a.variadic)}`).join('')}`,
      optionDescription: (o: Option) => describeOption(o, words),
      showGlobalOptions: false,
    } as Partial<Help>);
    const examples = words.example[name];
    if (examples) cmd.addHelpText('after', `\n${words.examples}\n${examples.map((e) => `  ${e}\n`).join('')}`);
  }
  program.helpCommand(`help ${words.command}`, words.describe.help);
}

function argTerm(name: string, required: boolean, variadic: boolean): string {
  const inner = `${name}${variadic ? '...' : ''}`;
  return required ? `<${inner}>` : `[${inner}]`;
}

function usageLine(cmd: Command, words: CliWords): string {
  const names = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  const parts = [...names, words.options];
  if (cmd.commands.length > 0) parts.push(words.command);
  for (const a of cmd.registeredArguments) parts.push(argTerm(a.name(), a.required, a.variadic));
  return parts.join(' ');
}

function describeOption(o: Option, words: CliWords): string {
  const extra: string[] = [];
  if (o.argChoices) extra.push(words.choicesAre(o.argChoices.join(', ')));
  const d = o.defaultValue as unknown;
  const shown =
    o.defaultValueDescription ??
    (Array.isArray(d) ? d.join(',') : d === undefined || typeof d === 'boolean' ? '' : String(d));
  // Descriptions that already say their default ("mặc định: …") are not told twice.
  if (shown !== '' && !/\((mặc định|default):/.test(o.description)) extra.push(words.defaultIs(shown));
  return extra.length > 0 ? `${o.description} (${extra.join('; ')})` : o.description;
}
