import type { SubgraphContext } from '@pave/subgraph-kit';
import type { CatalogServices } from '../services.ts';
import { entitiesByRefs, relationsOf } from '../store/queries.ts';
import type { EntityRow, RelationRow } from '../store/rows.ts';

export type CatalogContext = SubgraphContext<CatalogServices>;

/** Entities by canonical ref, one query per request however many resolvers ask. */
export const entityLoader = (ctx: CatalogContext) =>
  ctx.loader<string, EntityRow | null>('catalog.entity', async (refs) => {
    const found = await entitiesByRefs(ctx.store, refs);
    return refs.map((ref) => found.get(ref) ?? null);
  });

export const relationsLoader = (ctx: CatalogContext) =>
  ctx.loader<string, RelationRow[]>('catalog.relations', async (refs) => {
    const found = await relationsOf(ctx.store, refs);
    return refs.map((ref) => found.get(ref) ?? []);
  });

export async function loadEntities(ctx: CatalogContext, refs: string[]): Promise<EntityRow[]> {
  const rows = await entityLoader(ctx).loadMany(refs);
  return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error));
}
