import { RollbackDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { targetEnvironment } from '../context/targetEnvironment.ts';
import { CliError } from '../errors.ts';
import { parseVersion, previousSuccessfulRelease, releaseByNumber } from '../releases/findRelease.ts';
import { NO_WAIT, YES } from '../releases/options.ts';
import { runRelease } from '../releases/runRelease.ts';

const rollback: Command = {
  description:
    'A new release restoring an earlier release’s artifact and its config vars. Without VERSION: ' +
    'the newest release before the current one that succeeded. Always asks for a confirmation ' +
    '(--yes skips it). Follows the release until it succeeds or fails (exit code 1 when it fails).',
  args: [{ name: 'VERSION' }],
  options: { ...YES, ...NO_WAIT },
  examples: ['pave rollback -e dev', 'pave rollback v3 -e staging --yes'],
  async run(session, { args, options }) {
    const environment = await targetEnvironment(session);
    const target = args[0]
      ? await releaseByNumber(session, environment, parseVersion(args[0]))
      : await previousSuccessfulRelease(session, environment);
    const current = environment.currentRelease;
    if (target.status !== 'SUCCEEDED') {
      throw new CliError(
        `${target.version} never ran (${target.status}): roll back to a release that succeeded.`,
        {
          hint: `pave releases -e ${environment.name} lists them.`,
        },
      );
    }
    await session.term.confirm(
      `Roll back ${environment.name}${current ? ` from ${current.version}` : ''} to ${target.version} (${target.description})?`,
      { yes: options.yes === true },
    );
    await runRelease(session, {
      environment,
      title: `Roll back ${environment.name} to ${target.version}`,
      wait: options['no-wait'] !== true,
      start: async () =>
        (
          await session.request(RollbackDocument, {
            input: { environmentId: environment.id, toNumber: target.number },
          })
        ).rollback.release,
    });
  },
};

export default rollback;
