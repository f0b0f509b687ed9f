import type { Command, OptionSpec } from '../command.ts';
import { type CompletionModel, completionScript } from '../completion/scripts.ts';
import { GLOBAL_OPTIONS } from '../globalOptions.ts';
import { COMMANDS } from './registry.ts';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

const completion: Command = {
  description:
    'Prints a completion script for SHELL. bash: eval "$(pave completion bash)" in ~/.bashrc. ' +
    'zsh: eval "$(pave completion zsh)" in ~/.zshrc after compinit (or save it as _pave in your fpath). ' +
    'fish: pave completion fish > ~/.config/fish/completions/pave.fish',
  args: [{ name: 'SHELL', required: true, choices: SHELLS }],
  async run(session, { args }) {
    const model = await completionModel();
    session.term.out(completionScript(args[0] as (typeof SHELLS)[number], model));
  },
};

/** Every command with its flags and argument choices, read from the registry. */
export async function completionModel(): Promise<CompletionModel> {
  const commands = await Promise.all(
    COMMANDS.map(async (entry) => {
      const command = await entry.load();
      return {
        words: entry.name.split(' '),
        summary: entry.summary,
        options: toFlags(command.options ?? {}),
        choices: command.args?.find((arg) => arg.choices)?.choices ?? [],
      };
    }),
  );
  return { commands, globalOptions: toFlags(GLOBAL_OPTIONS) };
}

const toFlags = (options: Readonly<Record<string, OptionSpec>>) =>
  Object.entries(options).map(([name, spec]) => ({
    long: name,
    short: spec.short,
    takesValue: spec.type === 'string',
    description: spec.description,
  }));

export default completion;
