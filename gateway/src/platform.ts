import { composeSupergraph, existingCapabilities } from '@pave/schema';
import {
  type AnySubgraphModule,
  createLogger,
  type Logger,
  migrate,
  type PaveConfig,
} from '@pave/subgraph-kit';
import { gatewayMigrations } from './auth/migrations.ts';
import { loadOrCreateRootToken, rootTokenFile } from './auth/rootToken.ts';
import { capabilityModules, loadCapability } from './capabilities.ts';
import { startGateway } from './server.ts';
import { openPlatformServices, type RunningCapability, runCapability } from './services.ts';

export interface Platform {
  url: string;
  rootToken: string;
  /** True when this start generated the root token (it is printed once, then only kept on disk). */
  rootTokenCreated: boolean;
  rootTokenFile: string;
  capabilities: RunningCapability[];
  close(): Promise<void>;
}

/**
 * The embedded platform: every capability and the gateway in one process. Subgraphs listen on
 * loopback ports and the gateway calls them over HTTP, exactly as in a distributed deployment.
 */
export async function defaultModules(): Promise<AnySubgraphModule[]> {
  const names = existingCapabilities().filter((name) => name in capabilityModules);
  return Promise.all(names.map(loadCapability));
}

export async function startPlatform(options: {
  config: PaveConfig;
  log?: Logger;
  port?: number;
  /** The capabilities to serve; by default every one this checkout has. */
  modules?: AnySubgraphModule[];
}): Promise<Platform> {
  const { config } = options;
  const log = options.log ?? createLogger({ fields: { service: 'pave' } });
  const modules = options.modules ?? (await defaultModules());
  const services = await openPlatformServices(
    config,
    modules.map((module) => module.name),
  );
  const running: RunningCapability[] = [];
  const stopAll = async () => {
    for (const capability of running.reverse()) await capability.stop().catch(() => {});
    await services.close();
  };
  try {
    await migrate(services.store, 'gateway', gatewayMigrations);
    for (const module of modules) running.push(await runCapability(module, { config, services, log }));
    const supergraph = composeSupergraph(
      running.map(({ module, server }) => ({
        name: module.name,
        url: server.url,
        typeDefs: module.typeDefs,
      })),
    );
    const { token, created } = await loadOrCreateRootToken(config.dataDir);
    const gateway = await startGateway({
      config,
      supergraph,
      store: services.store,
      signer: services.signer,
      rootToken: token,
      log: log.child({ component: 'gateway' }),
      port: options.port,
    });
    return {
      url: gateway.url,
      rootToken: token,
      rootTokenCreated: created,
      rootTokenFile: rootTokenFile(config.dataDir),
      capabilities: running,
      close: async () => {
        await gateway.close();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
