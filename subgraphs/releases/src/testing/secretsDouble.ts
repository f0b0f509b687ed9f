import {
  type ConfigChanged,
  conflict,
  defineSubgraph,
  type EnvironmentChanged,
  forbidden,
  type SubgraphContext,
  TOPICS,
} from '@pave/subgraph-kit';
import { parse } from 'graphql';

/**
 * A stand-in for the secrets capability in tests, run as a real subgraph through the real gateway.
 * It implements the part of the secrets contract environments and releases rely on — versioned
 * variable sets, reveal for admins, setVariables / rollbackVariables / copyVariables,
 * `config.changed` events, deletion on `environment.changed` — in memory.
 */
const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Environment @key(fields: "id") {
    id: ID!
    config: VariableSet!
  }

  type VariableSet {
    environmentId: ID!
    version: Int!
    variables(reveal: Boolean = false): [Variable!]!
  }

  type Variable {
    key: String!
    value: String
    masked: Boolean!
    secret: Boolean!
  }

  type Query {
    variableSet(environmentId: ID!, version: Int): VariableSet
  }

  input VariableInput {
    key: String!
    value: String!
    secret: Boolean = false
  }

  input SetVariablesInput {
    environmentId: ID!
    expectedVersion: Int
    variables: [VariableInput!]!
    releaseId: ID
  }

  input RollbackVariablesInput {
    environmentId: ID!
    toVersion: Int!
    expectedVersion: Int
    releaseId: ID
  }

  input CopyVariablesInput {
    fromEnvironmentId: ID!
    toEnvironmentId: ID!
  }

  type VariableSetPayload {
    variableSet: VariableSet!
  }

  type Mutation {
    setVariables(input: SetVariablesInput!): VariableSetPayload!
    rollbackVariables(input: RollbackVariablesInput!): VariableSetPayload!
    copyVariables(input: CopyVariablesInput!): VariableSetPayload!
  }
`);

interface WriteInput {
  environmentId: string;
  expectedVersion?: number | null;
  releaseId?: string | null;
}
interface SetInput extends WriteInput {
  variables: Array<{ key: string; value: string; secret?: boolean | null }>;
}
interface RollbackInput extends WriteInput {
  toVersion: number;
}
interface CopyInput {
  fromEnvironmentId: string;
  toEnvironmentId: string;
}

interface Variable {
  key: string;
  value: string;
  secret: boolean;
}
interface VariableSet {
  environmentId: string;
  version: number;
  variables: Variable[];
}

export function createSecretsDouble() {
  const history = new Map<string, VariableSet[]>();

  const versions = (id: string) => history.get(id) ?? [];
  const at = (id: string, version?: number | null): VariableSet | undefined => {
    const all = versions(id);
    if (version === undefined || version === null)
      return all.at(-1) ?? { environmentId: id, version: 0, variables: [] };
    if (version === 0) return { environmentId: id, version: 0, variables: [] };
    return all.find((set) => set.version === version);
  };
  const write = async (
    ctx: SubgraphContext,
    id: string,
    variables: Variable[],
    expectedVersion: number | null | undefined,
    releaseId: string | null | undefined,
  ) => {
    const current = at(id) as VariableSet;
    if (expectedVersion != null && expectedVersion !== current.version) {
      throw conflict(`Variables of ${id} are at version ${current.version}.`, {
        currentVersion: current.version,
      });
    }
    const next = { environmentId: id, version: current.version + 1, variables };
    history.set(id, [...versions(id), next]);
    const before = new Map(current.variables.map((v) => [v.key, v.value]));
    const changedKeys = [...new Set([...before.keys(), ...variables.map((v) => v.key)])].filter(
      (key) => before.get(key) !== variables.find((v) => v.key === key)?.value,
    );
    const [componentRef] = [id.slice(0, id.lastIndexOf('/'))];
    await ctx.bus.publish<ConfigChanged>(TOPICS.configChanged, {
      environmentId: id,
      componentRef: componentRef ?? id,
      version: next.version,
      changedKeys,
      actor: ctx.identity.subject,
      ...(releaseId ? { releaseId } : {}),
    });
    return { variableSet: next };
  };

  const module = defineSubgraph({
    name: 'secrets',
    typeDefs,
    migrations: [],
    resolvers: {
      Environment: {
        __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
        config: (environment: { id: string }) => at(environment.id),
      },
      VariableSet: {
        variables: (set: VariableSet, args: { reveal: boolean }, ctx: SubgraphContext) => {
          if (args.reveal && !ctx.identity.admin) throw forbidden('Only admins may reveal values here.');
          return set.variables.map((v) => ({
            ...v,
            value: v.secret && !args.reveal ? null : v.value,
            masked: v.secret && !args.reveal,
          }));
        },
      },
      Query: {
        variableSet: (_: unknown, args: { environmentId: string; version?: number | null }) =>
          at(args.environmentId, args.version) ?? null,
      },
      Mutation: {
        setVariables: (_: unknown, { input }: { input: SetInput }, ctx: SubgraphContext) => {
          const merged = new Map((at(input.environmentId) as VariableSet).variables.map((v) => [v.key, v]));
          for (const v of input.variables)
            merged.set(v.key, { key: v.key, value: v.value, secret: v.secret ?? false });
          return write(
            ctx,
            input.environmentId,
            [...merged.values()],
            input.expectedVersion,
            input.releaseId,
          );
        },
        rollbackVariables: (_: unknown, { input }: { input: RollbackInput }, ctx: SubgraphContext) => {
          const target = at(input.environmentId, input.toVersion);
          if (!target)
            throw conflict(`No version ${input.toVersion}.`, {
              currentVersion: at(input.environmentId)?.version ?? 0,
            });
          return write(ctx, input.environmentId, target.variables, input.expectedVersion, input.releaseId);
        },
        copyVariables: (_: unknown, { input }: { input: CopyInput }, ctx: SubgraphContext) => {
          const source = at(input.fromEnvironmentId) as VariableSet;
          return write(ctx, input.toEnvironmentId, source.variables, null, null);
        },
      },
    },
    async start({ bus }) {
      const unsubscribe = await bus.subscribe<EnvironmentChanged>(TOPICS.environmentChanged, ({ data }) => {
        if (data.change === 'deleted') history.delete(data.environmentId);
      });
      return { services: {}, stop: unsubscribe };
    },
  });
  return { module, history };
}
