import { VariableSetDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { variablesTarget } from '../variables/target.ts';
import { variableJson, variablesTable, when } from '../variables/views.ts';

const varsList: Command = {
  description:
    'The config vars and secrets of the environment (--env, PAVE_ENV or pave env use). Values of ' +
    'secrets are masked; --reveal shows them, if you own the component, and the platform records ' +
    'that you did in its audit log.',
  options: {
    reveal: { type: 'boolean', description: 'Show the values of secrets (audited)' },
  },
  examples: ['pave vars', 'pave vars -e staging --reveal', 'pave vars --json'],
  async run(session, { options }) {
    const target = await variablesTarget(session);
    const reveal = options.reveal === true;
    const { variableSet } = await session.term.spin(`Loading ${target.about}`, () =>
      session.request(
        VariableSetDocument,
        { environmentId: target.environmentId, reveal },
        { about: target.about },
      ),
    );
    if (!variableSet) throw new CliError(`The platform has no current version of ${target.about}.`);
    if (session.term.json) {
      return session.term.printJson({
        environment: target.name,
        version: variableSet.version,
        updatedAt: variableSet.updatedAt ?? null,
        updatedBy: variableSet.updatedBy ?? null,
        variables: variableSet.variables.map(variableJson),
      });
    }
    await session.term.show({
      ...variablesTable(variableSet.variables, target.name),
      title: `${target.name} — version ${variableSet.version}${variableSet.updatedBy ? `, by ${variableSet.updatedBy} ${when(variableSet.updatedAt)}` : ''}`,
      footer:
        !reveal && variableSet.variables.some((v) => v.masked)
          ? 'Secrets are masked: --reveal shows them (and is audited).'
          : undefined,
    });
  },
};

export default varsList;
