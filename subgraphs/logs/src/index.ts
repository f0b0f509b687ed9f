import { loadSubgraphTypeDefs } from '@pave/schema';
import { defineSubgraph } from '@pave/subgraph-kit';
import { loadLogsBackend, loadMetricsBackend, parseCommonOptions } from './adapters/registry.ts';
import { withRedaction } from './redaction/redactingBackend.ts';
import { SecretRedactors } from './redaction/secretRedactors.ts';
import { peerSecretsLookup } from './redaction/secretsLookup.ts';
import type { LogsServices } from './resolvers/context.ts';
import { resolvers } from './resolvers/index.ts';
import { logsMigrations } from './store/migrations.ts';

export type { LogLine, LogsBackend, MetricsBackend } from './port.ts';
export type { LogsServices } from './resolvers/context.ts';

export const logsSubgraph = defineSubgraph<LogsServices>({
  name: 'logs',
  typeDefs: loadSubgraphTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  migrations: logsMigrations,
  async start({ config, baseDir, store, bus, log, peers }) {
    const common = parseCommonOptions(config.adapter);
    const redactors = new SecretRedactors(peerSecretsLookup(peers, log), {
      recheckMs: common.secrets.recheckSeconds * 1000,
    });
    const stopWatchingConfig = await redactors.subscribe(bus);
    const ctx = { store, bus, log, baseDir, redactors };
    const opened: Array<{ close(): Promise<void> }> = [];
    const closeAll = async () => {
      for (const backend of opened.reverse()) await backend.close().catch(() => {});
      await stopWatchingConfig();
    };
    try {
      const logs = await loadLogsBackend(config.adapter, ctx);
      opened.push(logs);
      const metrics = await loadMetricsBackend(config.adapter, ctx);
      if (metrics) opened.push(metrics);
      log.info('logs backend ready', { adapter: logs.kind, metrics: metrics?.kind ?? null });
      return {
        services: {
          logs: withRedaction(logs, redactors),
          metrics,
          tail: {
            maxLines: common.tail.bufferLines,
            maxChars: common.tail.bufferChars,
            maxBatch: common.tail.batchLines,
          },
        },
        stop: closeAll,
      };
    } catch (error) {
      await closeAll();
      throw error;
    }
  },
});
