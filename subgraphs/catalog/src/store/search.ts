/**
 * Full-text search over catalog_entities.search (a weighted tsvector with a GIN index): every word
 * of the query must match, the last one as a prefix, best rank first, then by ref. Cursors are
 * (rank, ref) positions, as in `list.ts`.
 */
import type { Queryable } from '@pave/subgraph-kit';
import { Conditions, filterConditions } from './filter.ts';
import type { Page } from './list.ts';
import { ENTITY_COLUMNS, withDocuments } from './queries.ts';
import type { EntityFilter, EntityRow } from './rows.ts';

export interface RankedRow extends EntityRow {
  rank: number;
}

/**
 * The words of a query as a tsquery source text, or undefined when it has none. Only letters and
 * digits pass, so the text can never be tsquery syntax of its own.
 */
export function searchQuery(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return undefined;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

export async function searchEntities(
  db: Queryable,
  query: string,
  filter: EntityFilter,
  page: { first: number; after?: { rank: number; ref: string } },
): Promise<Page<RankedRow>> {
  const conditions = new Conditions();
  const q = conditions.param(query);
  conditions.add(`search @@ to_tsquery('simple', ${q})`);
  filterConditions(filter, conditions);
  const rank = `ts_rank(search, to_tsquery('simple', ${q}))`;
  if (page.after) {
    conditions.add(
      `(${rank} < $?::real or (${rank} = $?::real and ref > $?))`,
      page.after.rank,
      page.after.rank,
      page.after.ref,
    );
  }
  const limit = conditions.param(page.first + 1);
  const { rows } = await db.query<RankedRow>(
    withDocuments(
      `select ${ENTITY_COLUMNS}, ${rank} as rank from catalog_entities ${conditions.where()}
       order by rank desc, ref limit ${limit}`,
      'rank desc, ref',
    ),
    conditions.params,
  );
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

export async function countSearch(db: Queryable, query: string, filter: EntityFilter): Promise<number> {
  const conditions = new Conditions().add(`search @@ to_tsquery('simple', $?)`, query);
  filterConditions(filter, conditions);
  const { rows } = await db.query<{ count: number }>(
    `select count(*)::int as count from catalog_entities ${conditions.where()}`,
    conditions.params,
  );
  return Number(rows[0]?.count ?? 0);
}
