import type { Command, OptionSpec } from './command.ts';
import { COMMANDS, type CommandEntry, commandsUnder } from './commands/registry.ts';
import { ENVIRONMENT_VARIABLES, EXIT_CODES, GLOBAL_OPTIONS } from './globalOptions.ts';

const columns = (rows: ReadonlyArray<readonly [string, string]>, indent = 2) => {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${' '.repeat(indent)}${left.padEnd(width)}  ${right}`).join('\n');
};

const flag = (name: string, spec: OptionSpec) =>
  `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}`;

const optionRows = (options: Readonly<Record<string, OptionSpec>>) =>
  Object.entries(options).map(([name, spec]) => [flag(name, spec), spec.description] as const);

export function generalHelp(): string {
  return `pave — the Platform API from the directory of your service

Usage: pave <command> [arguments] [options]

Commands:
${columns(COMMANDS.map((c) => [c.name, c.summary]))}

Global options:
${columns(optionRows(GLOBAL_OPTIONS))}

Environment:
${columns(ENVIRONMENT_VARIABLES)}

Exit codes:
${columns(EXIT_CODES)}

Run pave <command> --help for a command's arguments and options.`;
}

export function usageLine(entry: CommandEntry, command: Command): string {
  const args = (command.args ?? []).map((arg) => {
    const name = arg.variadic ? `${arg.name}…` : arg.name;
    return arg.required ? name : `[${name}]`;
  });
  const hasOptions = Object.keys(command.options ?? {}).length > 0;
  return ['pave', entry.name, ...args, ...(hasOptions ? ['[options]'] : [])].join(' ');
}

export function commandHelp(entry: CommandEntry, command: Command): string {
  const sections = [`Usage: ${usageLine(entry, command)}`, command.description];
  if (command.options && Object.keys(command.options).length > 0) {
    sections.push(`Options:\n${columns(optionRows(command.options))}`);
  }
  sections.push(`Global options:\n${columns(optionRows(GLOBAL_OPTIONS))}`);
  if (command.examples?.length)
    sections.push(`Examples:\n${command.examples.map((e) => `  ${e}`).join('\n')}`);
  // `pave vars` is a command and the group of `pave vars set`…: its help names them too.
  const subcommands = commandsUnder(entry.name);
  if (subcommands.length > 0)
    sections.push(`Commands:\n${columns(subcommands.map((c) => [c.name, c.summary]))}`);
  return sections.join('\n\n');
}

export function groupHelp(group: string, entries: readonly CommandEntry[]): string {
  return `Usage: pave ${group} <command>\n\nCommands:\n${columns(entries.map((c) => [c.name, c.summary]))}`;
}
