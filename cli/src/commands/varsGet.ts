import { VariableSetDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { checkKey } from '../variables/assignments.ts';
import { chooseKey } from '../variables/choose.ts';
import { variablesTarget } from '../variables/target.ts';
import { variableJson } from '../variables/views.ts';

const USAGE = 'Usage: pave vars get KEY [--reveal]';

const varsGet: Command = {
  description:
    'Prints the value of KEY alone, for scripts: VALUE=$(pave vars get KEY). A secret needs ' +
    '--reveal (you must own the component; the reveal is audited).',
  args: [{ name: 'KEY', required: true, asked: true }],
  options: {
    reveal: { type: 'boolean', description: 'Print a secret’s value (audited)' },
  },
  examples: ['pave vars get PORT', 'pave vars get DATABASE_URL --reveal -e staging'],
  async run(session, { args, options }) {
    const target = await variablesTarget(session);
    const key = checkKey(args[0] ?? (await chooseKey(session, target, 'Which variable', USAGE)), 'KEY');
    const { variableSet } = await session.request(
      VariableSetDocument,
      { environmentId: target.environmentId, reveal: options.reveal === true, keys: [key] },
      { about: target.about },
    );
    const variable = variableSet?.variables.find((v) => v.key === key);
    if (!variable) {
      throw new CliError(`${key} is not set in ${target.name}.`, {
        hint: 'pave vars lists the keys that are.',
      });
    }
    if (variable.masked) {
      throw new CliError(`${key} is a secret: its value is masked.`, {
        hint: 'Add --reveal to print it (the platform records the reveal in its audit log).',
      });
    }
    if (session.term.json) return session.term.printJson(variableJson(variable));
    session.term.out(variable.value ?? '');
  },
};

export default varsGet;
