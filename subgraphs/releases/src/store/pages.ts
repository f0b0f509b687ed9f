import type { Queryable } from '@pave/subgraph-kit';
import { COLUMNS } from './releases.ts';
import type { ReleaseRow } from './rows.ts';

export interface ReleasePage {
  rows: ReleaseRow[];
  hasNextPage: boolean;
  totalCount: number;
}

type Grouping = 'environment_id' | 'component_ref';

/**
 * A page of releases, newest first, for each of several environments or components in one query
 * (plus one count). `afterId` is the id of the last release of the previous page.
 */
export async function releasePages(
  db: Queryable,
  by: Grouping,
  keys: readonly string[],
  page: { first: number; afterId?: string },
): Promise<Map<string, ReleasePage>> {
  const [{ rows }, counts] = await Promise.all([
    db.query<ReleaseRow & { position: number }>(
      `select * from (
         select ${COLUMNS}, row_number() over (partition by ${by} order by created_at desc, id desc)::int as position
         from releases r
         where ${by} = any($1)
           and ($2::text is null or (created_at, id) < (select created_at, id from releases where id = $2))
       ) numbered
       where position <= $3
       order by ${by}, position`,
      [keys, page.afterId ?? null, page.first + 1],
    ),
    db.query<{ key: string; total: number }>(
      `select ${by} as key, count(*)::int as total from releases where ${by} = any($1) group by ${by}`,
      [keys],
    ),
  ]);
  const totals = new Map(counts.rows.map((row) => [row.key, row.total]));
  const pages = new Map<string, ReleasePage>(
    keys.map((key) => [key, { rows: [], hasNextPage: false, totalCount: totals.get(key) ?? 0 }]),
  );
  for (const { position: _position, ...row } of rows) {
    const entry = pages.get(row[by]);
    if (!entry) continue;
    if (entry.rows.length < page.first) entry.rows.push(row);
    else entry.hasNextPage = true;
  }
  return pages;
}
