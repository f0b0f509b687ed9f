import { loadSubgraphTypeDefs } from '@pave/schema';
import { defineSubgraph, type EnvironmentChanged, systemIdentity, TOPICS } from '@pave/subgraph-kit';
import { loadBackendRouter } from './adapters/registry.ts';
import { resolvers } from './resolvers/index.ts';
import type { SecretsServices } from './services.ts';
import { recordAudit } from './store/audit.ts';
import { secretsMigrations } from './store/migrations.ts';

export type {
  SecretsBackend,
  StoredVariable,
  VariableSetSnapshot,
  WriteRequest,
  WriteResult,
} from './port.ts';
export type { SecretsServices } from './services.ts';

export const secretsSubgraph = defineSubgraph<SecretsServices>({
  name: 'secrets',
  typeDefs: loadSubgraphTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  migrations: secretsMigrations,
  async start({ config, baseDir, dataDir, store, bus, log }) {
    const router = await loadBackendRouter(config.adapter, {
      store,
      baseDir,
      dataDir,
      env: process.env,
      log,
    });

    // A deleted environment's variables go with it. Events are at most once: a missed one leaves
    // the variables in place (never exposes them to anyone new), and the next delete removes them.
    const unsubscribe = await bus.subscribe<EnvironmentChanged>(
      TOPICS.environmentChanged,
      async ({ data }) => {
        if (data.change !== 'deleted') return;
        const backend = router.backendFor(data.environmentId);
        try {
          await backend.deleteEnvironment(data.environmentId);
          await recordAudit(store, {
            environmentId: data.environmentId,
            action: 'DELETE',
            identity: {
              ...systemIdentity('secrets'),
              subject: data.actor || systemIdentity('secrets').subject,
            },
            keys: [],
          });
          log.info('variables of a deleted environment removed', {
            environmentId: data.environmentId,
            backend: backend.kind,
          });
        } catch (error) {
          log.error('variables of a deleted environment could not be removed', {
            environmentId: data.environmentId,
            backend: backend.kind,
            error,
          });
        }
      },
    );
    return {
      services: { router },
      stop: async () => {
        await unsubscribe();
        await router.close();
      },
    };
  },
});
