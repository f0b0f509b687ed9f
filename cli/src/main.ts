import { parseArgs } from 'node:util';
import manifest from '../package.json' with { type: 'json' };
import type { Command, CommandInput } from './command.ts';
import { type CommandEntry, commandsUnder, findCommand } from './commands/registry.ts';
import { CliError, EXIT, UsageError } from './errors.ts';
import { GLOBAL_OPTIONS } from './globalOptions.ts';
import { commandHelp, generalHelp, groupHelp, usageLine } from './help.ts';
import type { Streams } from './output/terminal.ts';
import { sanitize } from './output/views.ts';

export const CLI_VERSION: string = manifest.version;

export interface MainOptions {
  streams: Streams;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs `pave` with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: MainOptions): Promise<number> {
  const { stdout, stderr } = io.streams;
  try {
    // First pass: only the global flags are known, to find which command the words name.
    const first = parseArgs({
      args: [...argv],
      options: GLOBAL_OPTIONS,
      allowPositionals: true,
      strict: false,
    });
    const words = first.positionals;
    if (words.length === 0) {
      stdout.write(`${first.values.version ? versionLine() : generalHelp()}\n`);
      return EXIT.ok;
    }
    if (words[0] === 'help') {
      const topic = findCommand(words.slice(1));
      if (words.length > 1 && !topic) throw new UsageError(`Unknown command "${words.slice(1).join(' ')}".`);
      stdout.write(`${topic ? commandHelp(topic.entry, await topic.entry.load()) : generalHelp()}\n`);
      return EXIT.ok;
    }
    const found = findCommand(words);
    if (!found) {
      const group = commandsUnder(words[0] as string);
      if (group.length > 0) {
        stderr.write(`${groupHelp(words[0] as string, group)}\n`);
        return first.values.help ? EXIT.ok : EXIT.usage;
      }
      throw new UsageError(`Unknown command "${words[0]}".`, 'Run pave --help for the list of commands.');
    }
    const command = await found.entry.load();
    const input = parseCommandLine(argv, found.entry, command, found.used);
    if (input.values.help) {
      stdout.write(`${commandHelp(found.entry, command)}\n`);
      return EXIT.ok;
    }
    const { Session } = await import('./session.ts');
    const session = new Session({
      streams: io.streams,
      env: io.env,
      cwd: io.cwd,
      cliVersion: CLI_VERSION,
      flags: {
        component: input.values.component as string | undefined,
        env: input.values.env as string | undefined,
        json: input.values.json === true,
      },
    });
    const code = await command.run(session, {
      args: input.args,
      options: input.values as CommandInput['options'],
    });
    return code ?? EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

export const versionLine = () =>
  `pave/${CLI_VERSION} node-${process.version} ${process.platform}-${process.arch}`;

function parseCommandLine(argv: readonly string[], entry: CommandEntry, command: Command, used: number) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const unknown = /'(-[^']+)'/.exec((error as Error).message)?.[1];
    const message =
      (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown
        ? `Unknown option ${unknown} for pave ${entry.name}.`
        : (error as Error).message;
    throw new UsageError(message, `Usage: ${usageLine(entry, command)}`);
  }
  const args = parsed.positionals.slice(used);
  if (parsed.values.help) return { values: parsed.values, args };
  const specs = command.args ?? [];
  const missing = specs.find((spec, i) => spec.required && !spec.asked && args[i] === undefined);
  if (missing) throw new UsageError(`Missing ${missing.name}.`, `Usage: ${usageLine(entry, command)}`);
  const extra = specs.some((spec) => spec.variadic) ? [] : args.slice(specs.length);
  if (extra.length > 0) {
    throw new UsageError(`Unexpected argument "${extra[0]}".`, `Usage: ${usageLine(entry, command)}`);
  }
  for (const [i, spec] of specs.entries()) {
    if (spec.choices && args[i] !== undefined && !spec.choices.includes(args[i] as string)) {
      throw new UsageError(`${spec.name} must be one of ${spec.choices.join(', ')}, not "${args[i]}".`);
    }
  }
  return { values: parsed.values, args };
}

function report(error: unknown, io: MainOptions): number {
  // Messages may quote the server: no escape sequence from there reaches the terminal.
  const write = (text: string) => io.streams.stderr.write(`${sanitize(text)}\n`);
  if (error instanceof CliError) {
    write(`Error: ${error.message}`);
    if (error.hint) write(error.hint);
    return error.exitCode;
  }
  write(`Error: ${(error as Error)?.message ?? String(error)}`);
  if (io.env.PAVE_DEBUG) write(String((error as Error)?.stack ?? ''));
  else write('This looks like a bug in pave. Run again with PAVE_DEBUG=1 for the details, and report it.');
  return EXIT.failure;
}
