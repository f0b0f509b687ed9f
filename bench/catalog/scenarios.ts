/**
 * What the benchmark asks, the same for Pave (GraphQL through the gateway) and Backstage
 * (`/entities/by-query` and friends), with parameters that rotate so no answer is served twice in
 * a row from one cache line.
 */
import { composition, WORDS } from './generate.ts';

export const SCENARIOS = [
  'byOwner',
  'kindTypeLifecycle',
  'search',
  'facets',
  'byRefs1000',
  'missing',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_LABELS: Record<Scenario, string> = {
  byOwner: 'first page by owner',
  kindTypeLifecycle: 'first page by kind + type + lifecycle',
  search: 'full-text search, first page',
  facets: 'facets (type, lifecycle, tags, owner) of components',
  byRefs1000: '1,000 entities by ref',
  missing: 'one entity that does not exist (the floor)',
};

const TYPES = ['service', 'website', 'library', 'tool'];
const LIFECYCLES = ['production', 'experimental', 'deprecated'];
const FACETS = [
  ['TYPE', 'spec.type'],
  ['LIFECYCLE', 'spec.lifecycle'],
  ['TAG', 'metadata.tags'],
  ['OWNER', 'spec.owner'],
] as const;

/** The fields a catalog list page shows: asked of Pave in GraphQL, of Backstage with `fields=`. */
const PAGE_FIELDS = 'ref kind name title ... on Component { type lifecycle }';
export const BACKSTAGE_PAGE_FIELDS =
  'kind,metadata.name,metadata.namespace,metadata.title,spec.type,spec.lifecycle';

export interface Parameters {
  owner: string;
  type: string;
  lifecycle: string;
  word: string;
  facet: (typeof FACETS)[number];
  refs: string[];
  /** A ref no entity has: one primary-key lookup that finds nothing, the cheapest question. */
  missing: string;
}

/** The parameters of request number `i` on a catalog of `total` entities. */
export function parametersFor(total: number, i: number): Parameters {
  const n = composition(total);
  // A multiplicative hash spreads consecutive i over the whole range.
  const spread = (range: number, salt = 0) => ((i + salt) * 2654435761) % range;
  return {
    owner: `group:default/team-${1 + spread(n.teams)}`,
    type: TYPES[i % TYPES.length] as string,
    lifecycle: LIFECYCLES[Math.floor(i / TYPES.length) % LIFECYCLES.length] as string,
    word: WORDS[spread(WORDS.length, 7)] as string,
    facet: FACETS[i % FACETS.length] as Parameters['facet'],
    refs: Array.from(
      { length: 1000 },
      (_, k) => `component:default/svc-${1 + (((i * 1000 + k) * 40503) % n.components)}`,
    ),
    missing: `component:default/no-such-service-${i}`,
  };
}

export const paveQueries: Record<Scenario, { query: string; variables: (p: Parameters) => object }> = {
  byOwner: {
    query: `query($owner: String!) { entities(filter: { owner: $owner }, first: 50) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ${PAGE_FIELDS} } } }`,
    variables: (p) => ({ owner: p.owner }),
  },
  kindTypeLifecycle: {
    query: `query($type: String!, $lifecycle: String!) {
      entities(filter: { kind: "component", type: $type, lifecycle: $lifecycle }, first: 50) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ${PAGE_FIELDS} } } }`,
    variables: (p) => ({ type: p.type, lifecycle: p.lifecycle }),
  },
  search: {
    query: `query($q: String!) { search(query: $q, first: 20) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ${PAGE_FIELDS} } } }`,
    variables: (p) => ({ q: p.word }),
  },
  facets: {
    query: `query($field: FacetField!) { facets(field: $field, filter: { kind: "component" }) { value count } }`,
    variables: (p) => ({ field: p.facet[0] }),
  },
  byRefs1000: {
    query: `query($refs: [String!]!) { entitiesByRefs(refs: $refs) { ${PAGE_FIELDS} } }`,
    variables: (p) => ({ refs: p.refs }),
  },
  missing: {
    query: `query($ref: String!) { entity(ref: $ref) { ref } }`,
    variables: (p) => ({ ref: p.missing }),
  },
};

/** The same questions as Backstage's catalog REST API asks them. */
export function backstageRequest(
  scenario: Scenario,
  p: Parameters,
): { path: string; body?: object; status?: number } {
  const fields = `fields=${BACKSTAGE_PAGE_FIELDS}`;
  switch (scenario) {
    case 'byOwner':
      return { path: `/entities/by-query?filter=relations.ownedBy=${p.owner}&limit=50&${fields}` };
    case 'kindTypeLifecycle':
      return {
        path: `/entities/by-query?filter=kind=component,spec.type=${p.type},spec.lifecycle=${p.lifecycle}&limit=50&${fields}`,
      };
    case 'search':
      return {
        path: `/entities/by-query?fullTextFilterTerm=${p.word}&fullTextFilterFields=metadata.name,metadata.title,metadata.description&limit=20&${fields}`,
      };
    case 'facets':
      return { path: `/entity-facets?facet=${p.facet[1]}&filter=kind=component` };
    case 'byRefs1000':
      return {
        path: '/entities/by-refs',
        body: { entityRefs: p.refs, fields: BACKSTAGE_PAGE_FIELDS.split(',') },
      };
    case 'missing':
      return { path: `/entities/by-name/${p.missing.replace(':', '/')}`, status: 404 };
  }
}
