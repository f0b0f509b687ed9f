import { backendUnavailable, type SubgraphContext } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { CatalogBackend } from '../port.ts';
import type { CatalogServices } from '../services.ts';
import { entitiesByRefs, relationsOf } from '../store/queries.ts';
import type { EntityRow, RelationRow } from '../store/rows.ts';
import { entityRows } from '../store/snapshotRows.ts';

export type CatalogContext = SubgraphContext<CatalogServices>;

/**
 * Entities by canonical ref, one query per request however many resolvers ask. A caller who came
 * with their own token, on a backend that decides per caller, gets them from the backend, as it
 * shows them to that caller; everyone else from the store.
 */
export const entityLoader = (ctx: CatalogContext) =>
  ctx.loader<string, EntityRow | null>('catalog.entity', async (refs) => {
    const backend = ctx.services.backend;
    if (backend?.getMany && ctx.identity.token) return entitiesForCaller(backend, refs, ctx);
    const found = await entitiesByRefs(ctx.store, refs);
    return refs.map((ref) => found.get(ref) ?? null);
  });

async function entitiesForCaller(
  backend: CatalogBackend,
  refs: readonly string[],
  ctx: CatalogContext,
): Promise<Array<EntityRow | null>> {
  let found: Awaited<ReturnType<NonNullable<CatalogBackend['getMany']>>>;
  try {
    found = (await backend.getMany?.(refs, ctx.identity)) ?? [];
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    throw backendUnavailable(`The ${backend.kind} catalog could not be read: ${(error as Error).message}`, {
      adapter: backend.kind,
      retryable: true,
    });
  }
  return found.map((entry, i) => {
    if (!entry) return null;
    const { writes } = entityRows([{ ref: refs[i] as string, hash: '', ...entry }]);
    return writes[0] ?? null;
  });
}

export const relationsLoader = (ctx: CatalogContext) =>
  ctx.loader<string, RelationRow[]>('catalog.relations', async (refs) => {
    const found = await relationsOf(ctx.store, refs);
    return refs.map((ref) => found.get(ref) ?? []);
  });

/** The entities that exist (and the caller may see); a backend that fails fails the whole list. */
export async function loadEntities(ctx: CatalogContext, refs: string[]): Promise<EntityRow[]> {
  const rows = await entityLoader(ctx).loadMany(refs);
  const failed = rows.find((row) => row instanceof Error);
  if (failed) throw failed;
  return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error));
}
