import type { Command } from '../command.ts';
import { targetEnvironment } from '../context/targetEnvironment.ts';
import { duration, failureText, releaseJson } from '../releases/describeRelease.ts';
import { parseVersion, releaseByNumber } from '../releases/findRelease.ts';
import { shortTime } from '../releases/time.ts';

const releasesInfo: Command = {
  description:
    'One release of the environment in full: status, what made it, its artifact, its config ' +
    'version, where it came from (a promotion or rollback), who made it and when, and why it ' +
    'failed when it did.',
  args: [{ name: 'VERSION', required: true }],
  examples: ['pave releases info v3 -e dev', 'pave releases info 3 -e dev --json'],
  async run(session, { args }) {
    const number = parseVersion(args[0] as string);
    const environment = await targetEnvironment(session);
    const release = await session.term.spin(`Loading v${number} of ${environment.name}`, () =>
      releaseByNumber(session, environment, number),
    );
    if (session.term.json) return session.term.printJson(releaseJson(release, environment.name));
    const artifact = release.artifact;
    await session.term.show({
      kind: 'details',
      title: `${release.version} of ${environment.componentRef} in ${environment.name}`,
      rows: [
        ['status', `${release.status}${release.current ? ' (current)' : ''}`],
        ['description', release.description],
        ['cause', release.cause.toLowerCase()],
        [
          'artifact',
          artifact
            ? `${artifact.description} (${artifact.kind.toLowerCase()} ${artifact.id}${artifact.ref ? `, from ${artifact.ref}` : ''})`
            : undefined,
        ],
        ['config version', release.configVersion === null ? undefined : String(release.configVersion)],
        [
          'from',
          release.sourceRelease
            ? `${release.sourceRelease.version} of ${environmentName(release.sourceRelease.environmentId)}`
            : undefined,
        ],
        ['created by', release.createdBy],
        ['created', shortTime(release.createdAt)],
        ['started', shortTime(release.startedAt)],
        ['finished', shortTime(release.finishedAt)],
        ['took', duration(release)],
        ['failure', release.status === 'FAILED' ? failureText(release) : undefined],
      ],
    });
  },
};

/** `component:default/shop/dev` → `dev`: the component is the one shown already. */
const environmentName = (id: string) => id.slice(id.lastIndexOf('/') + 1);

export default releasesInfo;
