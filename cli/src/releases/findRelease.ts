import { EnvironmentReleasesDocument, type EnvironmentReleasesQuery } from '../__generated__/graphql.ts';
import type { TargetEnvironment } from '../context/targetEnvironment.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Session } from '../session.ts';
import type { Release } from './describeRelease.ts';

/** `v3` or `3` → 3. */
export function parseVersion(text: string, what = 'VERSION'): number {
  const match = /^v?(\d{1,9})$/i.exec(text.trim());
  const number = Number(match?.[1]);
  if (!match || number < 1)
    throw new UsageError(`${what}: "${text}" is not a release version.`, 'Like v3 (or 3).');
  return number;
}

/**
 * The environment's releases newest first, a page at a time, until `wanted` says stop. The API
 * finds a release by id only, so one by number is found by paging: numbers count down.
 */
async function findNewestFirst(
  session: Session,
  environmentId: string,
  wanted: (release: Release) => 'take' | 'skip' | 'stop',
): Promise<Release | undefined> {
  let after: string | null = null;
  for (;;) {
    const { environment }: EnvironmentReleasesQuery = await session.request(EnvironmentReleasesDocument, {
      id: environmentId,
      first: 100,
      after,
    });
    if (!environment) return undefined;
    for (const release of environment.releases.nodes) {
      const verdict = wanted(release);
      if (verdict === 'take') return release;
      if (verdict === 'stop') return undefined;
    }
    if (!environment.releases.pageInfo.hasNextPage) return undefined;
    after = environment.releases.pageInfo.endCursor ?? null;
  }
}

export async function releaseByNumber(
  session: Session,
  environment: TargetEnvironment,
  number: number,
): Promise<Release> {
  const found = await findNewestFirst(session, environment.id, (release) =>
    release.number === number ? 'take' : release.number < number ? 'stop' : 'skip',
  );
  if (!found) {
    throw new CliError(`${environment.name} has no release v${number}.`, {
      hint: `pave releases -e ${environment.name} lists them.`,
    });
  }
  return found;
}

/** What `pave rollback` restores by default: the newest release before the current one that succeeded. */
export async function previousSuccessfulRelease(
  session: Session,
  environment: TargetEnvironment,
): Promise<Release> {
  const current = environment.currentRelease;
  if (!current) {
    throw new CliError(`${environment.name} has no release to roll back from.`, {
      hint: `Deploy first: pave deploy -e ${environment.name}.`,
    });
  }
  const found = await findNewestFirst(session, environment.id, (release) =>
    release.number < current.number && release.status === 'SUCCEEDED' ? 'take' : 'skip',
  );
  if (!found) {
    throw new CliError(`${environment.name} has no successful release before ${current.version}.`, {
      hint: `pave releases -e ${environment.name} lists them; pave rollback vN picks one.`,
    });
  }
  return found;
}
