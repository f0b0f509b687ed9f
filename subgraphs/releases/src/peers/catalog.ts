import { type Identity, notFound, type Peers } from '@pave/subgraph-kit';
import type { ComponentInfo } from '../port.ts';

const QUERY = `query($refs: [String!]!) {
  entitiesByRefs(refs: $refs) { ref kind location annotations { key value } ... on Component { owner { ref } } }
}`;

interface Answer {
  entitiesByRefs: Array<{
    ref: string;
    kind: string;
    location: string;
    annotations: Array<{ key: string; value: string }>;
    owner?: { ref: string } | null;
  } | null>;
}

export interface CatalogComponent extends ComponentInfo {
  ownerRef: string | null;
}

/** Components by canonical ref, in one catalog call; null for refs the catalog does not know. */
export async function fetchComponents(
  peers: Peers,
  identity: Identity,
  refs: readonly string[],
): Promise<Array<CatalogComponent | null>> {
  const data = await peers.request<Answer>('catalog', QUERY, { refs }, identity);
  return refs.map((_, i) => {
    const entity = data.entitiesByRefs[i];
    if (entity?.kind.toLowerCase() !== 'component') return null;
    return {
      ref: entity.ref,
      location: entity.location ?? null,
      annotations: Object.fromEntries(entity.annotations.map(({ key, value }) => [key, value])),
      ownerRef: entity.owner?.ref ?? null,
    };
  });
}

export async function fetchComponent(
  peers: Peers,
  identity: Identity,
  ref: string,
): Promise<CatalogComponent> {
  const [component] = await fetchComponents(peers, identity, [ref]);
  if (!component) throw notFound(`There is no component "${ref}" in the catalog.`, { ref });
  return component;
}
