import { loadSubgraphTypeDefs } from '@pave/schema';
import { defineSubgraph } from '@pave/subgraph-kit';
import { loadEnvironmentsBackend } from './adapters/registry.ts';
import { startReaper } from './lifecycle/reaper.ts';
import { Teardowns } from './lifecycle/teardown.ts';
import { resolvers } from './resolvers/index.ts';
import type { EnvironmentsServices } from './services.ts';
import { allActiveEnvironments, setUrl } from './store/environments.ts';
import { environmentsMigrations } from './store/migrations.ts';

export type { BackendStatus, EnvironmentsBackend } from './port.ts';
export type { EnvironmentsServices } from './services.ts';

export const environmentsSubgraph = defineSubgraph<EnvironmentsServices>({
  name: 'environments',
  typeDefs: loadSubgraphTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  migrations: environmentsMigrations,
  async start({ config, baseDir, dataDir, store, bus, log }) {
    const { backend, reapIntervalMs } = await loadEnvironmentsBackend(config.adapter, {
      baseDir,
      dataDir,
      store,
      bus,
      log,
    });
    const teardowns = new Teardowns({ store, bus, backend, log });

    // After a restart, every environment gets its resources (for the local runtime: its address) back.
    const ready = (async () => {
      for (const environment of await allActiveEnvironments(store)) {
        try {
          const { url } = await backend.provision(environment);
          if (url !== environment.url) await setUrl(store, environment.id, url);
        } catch (error) {
          log.error('could not provision an environment again', { environmentId: environment.id, error });
        }
      }
    })();
    const reaper = startReaper({ store, teardowns, log, intervalMs: reapIntervalMs });
    return {
      services: { backend, teardowns, reaper },
      ready,
      stop: async () => {
        await reaper.stop();
        await ready.catch(() => {});
        await backend.close();
      },
    };
  },
});
