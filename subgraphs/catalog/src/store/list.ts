/**
 * Pages of entities in a stable order with keyset pagination: every order is (sort key, ref), so a
 * cursor names a position, not an offset, and stays valid while entities come and go.
 */
import type { Queryable } from '@pave/subgraph-kit';
import { countedTotal, isCountedFilter } from './facetCounts.ts';
import { filterConditions } from './filter.ts';
import { ENTITY_COLUMNS, withDocuments } from './queries.ts';
import { type EntityFilter, type EntityOrder, type EntityRow, ORDER_COLUMNS } from './rows.ts';

/** A position in an ordering: the sort key and ref of the last row seen. */
export interface Position {
  key: string;
  ref: string;
}

export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
}

export interface SortedRow extends EntityRow {
  sort_key: string;
}

/** One page; `first + 1` rows are read so the caller knows whether more follow. */
export async function listEntities(
  db: Queryable,
  filter: EntityFilter,
  page: { first: number; order?: EntityOrder; after?: Position },
): Promise<Page<SortedRow>> {
  const order = page.order ?? { key: 'ref', descending: false };
  const key = ORDER_COLUMNS[order.key];
  const conditions = filterConditions(filter);
  if (page.after) {
    conditions.add(`(${key}, ref) ${order.descending ? '<' : '>'} ($?, $?)`, page.after.key, page.after.ref);
  }
  const direction = order.descending ? 'desc' : 'asc';
  const limit = conditions.param(page.first + 1);
  const { rows } = await db.query<SortedRow>(
    withDocuments(
      `select ${ENTITY_COLUMNS}, ${key} as sort_key from catalog_entities ${conditions.where()}
       order by ${key} ${direction}, ref ${direction} limit ${limit}`,
      `sort_key ${direction}, ref ${direction}`,
    ),
    conditions.params,
  );
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

export async function countEntities(db: Queryable, filter: EntityFilter): Promise<number> {
  if (isCountedFilter(filter)) return countedTotal(db, filter.kind);
  const conditions = filterConditions(filter);
  const { rows } = await db.query<{ count: number }>(
    `select count(*)::int as count from catalog_entities ${conditions.where()}`,
    conditions.params,
  );
  return Number(rows[0]?.count ?? 0);
}
