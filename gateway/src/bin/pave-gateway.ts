#!/usr/bin/env node
// `pave-gateway`: the gateway alone (distributed mode), over a supergraph file or the subgraphs'
// URLs from pave.yaml.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SUPERGRAPH_FILE } from '@pave/schema';
import { createLogger, migrate } from '@pave/subgraph-kit';
import { gatewayMigrations } from '../auth/migrations.ts';
import { loadOrCreateRootToken } from '../auth/rootToken.ts';
import { startGateway } from '../server.ts';
import { openPlatformServices } from '../services.ts';
import { runProcess } from './run.ts';

const { values } = parseArgs({
  options: {
    config: { type: 'string', short: 'c' },
    supergraph: { type: 'string' },
    port: { type: 'string' },
  },
});

await runProcess(
  async (config) => {
    const file = values.supergraph ?? config.gateway.supergraph ?? SUPERGRAPH_FILE;
    const supergraph = await readFile(file, 'utf8').catch((error) => {
      throw new Error(`Cannot read the supergraph ${file}: ${error.message}`);
    });
    const services = await openPlatformServices(config);
    await migrate(services.store, 'gateway', gatewayMigrations);
    const subgraphUrls = Object.fromEntries(
      Object.entries(config.subgraphs).flatMap(([name, sub]) => (sub.url ? [[name, sub.url]] : [])),
    );
    const { token } = await loadOrCreateRootToken(config.dataDir);
    const log = createLogger({ fields: { service: 'pave-gateway' } });
    const gateway = await startGateway({
      config,
      supergraph,
      store: services.store,
      signer: services.signer,
      rootToken: token,
      log,
      subgraphUrls,
      port: values.port ? Number(values.port) : undefined,
    });
    log.info('gateway listening', { url: `${gateway.url}/graphql`, supergraph: file });
    return {
      close: async () => {
        await gateway.close();
        await services.close();
      },
    };
  },
  { configFile: values.config },
);
