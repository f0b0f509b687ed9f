import {
  type ConfigChanged,
  defineSubgraph,
  type EventBus,
  type SubgraphContext,
  TOPICS,
} from '@pave/subgraph-kit';
import { parse } from 'graphql';

/**
 * A stand-in for the secrets capability that answers its contract with the logs subgraph,
 * `variableSet(environmentId) { version variables(reveal: true) { key value secret } }`, from
 * memory: a real subgraph behind the real gateway and peer calls, for tests that run before (or
 * without) the real one. `set` changes a set and publishes `config.changed` as secrets does.
 */
export function createFakeSecretsSubgraph() {
  const sets = new Map<
    string,
    { version: number; variables: Array<{ key: string; value: string; secret: boolean }> }
  >();
  const calls = { reveals: 0, versions: 0, revealedBy: [] as string[] };
  const state = { failing: false };
  let bus: EventBus | undefined;

  const module = defineSubgraph<undefined>({
    name: 'secrets',
    typeDefs: parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query {
        variableSet(environmentId: ID!): VariableSet
      }
      type VariableSet {
        environmentId: ID!
        version: Int!
        variables(reveal: Boolean = false): [Variable!]!
      }
      type Variable {
        key: String!
        value: String
        secret: Boolean!
      }
    `),
    resolvers: {
      Query: {
        variableSet: (_: unknown, { environmentId }: { environmentId: string }) => {
          if (state.failing) throw new Error('the secrets store is down');
          calls.versions++;
          const set = sets.get(environmentId);
          return set ? { environmentId, ...set } : null;
        },
      },
      VariableSet: {
        variables: (
          set: { variables: Array<{ key: string; value: string; secret: boolean }> },
          args: { reveal: boolean },
          ctx: SubgraphContext,
        ) => {
          if (args.reveal) {
            if (!ctx.identity.admin) throw new Error('FORBIDDEN');
            calls.reveals++;
            calls.revealedBy.push(ctx.identity.subject);
          }
          return set.variables.map((v) => ({ ...v, value: v.secret && !args.reveal ? null : v.value }));
        },
      },
    },
    migrations: [],
    async start(runtime) {
      bus = runtime.bus;
      return { services: undefined, stop: async () => {} };
    },
  });

  return {
    module,
    calls,
    state,
    async set(environmentId: string, variables: Record<string, string>, options: { publish?: boolean } = {}) {
      const version = (sets.get(environmentId)?.version ?? 0) + 1;
      sets.set(environmentId, {
        version,
        variables: Object.entries(variables).map(([key, value]) => ({ key, value, secret: key !== 'PORT' })),
      });
      if (options.publish !== false) {
        const [componentRef] = [environmentId.slice(0, environmentId.lastIndexOf('/'))];
        await bus?.publish<ConfigChanged>(TOPICS.configChanged, {
          environmentId,
          componentRef: componentRef as string,
          version,
          changedKeys: Object.keys(variables),
          actor: 'test',
        });
      }
    },
  };
}

/**
 * A stand-in for the environments capability's entry point, `environment(id)` for any id, that
 * also hands tests the platform's event bus (to publish `runtime.log` as the local runtime does).
 */
export function createEnvironmentsStub() {
  let bus: EventBus | undefined;
  const module = defineSubgraph<undefined>({
    name: 'environments',
    typeDefs: parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query {
        environment(id: ID!): Environment
      }
      type Environment @key(fields: "id") {
        id: ID!
      }
    `),
    resolvers: {
      Query: { environment: (_: unknown, { id }: { id: string }) => ({ id }) },
      Environment: { __resolveReference: ({ id }: { id: string }) => ({ id }) },
    },
    migrations: [],
    async start(runtime) {
      bus = runtime.bus;
      return { services: undefined, stop: async () => {} };
    },
  });
  return {
    module,
    get bus() {
      if (!bus) throw new Error('the environments stub has not started');
      return bus;
    },
  };
}
