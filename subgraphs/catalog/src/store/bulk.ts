/**
 * Large writes into a (nearly) empty catalog, such as a first load, are faster into tables without
 * their secondary indexes, which are then built once, sorted, instead of grown row by row. The
 * definitions come from the catalog itself (pg_indexes), so migrations stay their only source.
 */
import type { Queryable } from '@pave/subgraph-kit';

const TABLES = ['catalog_entities', 'catalog_relations', 'catalog_sources'];

/** Entity writes from which dropping and rebuilding the indexes pays off. */
export const BULK_WRITES = 10_000;

export interface DroppedIndex {
  name: string;
  definition: string;
}

/** Drops the secondary indexes (primary keys stay) of the catalog tables and returns how to rebuild them. */
export async function dropSecondaryIndexes(tx: Queryable): Promise<DroppedIndex[]> {
  const { rows } = await tx.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
     where i.schemaname = current_schema() and i.tablename = any($1::text[])
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
     order by i.indexname`,
    [TABLES],
  );
  for (const row of rows) await tx.exec(`drop index ${quoteIdentifier(row.indexname)}`);
  return rows.map((row) => ({ name: row.indexname, definition: row.indexdef }));
}

export async function rebuildIndexes(tx: Queryable, indexes: readonly DroppedIndex[]): Promise<void> {
  for (const index of indexes) await tx.exec(index.definition);
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
