import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphSource } from './compose.ts';
import { loadSubgraphTypeDefs } from './index.ts';

/**
 * The capabilities of the Platform API and the port each listens on when run as its own process
 * (`pave-subgraph NAME`). The committed supergraph points at these ports on localhost; a
 * deployment overrides the URLs in pave.yaml (`subgraphs.NAME.url`).
 */
export const CAPABILITY_PORTS = {
  catalog: 4101,
  environments: 4102,
  secrets: 4103,
  releases: 4104,
  logs: 4105,
} as const;

export type CapabilityName = keyof typeof CAPABILITY_PORTS;

const root = new URL('../../subgraphs/', import.meta.url);

export const schemaFileOf = (name: CapabilityName) => new URL(`./${name}/src/schema.graphql`, root);

/** The capabilities that exist in this checkout, in a stable order. */
export function existingCapabilities(): CapabilityName[] {
  return (Object.keys(CAPABILITY_PORTS) as CapabilityName[]).filter((name) =>
    existsSync(fileURLToPath(schemaFileOf(name))),
  );
}

/** Every existing subgraph at its default local URL: the input of the committed supergraph. */
export function defaultSubgraphSources(): SubgraphSource[] {
  return existingCapabilities().map((name) => ({
    name,
    url: `http://127.0.0.1:${CAPABILITY_PORTS[name]}/graphql`,
    typeDefs: loadSubgraphTypeDefs(schemaFileOf(name)),
  }));
}
