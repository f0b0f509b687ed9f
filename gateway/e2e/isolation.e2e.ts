import { defineSubgraph, type SubgraphContext } from '@pave/subgraph-kit';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

/** Answers with the caller the subgraph sees, slowly enough for identical requests to overlap. */
const echo = defineSubgraph({
  name: 'echo',
  typeDefs: parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query {
      seenAs: String!
    }
  `),
  resolvers: {
    Query: {
      seenAs: async (_: unknown, __: unknown, ctx: SubgraphContext) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return ctx.identity.subject;
      },
    },
  },
  migrations: [],
  start: async () => ({ services: {}, stop: async () => {} }),
});

describe('callers asking the same thing at the same time', () => {
  let platform: TestPlatform;
  let serviceToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ modules: (defaults) => [...defaults, echo] });
    const { data } = await platform.graphql(
      'mutation { createServiceToken(input: { name: "ci" }) { token } }',
    );
    serviceToken = data.createServiceToken.token;
  });
  afterAll(() => platform?.stop());

  it('each get the answer made for them, never one made for another caller', async () => {
    const callers = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? platform.rootToken : serviceToken));
    const answers = await Promise.all(callers.map((token) => platform.graphql('{ seenAs }', {}, token)));
    answers.forEach((answer, i) => {
      expect(answer.data?.seenAs).toBe(i % 2 === 0 ? 'root' : 'service:ci');
    });
  });
});
