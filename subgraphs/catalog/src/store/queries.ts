import type { Queryable } from '@pave/subgraph-kit';
import { inverseRelation } from '../model/relations.ts';
import type { EntityFilter, EntityRow, RelationRow } from './rows.ts';

const COLUMNS =
  'ref, kind, namespace, name, spec_type, lifecycle, owner_ref, system_ref, tags, location, hash, entity';

export async function entitiesByRefs(
  db: Queryable,
  refs: readonly string[],
): Promise<Map<string, EntityRow>> {
  const { rows } = await db.query<EntityRow>(
    `select ${COLUMNS} from catalog_entities where ref = any($1::text[])`,
    [refs],
  );
  return new Map(rows.map((row) => [row.ref, row]));
}

/** Filters are already canonical (lower case, refs resolved). */
function where(filter: EntityFilter, params: unknown[]): string {
  const clauses: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.kind) add('kind = ?', filter.kind);
  if (filter.type) add('spec_type = ?', filter.type);
  if (filter.owner) add('owner_ref = ?', filter.owner);
  if (filter.lifecycle) add('lifecycle = ?', filter.lifecycle);
  if (filter.system) add('system_ref = ?', filter.system);
  if (filter.namespace) add('namespace = ?', filter.namespace);
  if (filter.tag) add('tags @> array[?]::text[]', filter.tag);
  return clauses.length > 0 ? `where ${clauses.join(' and ')}` : '';
}

/** One page ordered by ref; `first + 1` rows are read so the caller knows whether more follow. */
export async function listEntities(
  db: Queryable,
  filter: EntityFilter,
  page: { first: number; afterRef?: string },
): Promise<{ rows: EntityRow[]; hasNextPage: boolean }> {
  const params: unknown[] = [];
  let clause = where(filter, params);
  if (page.afterRef !== undefined) {
    params.push(page.afterRef);
    clause = `${clause ? `${clause} and` : 'where'} ref > $${params.length}`;
  }
  params.push(page.first + 1);
  const { rows } = await db.query<EntityRow>(
    `select ${COLUMNS} from catalog_entities ${clause} order by ref limit $${params.length}`,
    params,
  );
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

export async function countEntities(db: Queryable, filter: EntityFilter): Promise<number> {
  const params: unknown[] = [];
  const { rows } = await db.query<{ count: number | string }>(
    `select count(*)::int as count from catalog_entities ${where(filter, params)}`,
    params,
  );
  return Number(rows[0]?.count ?? 0);
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
