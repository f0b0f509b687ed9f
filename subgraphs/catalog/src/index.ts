import { loadSubgraphTypeDefs } from '@pave/schema';
import { defineSubgraph, type Logger } from '@pave/subgraph-kit';
import { loadCatalogBackend } from './adapters/registry.ts';
import type { CatalogProblem } from './port.ts';
import { resolvers } from './resolvers/index.ts';
import { CATALOG_CHANGED, type CatalogServices } from './services.ts';
import { type CatalogChange, ingestSnapshot } from './store/ingest.ts';
import { catalogMigrations } from './store/migrations.ts';

export type { CatalogBackend, CatalogProblem, CatalogSnapshot } from './port.ts';
export type { CatalogServices } from './services.ts';

export const catalogSubgraph = defineSubgraph<CatalogServices>({
  name: 'catalog',
  typeDefs: loadSubgraphTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  migrations: catalogMigrations,
  async start({ config, baseDir, dataDir, store, bus, log }) {
    const backend = await loadCatalogBackend(config.adapter, { baseDir, dataDir });

    // Refreshes never overlap: a change noticed during one runs once more after it.
    let running: Promise<CatalogChange> | undefined;
    let again = false;
    const refreshOnce = async (): Promise<CatalogChange> => {
      const snapshot = await backend.read();
      const { danglingRelations, ...change } = await ingestSnapshot(store, snapshot);
      for (const problem of snapshot.problems) log.warn('catalog problem', { ...problem });
      if (!snapshot.complete) {
        log.warn('catalog read incomplete: entities added and updated, none removed', {
          adapter: backend.kind,
          read: snapshot.entities.length,
          see: 'the catalogProblems query',
        });
      }
      logDanglingRelations(log, danglingRelations);
      const total = change.added.length + change.changed.length + change.removed.length;
      if (total > 0) {
        log.info('catalog refreshed', {
          added: change.added.length,
          changed: change.changed.length,
          removed: change.removed.length,
        });
        await bus.publish(CATALOG_CHANGED, change);
      }
      return change;
    };
    const refresh = (): Promise<CatalogChange> => {
      if (running) {
        again = true;
        return running;
      }
      running = refreshOnce().finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void refresh().catch((error) => log.error('catalog refresh failed', { error }));
        }
      });
      return running;
    };

    const ready = refresh().then(() => undefined);
    const stopWatching = backend.watch?.(() => {
      refresh().catch((error) => log.error('catalog refresh failed', { error }));
    });
    return {
      services: { backend, refresh },
      ready,
      stop: async () => {
        stopWatching?.();
        await running?.catch(() => {});
      },
    };
  },
});

/** At most this many dangling relations are logged one by one after a refresh; the rest are counted. */
const DANGLING_LOGGED = 100;

function logDanglingRelations(log: Logger, problems: CatalogProblem[] | undefined) {
  if (!problems) return;
  for (const problem of problems.slice(0, DANGLING_LOGGED)) log.warn('catalog problem', { ...problem });
  if (problems.length > DANGLING_LOGGED) {
    log.warn('catalog problems not logged one by one', {
      more: problems.length - DANGLING_LOGGED,
      see: 'the catalogProblems query',
    });
  }
}
