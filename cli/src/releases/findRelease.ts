import {
  EnvironmentReleaseDocument,
  EnvironmentReleasesDocument,
  type EnvironmentReleasesQuery,
} from '../__generated__/graphql.ts';
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

/** The newest of the environment's releases that `wanted` accepts, read a page at a time. */
async function findNewestFirst(
  session: Session,
  environmentId: string,
  wanted: (release: Release) => boolean,
): Promise<Release | undefined> {
  let after: string | null = null;
  for (;;) {
    const { environment }: EnvironmentReleasesQuery = await session.request(EnvironmentReleasesDocument, {
      id: environmentId,
      first: 100,
      after,
    });
    if (!environment) return undefined;
    const found = environment.releases.nodes.find(wanted);
    if (found) return found;
    if (!environment.releases.pageInfo.hasNextPage) return undefined;
    after = environment.releases.pageInfo.endCursor ?? null;
  }
}

export async function releaseByNumber(
  session: Session,
  environment: TargetEnvironment,
  number: number,
): Promise<Release> {
  const found = (await session.request(EnvironmentReleaseDocument, { id: environment.id, number }))
    .environment?.release;
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
  const found = await findNewestFirst(
    session,
    environment.id,
    (release) => release.number < current.number && release.status === 'SUCCEEDED',
  );
  if (!found) {
    throw new CliError(`${environment.name} has no successful release before ${current.version}.`, {
      hint: `pave releases -e ${environment.name} lists them; pave rollback vN picks one.`,
    });
  }
  return found;
}
