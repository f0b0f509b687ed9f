import { DeployDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { targetEnvironment } from '../context/targetEnvironment.ts';
import { NO_WAIT } from '../releases/options.ts';
import { runRelease } from '../releases/runRelease.ts';

const deploy: Command = {
  description:
    'Builds REF of the component (a git branch, tag or commit) and releases it to the environment ' +
    'with its current config vars. Without REF: a preview environment’s branch, else what is ' +
    'checked in now. Follows the release until it succeeds or fails (exit code 1 when it fails).',
  args: [{ name: 'REF' }],
  options: { ...NO_WAIT },
  examples: [
    'pave deploy -e dev',
    'pave deploy v1.4.0 -e staging',
    'pave deploy main -e dev --no-wait --json',
  ],
  async run(session, { args, options }) {
    const environment = await targetEnvironment(session);
    const ref = args[0];
    await runRelease(session, {
      environment,
      title: `Deploy ${ref ?? 'the current source'} to ${environment.name}`,
      wait: options['no-wait'] !== true,
      start: async () =>
        (
          await session.request(DeployDocument, {
            input: { environmentId: environment.id, ref: ref ?? null },
          })
        ).deploy.release,
    });
  },
};

export default deploy;
