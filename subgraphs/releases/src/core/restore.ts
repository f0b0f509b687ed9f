import { type Logger, type Peers, type Store, systemIdentity } from '@pave/subgraph-kit';
import { fetchComponent } from '../peers/catalog.ts';
import { readVariables } from '../peers/secrets.ts';
import type { ReleasesBackend } from '../port.ts';
import { currentReleases, environmentsWithReleases } from '../store/releases.ts';
import type { Announcer } from './announce.ts';
import { describeFailure } from './failure.ts';
import type { KeyedLocks } from './locks.ts';

/**
 * After a restart of Pave, brings every environment back to its current release with the
 * variables that release ran with — for backends whose state lived in Pave's process.
 */
export async function restoreCurrentReleases(deps: {
  store: Store;
  peers: Peers;
  backend: ReleasesBackend;
  announcer: Announcer;
  locks: KeyedLocks;
  log: Logger;
  signal: AbortSignal;
}): Promise<void> {
  const { store, peers, backend, announcer, locks, log, signal } = deps;
  const restore = backend.restore?.bind(backend);
  if (!restore) return;
  const environments = await environmentsWithReleases(store);
  const current = await currentReleases(store, environments);
  for (const release of current.values()) {
    if (signal.aborted) return;
    const environmentId = release.environment_id;
    await locks
      .run(environmentId, async () => {
        const now = (await currentReleases(store, [environmentId])).get(environmentId);
        if (now?.id !== release.id || !release.artifact) return; // a new release got there first
        const component = await fetchComponent(peers, systemIdentity('releases'), release.component_ref);
        const config =
          release.config_version === null
            ? { version: null, variables: [] }
            : await readVariables(peers, environmentId, release.config_version);
        await restore({
          environmentId,
          component,
          release: { id: release.id, number: release.number, cause: release.cause },
          signal,
          artifact: release.artifact,
          variables: config.variables,
          configVersion: config.version,
        });
        await announcer.line(release, `release v${release.number} restored after a restart of Pave`);
      })
      .catch(async (error) => {
        const { reason, code } = describeFailure(error);
        log.error('could not restore a release', { environmentId, releaseId: release.id, code, reason });
        await announcer.line(
          release,
          `could not restore release v${release.number} (${code}): ${reason}`,
          'error',
        );
      });
  }
}
