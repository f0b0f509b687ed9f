import { loadSubgraphTypeDefs } from '@pave/schema';
import { type ConfigChanged, defineSubgraph, type EnvironmentChanged, TOPICS } from '@pave/subgraph-kit';
import { loadReleasesBackend } from './adapters/registry.ts';
import { Announcer } from './core/announce.ts';
import { KeyedLocks } from './core/locks.ts';
import { Reconciler } from './core/reconcile.ts';
import { restoreCurrentReleases } from './core/restore.ts';
import { ReleaseRunner } from './core/runner.ts';
import { resolvers } from './resolvers/index.ts';
import type { ReleasesServices } from './services.ts';
import { releasesMigrations } from './store/migrations.ts';
import { deleteEnvironmentReleases } from './store/releases.ts';
import { failAbandoned } from './store/transitions.ts';

export type { ApplyRequest, ComponentInfo, ReleaseArtifact, ReleasesBackend } from './port.ts';
export type { ReleasesServices } from './services.ts';

/** A release whose process has not renewed its lease for this long is failed as abandoned. */
const LEASE_MS = 30_000;

export const releasesSubgraph = defineSubgraph<ReleasesServices>({
  name: 'releases',
  typeDefs: loadSubgraphTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  migrations: releasesMigrations,
  async start({ config, baseDir, dataDir, store, bus, log, peers }) {
    const { backend, reconcileIntervalMs } = await loadReleasesBackend(config.adapter, {
      baseDir,
      dataDir,
      store,
      bus,
      log,
    });
    const announcer = new Announcer(bus, log);
    const locks = new KeyedLocks();
    const reconcile = (environmentId: string, hint?: { changedKeys?: string[]; actor?: string }) =>
      reconciler
        .environment(environmentId, hint)
        .catch((error) => log.error('could not check an environment’s config', { environmentId, error }));
    const runner = new ReleaseRunner({
      store,
      peers,
      backend,
      announcer,
      locks,
      log,
      leaseMs: LEASE_MS,
      onSettled: (environmentId) => void reconcile(environmentId),
    });
    const reconciler = new Reconciler({ store, peers, runner, announcer, locks, log, leaseMs: LEASE_MS });

    // A backend that lives in this process died with the previous one: its releases in flight did too.
    for (const abandoned of await failAbandoned(store, backend.restore ? 0 : LEASE_MS)) {
      await announcer.status(abandoned);
    }
    const unsubscribe = await Promise.all([
      bus.subscribe<ConfigChanged>(TOPICS.configChanged, async ({ data }) => {
        if (data.releaseId) return; // a release made this change itself
        await reconcile(data.environmentId, { changedKeys: data.changedKeys, actor: data.actor });
      }),
      bus.subscribe<EnvironmentChanged>(TOPICS.environmentChanged, async ({ data, time }) => {
        // A new environment under an old name starts again at v1. Releases made after the event
        // (a deploy right after creating the environment, whose event came late) are kept.
        if (data.change === 'deleted' || data.change === 'created') {
          const removed = await deleteEnvironmentReleases(store, data.environmentId, new Date(time));
          if (removed > 0)
            log.info('forgot the releases of an environment', { environmentId: data.environmentId, removed });
        }
      }),
    ]);

    const restoring = new AbortController();
    const restored = restoreCurrentReleases({
      store,
      peers,
      backend,
      announcer,
      locks,
      log,
      signal: restoring.signal,
    }).catch((error) => log.error('could not restore current releases', { error }));
    const sweep = setInterval(() => {
      reconciler.sweep().catch((error) => log.error('config reconciliation failed', { error }));
    }, reconcileIntervalMs);
    sweep.unref();

    return {
      services: { backend, runner, reconciler },
      stop: async () => {
        clearInterval(sweep);
        for (const stopListening of unsubscribe) await stopListening();
        restoring.abort();
        await Promise.race([restored, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
        await runner.stop();
        await backend.close();
      },
    };
  },
});
