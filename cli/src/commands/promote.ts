import { PromoteDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import {
  chooseEnvironment,
  type TargetEnvironment,
  targetEnvironment,
} from '../context/targetEnvironment.ts';
import { CliError, UsageError } from '../errors.ts';
import { NO_WAIT, YES } from '../releases/options.ts';
import { runRelease } from '../releases/runRelease.ts';

const promote: Command = {
  description:
    'Releases the artifact of one environment’s current release to another environment of the ' +
    'same component, with the target’s own config vars: the same build, not rebuilt. Asks for a ' +
    'confirmation (the target’s name) when the target is a production or protected environment. ' +
    'Follows the release until it succeeds or fails (exit code 1 when it fails).',
  options: {
    from: {
      type: 'string',
      placeholder: 'NAME',
      description: 'The environment to promote from (default: --env, PAVE_ENV, pave env use)',
    },
    to: {
      type: 'string',
      placeholder: 'NAME',
      description: 'The environment to promote to (asked for on a terminal when missing)',
    },
    ...YES,
    ...NO_WAIT,
  },
  examples: ['pave promote --from dev --to staging', 'pave promote --from staging --to prod --yes'],
  async run(session, { options }) {
    const from = await targetEnvironment(session, {
      name: options.from as string | undefined,
      flag: '--from',
    });
    const toName =
      (options.to as string | undefined) ??
      (await chooseEnvironment(session, from.componentRef, {
        question: `Promote ${from.name} to which environment`,
        missing: 'Missing --to NAME: the environment to promote to.',
        hint: 'Like pave promote --from dev --to staging.',
        except: from.name,
      }));
    const to = await targetEnvironment(session, { name: toName, flag: '--to' });
    if (from.id === to.id) throw new UsageError('--from and --to name the same environment.');
    const source = from.currentRelease;
    if (!source) throw noReleaseToPromote(from);
    if (to.type === 'PRODUCTION' || to.protected) {
      await session.term.confirm(
        `Promote ${source.version} of ${from.name} to ${to.name}, a ${to.protected ? 'protected ' : ''}${to.type.toLowerCase()} environment?`,
        { yes: options.yes === true, typed: to.name },
      );
    }
    await runRelease(session, {
      environment: to,
      title: `Promote ${source.version} of ${from.name} to ${to.name}`,
      wait: options['no-wait'] !== true,
      start: async () =>
        (
          await session.request(PromoteDocument, {
            input: { fromEnvironmentId: from.id, toEnvironmentId: to.id },
          })
        ).promote.release,
    });
  },
};

const noReleaseToPromote = (from: TargetEnvironment) =>
  new CliError(`${from.name} has no release to promote.`, {
    hint: `Deploy to it first: pave deploy -e ${from.name}.`,
  });

export default promote;
