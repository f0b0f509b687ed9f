import { composeServices } from '@theguild/federation-composition';
import type { DocumentNode } from 'graphql';
import { GATEWAY_SUBGRAPH } from './gatewaySubgraph.ts';

export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/**
 * Composes subgraphs, and the gateway's own, into a supergraph SDL, or throws with every
 * composition error listed.
 */
export function composeSupergraph(subgraphs: SubgraphSource[]): string {
  const all = [...subgraphs, GATEWAY_SUBGRAPH];
  const result = composeServices(all.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
  if (result.errors && result.errors.length > 0) {
    const lines = result.errors.map((error) => `- ${error.message}`);
    throw new Error(`Composition failed:\n${lines.join('\n')}`);
  }
  if (!result.supergraphSdl) throw new Error('Composition produced no supergraph.');
  return result.supergraphSdl;
}
