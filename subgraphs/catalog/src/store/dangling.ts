/**
 * Relations whose target is not in the catalog, kept as problems of the entity that declares them,
 * and updated by each ingestion for what it changed only: the relations of the entities it wrote,
 * and the relations towards entities it added or removed.
 */
import type { Queryable } from '@pave/subgraph-kit';
import type { CatalogProblem } from '../port.ts';

const REASON = `'relation ' || r.type || ' ' || r.target_ref || ': no such entity in the catalog'`;

export async function updateDanglingRelationProblems(
  tx: Queryable,
  change: { written: readonly string[]; added: readonly string[]; removed: readonly string[] },
): Promise<CatalogProblem[]> {
  const { written, added, removed } = change;
  if (written.length + added.length + removed.length === 0) return [];
  // Whatever this change may have settled or caused is forgotten, then found again.
  await tx.query(
    `delete from catalog_problems where origin = 'relation'
       and (entity_ref = any($1::text[]) or entity_ref = any($3::text[]) or target_ref = any($2::text[]))`,
    [written, added, removed],
  );
  const { rows } = await tx.query<{ location: string; reason: string; entity_ref: string }>(
    `insert into catalog_problems (location, reason, entity_ref, target_ref, origin)
     select e.location, ${REASON}, r.source_ref, r.target_ref, 'relation'
     from (select * from catalog_relations where source_ref = any($1::text[])
           union select * from catalog_relations where target_ref = any($2::text[])) r
     join catalog_entities e on e.ref = r.source_ref
     where not exists (select 1 from catalog_entities t where t.ref = r.target_ref)
     returning location, reason, entity_ref`,
    [written, removed],
  );
  return rows.map((row) => ({ location: row.location, reason: row.reason, entityRef: row.entity_ref }));
}

/** Finds every dangling relation again (after a bulk load). */
export async function replaceDanglingRelationProblems(tx: Queryable): Promise<CatalogProblem[]> {
  await tx.query(`delete from catalog_problems where origin = 'relation'`);
  const { rows } = await tx.query<{ location: string; reason: string; entity_ref: string }>(
    `insert into catalog_problems (location, reason, entity_ref, target_ref, origin)
     select e.location, ${REASON}, r.source_ref, r.target_ref, 'relation'
     from catalog_relations r
     join catalog_entities e on e.ref = r.source_ref
     where not exists (select 1 from catalog_entities t where t.ref = r.target_ref)
     returning location, reason, entity_ref`,
  );
  return rows.map((row) => ({ location: row.location, reason: row.reason, entityRef: row.entity_ref }));
}
