/**
 * Facet counts per kind, kept up to date by ingestion, so that the facets and counts a catalog page
 * asks for first (everything, or one kind) are read from a few hundred rows instead of counted over
 * the whole catalog. Narrower filters are counted live (facets.ts), through their indexes.
 */
import type { Queryable } from '@pave/subgraph-kit';
import type { FacetKey, FacetValue } from './facets.ts';
import type { EntityFilter } from './rows.ts';

export const COUNTED_FACETS = ['kind', 'type', 'lifecycle', 'owner', 'system', 'namespace', 'tag'] as const;
type CountedFacet = (typeof COUNTED_FACETS)[number];

/**
 * The facet values each entity contributes, as (kind, field, value) rows; `source` selects the
 * entities (a table expression aliased `e`).
 */
const contributions = (source: string) => `
  select e.kind, v.field, v.value from ${source}
  cross join lateral (values ('kind', e.kind), ('type', e.spec_type), ('lifecycle', e.lifecycle),
    ('owner', e.owner_ref), ('system', e.system_ref), ('namespace', e.namespace)) as v(field, value)
  where v.value is not null
  union all select e.kind, 'tag', t.tag from ${source} cross join unnest(e.tags) as t(tag)`;

/** Recomputes every count from the whole catalog (after a bulk load). */
export async function refreshFacetCounts(tx: Queryable): Promise<void> {
  await tx.query('delete from catalog_facet_counts');
  await tx.query(
    `insert into catalog_facet_counts (kind, field, value, count)
     select kind, field, value, count(*) from (${contributions('catalog_entities e')}) c
     group by kind, field, value`,
  );
}

/**
 * Adds (`sign` 1) or takes away (-1) the contributions of the entities `refs`, as they are stored
 * now: called before deleting entities and after inserting them, so a small change costs work in
 * proportion to its size, not to the catalog's.
 */
export async function addFacetCounts(tx: Queryable, refs: readonly string[], sign: 1 | -1): Promise<void> {
  if (refs.length === 0) return;
  const source = '(select * from catalog_entities where ref = any($1::text[])) e';
  await tx.query(
    `insert into catalog_facet_counts as f (kind, field, value, count)
     select kind, field, value, $2::int * count(*) from (${contributions(source)}) c
     group by kind, field, value
     on conflict (field, kind, value) do update set count = f.count + excluded.count`,
    [refs, sign],
  );
  await tx.query('delete from catalog_facet_counts where count <= 0');
}

/** Whether the precomputed counts answer this filter: none, or a kind alone. */
export const isCountedFilter = (filter: EntityFilter): boolean =>
  Object.entries(filter).every(
    ([key, value]) =>
      key === 'kind' || value === undefined || value === null || (Array.isArray(value) && value.length === 0),
  );

export const isCountedFacet = (facet: FacetKey): facet is CountedFacet =>
  (COUNTED_FACETS as readonly string[]).includes(facet);

export async function countedFacetValues(
  db: Queryable,
  facet: CountedFacet,
  kind?: string | null,
): Promise<FacetValue[]> {
  const { rows } = await db.query<FacetValue>(
    `select value, sum(count)::int as count from catalog_facet_counts
     where field = $1 and ($2::text is null or kind = $2)
     group by value order by count desc, value`,
    [facet, kind ?? null],
  );
  return rows;
}

export async function countedTotal(db: Queryable, kind?: string | null): Promise<number> {
  const { rows } = await db.query<{ count: number | null }>(
    `select sum(count)::int as count from catalog_facet_counts where field = 'kind' and ($1::text is null or kind = $1)`,
    [kind ?? null],
  );
  return Number(rows[0]?.count ?? 0);
}
