import type { Queryable } from '@pave/subgraph-kit';
import { ENTITY_COLUMNS, withDocuments } from './queries.ts';
import type { EntityRow } from './rows.ts';

/**
 * Components whose source is in `repository` (normalised) and, when `path` is given, contains it:
 * a source at `services/orders` contains `services/orders/src`, the root `''` contains everything.
 * The most specific (longest source path, then most authoritative annotation) first.
 */
export async function componentsBySource(
  db: Queryable,
  repository: string,
  path: string | undefined,
): Promise<EntityRow[]> {
  const params: unknown[] = [repository];
  let contains = '';
  if (path !== undefined) {
    params.push(path);
    contains = `and (s.path = '' or s.path = $2 or starts_with($2, s.path || '/'))`;
  }
  const { rows } = await db.query<EntityRow & { specificity: number; best_rank: number }>(
    withDocuments(
      `select ${ENTITY_COLUMNS}, specificity, best_rank from catalog_entities e
       join (select s.ref, max(length(s.path)) as specificity, min(s.rank) as best_rank
             from catalog_sources s where s.repository = $1 ${contains} group by s.ref) m using (ref)
       where e.kind = 'component'`,
      'specificity desc, best_rank, ref',
    ),
    params,
  );
  return rows;
}
