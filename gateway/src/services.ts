import {
  type AnySubgraphModule,
  type EventBus,
  IdentitySigner,
  type Logger,
  loadIdentityKey,
  migrate,
  openEventBus,
  openStore,
  type PaveConfig,
  type Store,
  type SubgraphServer,
  startSubgraphServer,
} from '@pave/subgraph-kit';

/** What every Pave process shares: the store, the event bus and the identity signer. */
export interface PlatformServices {
  store: Store;
  bus: EventBus;
  signer: IdentitySigner;
  close(): Promise<void>;
}

export async function openPlatformServices(config: PaveConfig): Promise<PlatformServices> {
  const store = await openStore({ databaseUrl: config.database.url, dataDir: config.dataDir });
  try {
    const bus = await openEventBus({
      kind: config.events.kind,
      url: config.events.kind === 'postgres' ? config.database.url : config.events.url,
    });
    const signer = new IdentitySigner(
      await loadIdentityKey({ key: config.identity.key, dataDir: config.dataDir }),
    );
    return {
      store,
      bus,
      signer,
      close: async () => {
        await bus.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

export interface RunningCapability {
  module: AnySubgraphModule;
  server: SubgraphServer;
  stop(): Promise<void>;
}

/** Migrates, starts and serves one capability as a subgraph. */
export async function runCapability(
  module: AnySubgraphModule,
  options: { config: PaveConfig; services: PlatformServices; log: Logger; host?: string; port?: number },
): Promise<RunningCapability> {
  const { config, services } = options;
  const log = options.log.child({ subgraph: module.name });
  await migrate(services.store, module.name, module.migrations);
  const capabilityConfig = config.subgraphs[module.name as keyof PaveConfig['subgraphs']];
  const started = await module.start({
    config: { adapter: capabilityConfig?.adapter ?? { kind: 'none' } },
    baseDir: config.baseDir,
    dataDir: config.dataDir,
    store: services.store,
    bus: services.bus,
    log,
  });
  try {
    await started.ready;
    const server = await startSubgraphServer({
      module,
      services: started.services,
      store: services.store,
      bus: services.bus,
      signer: services.signer,
      log,
      host: options.host,
      port: options.port,
      maxBodyBytes: config.gateway.limits.bodyBytes,
    });
    return {
      module,
      server,
      stop: async () => {
        await server.close();
        await started.stop();
      },
    };
  } catch (error) {
    await started.stop();
    throw error;
  }
}
