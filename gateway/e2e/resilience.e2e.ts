import { defineSubgraph } from '@pave/subgraph-kit';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

/** A subgraph the test can take down: it extends Component and has a mutation taking a value. */
const flaky = defineSubgraph({
  name: 'flaky',
  typeDefs: parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Component @key(fields: "ref") {
      ref: String!
      flakyScore: Int
    }
    type Query {
      flakyHealth: String
    }
    type Mutation {
      remember(value: String!): Boolean
    }
  `),
  resolvers: {
    Component: { __resolveReference: (reference: { ref: string }) => reference, flakyScore: () => 7 },
    Query: { flakyHealth: () => 'ok' },
    Mutation: { remember: () => true },
  },
  migrations: [],
  start: async () => ({ services: {}, stop: async () => {} }),
});

describe('a subgraph that is down', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ modules: (defaults) => [...defaults, flaky] });
    await platform.capabilities.find((c) => c.module.name === 'flaky')?.server.close();
  });
  afterAll(() => platform?.stop());

  it('costs only its own fields: the rest of the query answers, with BACKEND_UNAVAILABLE for them', async () => {
    const { status, data, errors } = await platform.graphql(`{
      entities(filter: { kind: "component" }, first: 3) { nodes { ref ... on Component { flakyScore } } }
      flakyHealth
    }`);
    expect(status).toBe(200);
    expect(data.entities.nodes).toHaveLength(3);
    for (const node of data.entities.nodes)
      expect(node).toMatchObject({ ref: expect.any(String), flakyScore: null });
    expect(data.flakyHealth).toBeNull();
    expect(errors?.length).toBeGreaterThan(0);
    for (const error of errors ?? []) {
      expect(error.extensions).toEqual({ code: 'BACKEND_UNAVAILABLE', adapter: 'flaky', retryable: true });
      expect(error.message).toMatch(/^The flaky subgraph is unavailable/);
    }
  });

  it('keeps the gateway serving, and keeps request bodies out of its log', async () => {
    const secret = 'sk_live_do-not-log-this-9f8e7d';
    const failed = await platform.graphql('mutation($v: String!) { remember(value: $v) }', { v: secret });
    expect(failed.errors?.[0]?.extensions?.code).toBe('BACKEND_UNAVAILABLE');
    const healthy = await platform.graphql('{ viewer { subject } }');
    expect(healthy.data.viewer.subject).toBe('root');
    expect(platform.logLines.join('\n')).not.toContain(secret);
    expect(platform.logLines.some((line) => line.includes('"msg":"subgraph unavailable"'))).toBe(true);
  });
});
