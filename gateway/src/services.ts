import { CAPABILITY_PORTS, type CapabilityName } from '@pave/schema';
import {
  type AnySubgraphModule,
  createPeers,
  type EventBus,
  IdentitySigner,
  type Logger,
  loadIdentityKey,
  migrate,
  openEventBus,
  openStore,
  type PaveConfig,
  type Peers,
  type Store,
  type SubgraphServer,
  startSubgraphServer,
} from '@pave/subgraph-kit';

/** What every Pave process shares: the store, the event bus and the identity signer. */
export interface PlatformServices {
  store: Store;
  bus: EventBus;
  signer: IdentitySigner;
  peers: Peers;
  /** Records where a capability of this process listens, so peers reach it there. */
  registerPeer(capability: string, url: string): void;
  close(): Promise<void>;
}

/**
 * `served` names the capabilities this platform runs (embedded: the ones started in this process);
 * peers treat any other as absent. Left out, every capability of this build is taken to run
 * somewhere (distributed mode, where each process runs one and reaches the others by URL).
 */
export async function openPlatformServices(
  config: PaveConfig,
  served?: readonly string[],
): Promise<PlatformServices> {
  const store = await openStore({ databaseUrl: config.database.url, dataDir: config.dataDir });
  try {
    const bus = await openEventBus({
      kind: config.events.kind,
      url: config.events.kind === 'postgres' ? config.database.url : config.events.url,
    });
    const signer = new IdentitySigner(
      await loadIdentityKey({ key: config.identity.key, dataDir: config.dataDir }),
    );
    const local = new Map<string, string>();
    const peers = createPeers({
      signer,
      timeoutMs: config.gateway.limits.upstreamTimeoutMs,
      urlOf: (name) =>
        served && !served.includes(name) ? undefined : (local.get(name) ?? configuredUrl(config, name)),
    });
    return {
      store,
      bus,
      signer,
      peers,
      registerPeer: (capability, url) => local.set(capability, url),
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

/** Where a capability run by another process listens: pave.yaml, else its default local port. */
function configuredUrl(config: PaveConfig, name: string): string | undefined {
  const configured = config.subgraphs[name as CapabilityName]?.url;
  if (configured) return configured;
  const port = CAPABILITY_PORTS[name as CapabilityName];
  return port ? `http://127.0.0.1:${port}/graphql` : undefined;
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
    peers: services.peers,
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
      peers: services.peers,
      log,
      host: options.host,
      port: options.port,
      maxBodyBytes: config.gateway.limits.bodyBytes,
    });
    services.registerPeer(module.name, server.url);
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
