import type { Queryable } from '@pave/subgraph-kit';
import { inverseRelation } from '../model/relations.ts';
import type { EntityRow, RelationRow } from './rows.ts';

/** The catalog_entities columns of an EntityRow (its document comes from catalog_documents). */
export const ENTITY_COLUMNS =
  'ref, kind, namespace, name_key, title_key, spec_type, lifecycle, owner_ref, system_ref, tags, location, hash';

/**
 * Adds each row's document to a query over catalog_entities. The inner query picks and limits the
 * rows from the narrow table; documents are read for those rows only, and `orderBy` restores the
 * inner query's order.
 */
export function withDocuments(inner: string, orderBy?: string): string {
  return `select p.*, d.entity from (${inner}) p join catalog_documents d on d.ref = p.ref${
    orderBy ? ` order by ${orderBy}` : ''
  }`;
}

export async function entitiesByRefs(
  db: Queryable,
  refs: readonly string[],
): Promise<Map<string, EntityRow>> {
  const { rows } = await db.query<EntityRow>(
    withDocuments(`select ${ENTITY_COLUMNS} from catalog_entities where ref = any($1::text[])`),
    [refs],
  );
  return new Map(rows.map((row) => [row.ref, row]));
}

/**
 * Relations of each entity in both directions: the ones it declares, and the inverse of the ones
 * others declare towards it (an owner gets `ownerOf` from each component's `ownedBy`).
 */
export async function relationsOf(
  db: Queryable,
  refs: readonly string[],
): Promise<Map<string, RelationRow[]>> {
  const { rows } = await db.query<RelationRow & { inverse: boolean }>(
    `select source_ref, type, target_ref, false as inverse from catalog_relations where source_ref = any($1::text[])
     union all
     select target_ref, type, source_ref, true from catalog_relations where target_ref = any($1::text[])`,
    [refs],
  );
  const byRef = new Map<string, RelationRow[]>(refs.map((ref) => [ref, []]));
  const seen = new Set<string>();
  for (const row of rows) {
    const type = row.inverse ? (inverseRelation(row.type) ?? row.type) : row.type;
    const key = `${row.source_ref}|${type}|${row.target_ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byRef.get(row.source_ref)?.push({ source_ref: row.source_ref, type, target_ref: row.target_ref });
  }
  return byRef;
}

export async function listProblems(db: Queryable) {
  const { rows } = await db.query<{ location: string; reason: string; entity_ref: string | null }>(
    'select location, reason, entity_ref from catalog_problems order by location, reason',
  );
  return rows.map((row) => ({ location: row.location, reason: row.reason, entityRef: row.entity_ref }));
}
