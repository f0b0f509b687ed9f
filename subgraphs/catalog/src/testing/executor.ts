/**
 * Runs GraphQL operations against the catalog subgraph's own schema and resolvers, in process, with
 * a real store: what the gateway would send, without the HTTP and the gateway around it.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  createLoaderCache,
  createMemoryBus,
  type Identity,
  type Peers,
  type Store,
  silentLogger,
} from '@pave/subgraph-kit';
import { type ExecutionResult, graphql } from 'graphql';
import { catalogSubgraph } from '../index.ts';
import type { CatalogContext } from '../resolvers/loaders.ts';
import type { CatalogServices } from '../services.ts';

const root: Identity = { subject: 'root', kind: 'root', groups: [], admin: true };

const noPeers: Peers = {
  serves: () => false,
  request: () => Promise.reject(new Error('the catalog calls no other capability')),
};

export function catalogExecutor(store: Store, services: Partial<CatalogServices> = {}) {
  const schema = buildSubgraphSchema([
    { typeDefs: catalogSubgraph.typeDefs, resolvers: catalogSubgraph.resolvers as never },
  ]);
  const bus = createMemoryBus();
  return async <Data = Record<string, unknown>>(
    source: string,
    variableValues?: Record<string, unknown>,
  ): Promise<ExecutionResult<Data>> => {
    const contextValue: CatalogContext = {
      identity: root,
      store,
      bus,
      log: silentLogger,
      peers: noPeers,
      services: services as CatalogServices,
      loader: createLoaderCache(),
    };
    return (await graphql({ schema, source, variableValues, contextValue })) as ExecutionResult<Data>;
  };
}
