export { type AdapterModuleBase, type AdapterSite, loadAdapter, loadAdapterAt } from './adapters.ts';
export { CALLER_TOKEN_HEADER, CallerToken } from './callerToken.ts';
export * from './config/index.ts';
export { connection, pageArgs } from './connection.ts';
export { createLoaderCache, type SubgraphContext } from './context.ts';
export * from './errors.ts';
export * from './events/index.ts';
export { IDENTITY_HEADER, type Identity, IdentitySigner, loadIdentityKey } from './identity.ts';
export {
  createLogger,
  type Logger,
  type LogLevel,
  REDACTED,
  redact,
  SecretValues,
  silentLogger,
} from './logger.ts';
export {
  type AnySubgraphModule,
  type CapabilityRuntime,
  defineSubgraph,
  type StartedCapability,
  type SubgraphModule,
} from './module.ts';
export * from './platform/index.ts';
export { listen, type SubgraphServer, type SubgraphServerOptions, startSubgraphServer } from './server.ts';
export * from './store/index.ts';
