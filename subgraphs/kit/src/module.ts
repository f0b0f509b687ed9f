import type { DocumentNode } from 'graphql';
import type { EventBus } from './events/types.ts';
import type { Logger } from './logger.ts';
import type { Peers } from './platform/peers.ts';
import type { Migration, Store } from './store/types.ts';

/**
 * A capability's resolver map: the `Resolvers` type codegen.yml generates for it (its contextType
 * is the capability's SubgraphContext). Federation's __resolveReference/__resolveType take
 * (parent, context, info), which Apollo's GraphQLResolverMap cannot express.
 */
export type SubgraphResolvers = { [typeName: string]: object | undefined };

/** What a capability is given when it starts. */
export interface CapabilityRuntime {
  /** This capability's section of pave.yaml: `{ adapter: { kind, ...options } }`. */
  config: { adapter: { kind: string; [option: string]: unknown } };
  /** Directory relative paths in the configuration are resolved against. */
  baseDir: string;
  dataDir: string;
  store: Store;
  bus: EventBus;
  log: Logger;
  /** The other capabilities, for calls on behalf of a caller (or `systemIdentity`). */
  peers: Peers;
}

export interface StartedCapability<Services> {
  services: Services;
  /** Resolves once the capability has served its first data (e.g. the catalog finished ingesting). */
  ready?: Promise<void>;
  stop(): Promise<void>;
}

/**
 * A capability as the kit runs it: its SDL and resolvers, its migrations, and how it starts its
 * adapter. The kit never imports a capability's adapters; `start` does, through its registry.
 */
export interface SubgraphModule<Services = unknown> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  migrations: Migration[];
  start(runtime: CapabilityRuntime): Promise<StartedCapability<Services>>;
}

export function defineSubgraph<Services>(module: SubgraphModule<Services>): SubgraphModule<Services> {
  return module;
}

/** A capability whatever its services, as the platform holds a list of them. */
// biome-ignore lint/suspicious/noExplicitAny: resolvers are contravariant in their context, so only `any` admits every module
export type AnySubgraphModule = SubgraphModule<any>;
