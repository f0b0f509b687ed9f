import { loadSubgraphTypeDefs } from './sdl.ts';

/**
 * The gateway's own subgraph (viewer, service tokens: gateway/src/admin). Every supergraph Pave
 * composes includes it, so the query planner sees one graph; the gateway answers it in its own
 * process, so its URL is only a name and nothing listens there.
 */
export const GATEWAY_SUBGRAPH = {
  name: 'gateway',
  url: 'in-process://gateway',
  typeDefs: loadSubgraphTypeDefs(new URL('../../gateway/src/admin/schema.graphql', import.meta.url)),
};

/**
 * Whether a supergraph names the gateway's own subgraph. One composed elsewhere (Apollo's rover,
 * Hive's registry) from the capability subgraphs alone does not, and has no `viewer` then.
 */
export const includesGatewaySubgraph = (supergraph: string): boolean =>
  new RegExp(`@join__graph\\(\\s*name:\\s*"${GATEWAY_SUBGRAPH.name}"`).test(supergraph);
