import { backendUnavailable, parseEnvironmentId } from '@pave/subgraph-kit';
import type { BackendStatus } from '../port.ts';
import { type EnvironmentPage, environmentPages, environmentsByIds } from '../store/environments.ts';
import type { EnvironmentKind, EnvironmentRow } from '../store/rows.ts';
import type { EnvironmentsContext } from './context.ts';

/** Environments by id, one query per request. */
export const environmentLoader = (ctx: EnvironmentsContext) =>
  ctx.loader<string, EnvironmentRow | null>('environments.byId', async (ids) => {
    const found = await environmentsByIds(ctx.store, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

export async function loadEnvironment(ctx: EnvironmentsContext, id: string): Promise<EnvironmentRow | null> {
  if (!parseEnvironmentId(id)) return null;
  return environmentLoader(ctx).load(id);
}

/** A page of environments for each component of a list, in one query. */
export const environmentPageLoader = (
  ctx: EnvironmentsContext,
  page: { type?: EnvironmentKind; first: number; after?: string },
) =>
  ctx.loader<string, EnvironmentPage>(`environments.pages:${JSON.stringify(page)}`, async (refs) => {
    const pages = await environmentPages(ctx.store, refs, page);
    for (const { rows } of pages.values()) for (const row of rows) environmentLoader(ctx).prime(row.id, row);
    return refs.map((ref) => pages.get(ref) ?? { rows: [], hasNextPage: false, totalCount: 0 });
  });

/** Live status from the backend for every environment of the request, in one backend call. */
export const statusLoader = (ctx: EnvironmentsContext) =>
  ctx.loader<string, BackendStatus>('environments.status', async (ids) => {
    const { backend } = ctx.services;
    const rows = await environmentLoader(ctx).loadMany(ids);
    const known = rows.filter((row): row is EnvironmentRow => row !== null && !(row instanceof Error));
    try {
      const statuses = await backend.status(known);
      const byId = new Map(known.map((row, i) => [row.id, statuses[i]]));
      return ids.map((id) => byId.get(id) ?? new Error(`Unknown environment ${id}`));
    } catch (error) {
      const failure = backendUnavailable(
        `The ${backend.kind} environments backend did not answer: ${(error as Error).message}`,
        { adapter: backend.kind, retryable: true },
      );
      return ids.map(() => failure);
    }
  });
