import type { ReleaseFieldsFragment } from '../__generated__/graphql.ts';

export type Release = ReleaseFieldsFragment;
export type Phase = Release['status'];

export const isFinished = (release: Pick<Release, 'status'>) =>
  release.status === 'SUCCEEDED' || release.status === 'FAILED';

const RANK: Record<Phase, number> = { PENDING: 0, DEPLOYING: 1, SUCCEEDED: 2, FAILED: 2 };

/** Whether `next` is news after `previous`: statuses only move forward. */
export const movedOn = (previous: Release | undefined, next: Release) =>
  !previous || RANK[next.status] > RANK[previous.status];

/**
 * The phases a release went through, as far as they can be told: one that started passed
 * DEPLOYING even if nobody saw it there.
 */
export function phasesOf(release: Release): Phase[] {
  const phases: Phase[] = ['PENDING'];
  if (release.status === 'DEPLOYING' || release.startedAt || release.status === 'SUCCEEDED') {
    phases.push('DEPLOYING');
  }
  if (isFinished(release)) phases.push(release.status);
  return phases;
}

/** `4.2 s`, `1 min 5 s`: how long a finished release took from being asked for. */
export function duration(release: Release): string | undefined {
  if (!release.finishedAt) return undefined;
  const ms = Date.parse(release.finishedAt) - Date.parse(release.createdAt);
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export const failureText = (release: Release) =>
  [release.failureCode, release.failureReason].filter(Boolean).join(': ') || 'no reason given';

export const artifactText = (release: Release) => release.artifact?.description ?? '—';

/** The release as `--json` prints it: stable keys, the environment by id and name. */
export function releaseJson(release: Release, environmentName: string) {
  return {
    version: release.version,
    number: release.number,
    id: release.id,
    environment: { id: release.environmentId, name: environmentName },
    status: release.status,
    cause: release.cause,
    description: release.description,
    artifact: release.artifact
      ? {
          kind: release.artifact.kind,
          id: release.artifact.id,
          ref: release.artifact.ref,
          description: release.artifact.description,
        }
      : null,
    configVersion: release.configVersion,
    current: release.current,
    createdBy: release.createdBy,
    createdAt: release.createdAt,
    startedAt: release.startedAt,
    finishedAt: release.finishedAt,
    failureCode: release.failureCode,
    failureReason: release.failureReason,
    from: release.sourceRelease
      ? { version: release.sourceRelease.version, environmentId: release.sourceRelease.environmentId }
      : null,
  };
}
