import { GraphQLScalarType, Kind } from 'graphql';

export { composeSupergraph, type SubgraphSource } from './compose.ts';
export { GATEWAY_SUBGRAPH, includesGatewaySubgraph } from './gatewaySubgraph.ts';
export { loadSubgraphTypeDefs, sharedSdl } from './sdl.ts';

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value) {
    const date = new Date(value as string);
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) {
      throw new TypeError('DateTime must be an ISO-8601 string, e.g. 2026-11-21T10:00:00Z');
    }
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be an ISO-8601 string');
    return this.parseValue?.(ast.value) as Date;
  },
});

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
});

/** Resolvers for the shared scalars; every subgraph spreads these into its resolver map. */
export const sharedResolvers = { DateTime: DateTimeScalar, JSON: JSONScalar };
export {
  CAPABILITY_PORTS,
  type CapabilityName,
  defaultSubgraphSources,
  existingCapabilities,
  schemaFileOf,
} from './subgraphs.ts';
export { SUPERGRAPH_FILE } from './supergraph.ts';
