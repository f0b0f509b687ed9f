import type { Queryable } from '@pave/subgraph-kit';
import { countedFacetValues, isCountedFacet, isCountedFilter } from './facetCounts.ts';
import { Conditions, filterConditions } from './filter.ts';
import type { EntityFilter } from './rows.ts';

export type FacetKey =
  | 'kind'
  | 'type'
  | 'lifecycle'
  | 'owner'
  | 'system'
  | 'namespace'
  | 'tag'
  | 'label'
  | 'annotation';

export interface FacetValue {
  value: string;
  count: number;
}

/** The value expression of each facet over catalog_entities; tags are one value per tag. */
const VALUE: Record<Exclude<FacetKey, 'label' | 'annotation'>, string> = {
  kind: 'kind',
  type: 'spec_type',
  lifecycle: 'lifecycle',
  owner: 'owner_ref',
  system: 'system_ref',
  namespace: 'namespace',
  tag: 'unnest(tags)',
};

/** Counts of each value among the entities matching `filter`, most frequent first, then by value. */
export async function facetValues(
  db: Queryable,
  facet: FacetKey,
  filter: EntityFilter,
  key?: string,
): Promise<FacetValue[]> {
  if (isCountedFacet(facet) && isCountedFilter(filter)) return countedFacetValues(db, facet, filter.kind);
  const conditions = new Conditions();
  let value: string;
  if (facet === 'label' || facet === 'annotation') {
    const column = facet === 'label' ? 'labels' : 'annotations';
    const k = conditions.param(key?.toLowerCase());
    value = `${column} ->> ${k}`;
    conditions.add(`${column} ? ${k}`);
  } else {
    value = VALUE[facet];
  }
  filterConditions(filter, conditions);
  const { rows } = await db.query<FacetValue>(
    `select value, count(*)::int as count
     from (select ${value} as value from catalog_entities ${conditions.where()}) v
     where value is not null
     group by value order by count desc, value`,
    conditions.params,
  );
  return rows;
}
