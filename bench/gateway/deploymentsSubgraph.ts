import { defineSubgraph, type SubgraphContext } from '@pave/subgraph-kit';
import { parse } from 'graphql';

/**
 * The second subgraph of the benchmark: it extends the catalog's `Component` with one field and
 * resolves every representation of an `_entities` call in one DataLoader batch.
 */
export const deploymentsSubgraph = defineSubgraph<null>({
  name: 'deployments',
  typeDefs: parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Component @key(fields: "ref") {
      ref: String!
      deployCount: Int!
    }
    type Query {
      deploymentsHealth: String!
    }
  `),
  resolvers: {
    Query: { deploymentsHealth: () => 'ok' },
    Component: {
      __resolveReference: (reference: { ref: string }, ctx: SubgraphContext) =>
        ctx
          .loader<string, { ref: string; deployCount: number }>('deployments.component', async (refs) =>
            refs.map((ref) => ({ ref, deployCount: ref.length })),
          )
          .load(reference.ref),
    },
  },
  migrations: [],
  start: async () => ({ services: null, stop: async () => {} }),
});
