import { DeleteEnvironmentDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { targetEnvironment } from '../environments/target.ts';
import { CliError, UsageError } from '../errors.ts';

const USAGE = 'Usage: pave env delete NAME [--confirm NAME|--yes]';

const envDelete: Command = {
  description:
    'Tears the environment NAME down: its processes, its address, its variables and its releases. ' +
    'On a terminal you confirm by typing its name; elsewhere pass --confirm NAME (or --yes).',
  args: [{ name: 'NAME', required: true, asked: true }],
  options: {
    confirm: { type: 'string', placeholder: 'NAME', description: 'Confirm by naming the environment again' },
    yes: { type: 'boolean', short: 'y', description: 'Do not ask for a confirmation' },
  },
  examples: ['pave env delete preview-login', 'pave env delete staging-2 --confirm staging-2'],
  async run(session, { args, options }) {
    const env = await targetEnvironment(session, {
      name: args[0],
      question: 'Delete which environment',
      argument: { name: 'NAME', usage: USAGE },
    });

    const confirmed = options.confirm as string | undefined;
    if (confirmed !== undefined && confirmed !== env.name) {
      throw new UsageError(`--confirm ${confirmed} does not name ${env.name}. Nothing was deleted.`);
    }
    const yes = options.yes === true || confirmed === env.name;
    if (!yes && !session.term.interactive) {
      throw new UsageError(
        `Deleting ${env.name} tears down everything in it. Refusing without a confirmation.`,
        `Pass --confirm ${env.name} (or --yes) to confirm.`,
      );
    }
    await session.term.confirm(
      `Delete ${env.name}${env.protected ? ' (protected)' : ''} of ${env.componentRef}, with its variables and releases?`,
      { yes, typed: env.name },
    );
    const { deleteEnvironment } = await session.term.spin(`Tearing down ${env.name}`, () =>
      session.request(DeleteEnvironmentDocument, { input: { id: env.id, confirm: env.name } }),
    );
    const { teardown } = deleteEnvironment;
    if (session.term.json) {
      return session.term.printJson({
        deleted: env.id,
        succeeded: teardown.succeeded,
        steps: teardown.steps,
      });
    }
    if (!teardown.succeeded) {
      const failed = teardown.steps.filter((step) => !step.ok);
      throw new CliError(
        `${env.name} was not torn down completely: ${failed.map((s) => `${s.step}: ${s.detail}`).join('; ')}.`,
        { hint: 'It is kept and the platform tries again later.' },
      );
    }
    await session.term.show({ kind: 'message', tone: 'success', text: `Deleted ${env.name}.` });
  },
};

export default envDelete;
