import { type ReleasePage, releasePages } from '../store/pages.ts';
import { currentReleases, releasesByIds } from '../store/releases.ts';
import type { ReleaseRow } from '../store/rows.ts';
import type { ReleasesContext } from './context.ts';

export const releaseLoader = (ctx: ReleasesContext) =>
  ctx.loader<string, ReleaseRow | null>('releases.byId', async (ids) => {
    const found = await releasesByIds(ctx.store, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

export const currentReleaseLoader = (ctx: ReleasesContext) =>
  ctx.loader<string, ReleaseRow | null>('releases.current', async (environmentIds) => {
    const found = await currentReleases(ctx.store, environmentIds);
    return environmentIds.map((id) => found.get(id) ?? null);
  });

/** A page of releases for each environment (or component) of a list, in one query. */
export const releasePageLoader = (
  ctx: ReleasesContext,
  by: 'environment_id' | 'component_ref',
  page: { first: number; afterId?: string },
) =>
  ctx.loader<string, ReleasePage>(`releases.pages:${by}:${JSON.stringify(page)}`, async (keys) => {
    const pages = await releasePages(ctx.store, by, keys, page);
    for (const { rows } of pages.values()) for (const row of rows) releaseLoader(ctx).prime(row.id, row);
    return keys.map((key) => pages.get(key) ?? { rows: [], hasNextPage: false, totalCount: 0 });
  });
