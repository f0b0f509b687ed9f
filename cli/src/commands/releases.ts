import { EnvironmentReleasesDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { targetEnvironment } from '../context/targetEnvironment.ts';
import { UsageError } from '../errors.ts';
import { artifactText, releaseJson } from '../releases/describeRelease.ts';
import { shortTime } from '../releases/time.ts';

const releases: Command = {
  description:
    'The environment’s releases, newest first: version, status, what happened, the artifact, who ' +
    'made it and when. The current release (the one that serves) is marked with *.',
  options: {
    limit: { type: 'string', short: 'n', placeholder: 'N', description: 'How many (1–200, default 20)' },
  },
  examples: ['pave releases -e dev', 'pave releases -e staging -n 5 --json'],
  async run(session, { options }) {
    const first = parseLimit(options.limit as string | undefined);
    const environment = await targetEnvironment(session);
    const found = await session.term.spin(`Loading the releases of ${environment.name}`, () =>
      session.request(EnvironmentReleasesDocument, { id: environment.id, first, after: null }),
    );
    const page = found.environment?.releases;
    const nodes = page?.nodes ?? [];
    const total = page?.totalCount ?? 0;
    if (session.term.json) {
      return session.term.printJson({
        environment: { id: environment.id, name: environment.name },
        totalCount: total,
        releases: nodes.map((release) => releaseJson(release, environment.name)),
      });
    }
    await session.term.show({
      kind: 'table',
      title: `Releases of ${environment.componentRef} in ${environment.name}`,
      columns: [
        { header: 'version' },
        { header: 'status' },
        { header: 'description' },
        { header: 'artifact', style: 'dim' },
        { header: 'by', style: 'dim' },
        { header: 'created', style: 'dim' },
      ],
      rows: nodes.map((release) => [
        release.current ? `${release.version} *` : release.version,
        release.status,
        release.description,
        artifactText(release),
        release.createdBy,
        shortTime(release.createdAt),
      ]),
      empty: `No releases in ${environment.name} yet: pave deploy -e ${environment.name} makes one.`,
      footer: total > nodes.length ? `${nodes.length} of ${total} releases (-n shows more)` : undefined,
    });
  },
};

function parseLimit(text: string | undefined): number {
  if (text === undefined) return 20;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 200) {
    throw new UsageError(`--limit: "${text}" is not a number from 1 to 200.`);
  }
  return n;
}

export default releases;
