import { buildSubgraphSchema } from '@apollo/subgraph';
import { GATEWAY_SUBGRAPH } from '@pave/schema';
import { type DocumentNode, execute } from 'graphql';
import type { ServiceTokens } from '../auth/serviceTokens.ts';
import { adminResolvers } from './resolvers.ts';

/** The transport kind of the gateway's own subgraph (admin/schema.graphql). */
export const IN_PROCESS = 'pave-in-process';

interface SubgraphRequest {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
  rootValue?: unknown;
  context?: unknown;
}

/**
 * The gateway's own subgraph as a transport: the planner treats it as any other subgraph, and
 * its operations run here, against the caller's context, without a network hop or a signature
 * (the caller's identity is already in the context).
 */
export function adminTransport(tokens: ServiceTokens) {
  const schema = buildSubgraphSchema([
    { typeDefs: GATEWAY_SUBGRAPH.typeDefs, resolvers: adminResolvers(tokens) as never },
  ]);
  return {
    // Always a promise: the runtime's upstream timeout races a deferred against promises only, and
    // a synchronous answer would leave that deferred to reject unhandled when the timeout fires.
    getSubgraphExecutor: () => async (request: SubgraphRequest) =>
      execute({
        schema,
        document: request.document,
        variableValues: request.variables,
        operationName: request.operationName,
        rootValue: request.rootValue,
        contextValue: request.context,
      }),
  };
}
