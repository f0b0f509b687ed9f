import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { VariableSetDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { variablesTarget } from '../variables/target.ts';

/** Signals a terminal or a supervisor sends pave that are meant for the command it runs. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'] as const;

const run: Command = {
  description:
    'Runs COMMAND here with the environment’s variables (secrets included, so you must own the ' +
    'component; the reveal is audited) added to yours, theirs winning. Its input, output and exit ' +
    'code are its own; signals sent to pave reach it. pave prints nothing of the variables. Put -- ' +
    'before COMMAND so that its flags are not taken for pave’s.',
  args: [{ name: '-- COMMAND', required: true, variadic: true }],
  examples: ['pave run -- npm start', 'pave run -e staging -- node scripts/migrate.js --dry-run'],
  async run(session, { args }) {
    const [file, ...rest] = args as [string, ...string[]];
    if (session.term.json)
      throw new UsageError('pave run prints what COMMAND prints: --json does not apply.');
    const target = await variablesTarget(session);
    const { variableSet } = await session.request(VariableSetDocument, {
      environmentId: target.environmentId,
      reveal: true,
    });
    if (!variableSet)
      throw new CliError(`The platform has no current version of the variables of ${target.name}.`);
    const injected: Record<string, string> = {};
    for (const variable of variableSet.variables) {
      if (variable.value === null || variable.value === undefined) {
        throw new CliError(
          `The value of ${variable.key} could not be read (${variableSet.backend} is write-only).`,
        );
      }
      injected[variable.key] = variable.value;
    }
    return runWith(file, rest, { ...session.env, ...injected }, session.cwd);
  },
};

/** Runs the command with inherited stdio and resolves to its exit code (128 + n for signal n, as shells say). */
function runWith(file: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, cwd, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => {
      // Ctrl-C and Ctrl-\ on a terminal reach the whole foreground group, the command included: a
      // second copy from pave would make many programs skip their graceful shutdown.
      if ((signal === 'SIGINT' || signal === 'SIGQUIT') && process.stdin.isTTY) return;
      child.kill(signal);
    };
    const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const detach = () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      detach();
      reject(
        error.code === 'ENOENT'
          ? new CliError(`${file}: command not found.`, { exitCode: 127 })
          : new CliError(`Cannot run ${file}: ${error.message}.`, { exitCode: 126 }),
      );
    });
    child.once('exit', (code, signal) => {
      detach();
      resolve(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 0));
    });
  });
}

export default run;
