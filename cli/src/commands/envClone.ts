import { CloneEnvironmentDocument, type EnvironmentType } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { argumentOrAsk, targetEnvironment } from '../environments/target.ts';
import { environmentJson } from '../environments/views.ts';
import { UsageError } from '../errors.ts';
import type { View } from '../output/views.ts';

const TYPES = ['development', 'staging', 'production'] as const;
const USAGE = 'Usage: pave env clone FROM NAME [--type TYPE]';

const envClone: Command = {
  description:
    'Creates NAME as a copy of the environment FROM: the same variables and, when FROM has one, ' +
    'its current release promoted (the same artifact, no rebuild). --type defaults to FROM’s ' +
    '(development for a preview). What could not be carried over is said; NAME exists either way.',
  args: [
    { name: 'FROM', required: true, asked: true },
    { name: 'NAME', required: true, asked: true },
  ],
  options: {
    type: {
      type: 'string',
      short: 't',
      placeholder: 'TYPE',
      description: 'development, staging or production',
    },
  },
  examples: ['pave env clone staging staging-2', 'pave env clone production load-test --type staging'],
  async run(session, { args, options }) {
    const type = options.type === undefined ? undefined : parseType(options.type as string);
    const from = await targetEnvironment(session, {
      name: args[0],
      question: 'Clone which environment',
      argument: { name: 'FROM', usage: USAGE },
    });
    const name = await argumentOrAsk(session, args[1], `Name of the copy of ${from.name}`, USAGE);
    const { cloneEnvironment: cloned } = await session.term.spin(`Cloning ${from.name} into ${name}`, () =>
      session.request(CloneEnvironmentDocument, { input: { fromEnvironmentId: from.id, name, type } }),
    );
    if (session.term.json) {
      return session.term.printJson({
        environment: environmentJson(cloned.environment),
        variablesCopied: cloned.variablesCopied,
        promotedRelease: cloned.promotedRelease?.id ?? null,
        problems: cloned.problems,
      });
    }
    for (const problem of cloned.problems) session.term.note(`warning: ${problem}`);
    const views: View[] = [
      {
        kind: 'message',
        tone: cloned.problems.length ? 'warning' : 'success',
        text: `Created ${cloned.environment.name} from ${from.name}${cloned.environment.url ? ` at ${cloned.environment.url}` : ''}.`,
      },
      {
        kind: 'details',
        rows: [
          ['variables', cloned.variablesCopied ? 'copied' : 'not copied'],
          ['release', cloned.promotedRelease ? `promoted (${cloned.promotedRelease.id})` : 'none to promote'],
        ],
      },
    ];
    await session.term.show({ kind: 'stack', views });
  },
};

function parseType(type: string): EnvironmentType {
  if (!(TYPES as readonly string[]).includes(type.toLowerCase())) {
    throw new UsageError(`--type must be one of ${TYPES.join(', ')}, not "${type}".`, USAGE);
  }
  return type.toUpperCase() as EnvironmentType;
}

export default envClone;
