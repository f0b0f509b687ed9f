import type { PaveReleaseFieldsFragment } from '../../__generated__/graphql.ts';

/**
 * The releases as listed, updated with what the live subscription reported since: a release that
 * moved shows its new status, a new one appears on top; newest first by number.
 */
export function mergeReleases(
  listed: PaveReleaseFieldsFragment[],
  live: Record<string, PaveReleaseFieldsFragment>,
): PaveReleaseFieldsFragment[] {
  const byId = new Map(listed.map((release) => [release.id, release]));
  for (const release of Object.values(live)) byId.set(release.id, release);
  const merged = [...byId.values()].sort((a, b) => b.number - a.number);
  // Only one release is current: the newest live event that says so wins over the listed flag.
  const current = merged.find((release) => live[release.id]?.current) ?? merged.find((r) => r.current);
  return merged.map((release) => ({ ...release, current: release.id === current?.id }));
}
