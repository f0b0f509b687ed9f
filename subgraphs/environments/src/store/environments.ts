import type { Queryable } from '@pave/subgraph-kit';
import type { EnvironmentKind, EnvironmentRow } from './rows.ts';

const COLUMNS = `id, component_ref, name, type, protected, url, branch, expires_at, cloned_from, state,
  version, created_by, created_at, updated_at, teardown_started_at`;

export interface NewEnvironment {
  id: string;
  componentRef: string;
  name: string;
  type: EnvironmentKind;
  protected: boolean;
  branch?: string | null;
  expiresAt?: Date | null;
  clonedFrom?: string | null;
  createdBy: string;
}

/** Inserts the environment, or returns undefined when its id is taken. */
export async function insertEnvironment(
  db: Queryable,
  env: NewEnvironment,
): Promise<EnvironmentRow | undefined> {
  const { rows } = await db.query<EnvironmentRow>(
    `insert into environments (id, component_ref, name, type, protected, branch, expires_at, cloned_from, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (id) do nothing
     returning ${COLUMNS}`,
    [
      env.id,
      env.componentRef,
      env.name,
      env.type,
      env.protected,
      env.branch ?? null,
      env.expiresAt ?? null,
      env.clonedFrom ?? null,
      env.createdBy,
    ],
  );
  return rows[0];
}

export async function environmentsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, EnvironmentRow>> {
  const { rows } = await db.query<EnvironmentRow>(`select ${COLUMNS} from environments where id = any($1)`, [
    ids,
  ]);
  return new Map(rows.map((row) => [row.id, row]));
}

export async function allActiveEnvironments(db: Queryable): Promise<EnvironmentRow[]> {
  const { rows } = await db.query<EnvironmentRow>(
    `select ${COLUMNS} from environments where state = 'active' order by id`,
  );
  return rows;
}

export interface EnvironmentPage {
  rows: EnvironmentRow[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * A page of each component's environments, ordered by name: the first `first` after the name
 * `after`, for every component in `refs` — two queries however many components.
 */
export async function environmentPages(
  db: Queryable,
  refs: readonly string[],
  page: { type?: EnvironmentKind; first: number; after?: string },
): Promise<Map<string, EnvironmentPage>> {
  const type = page.type ?? null;
  const [{ rows }, counts] = await Promise.all([
    db.query<EnvironmentRow & { position: number }>(
      `select * from (
         select ${COLUMNS}, row_number() over (partition by component_ref order by name)::int as position
         from environments
         where component_ref = any($1) and ($2::text is null or type = $2) and ($3::text is null or name > $3)
       ) numbered
       where position <= $4
       order by component_ref, name`,
      [refs, type, page.after ?? null, page.first + 1],
    ),
    db.query<{ component_ref: string; total: number }>(
      `select component_ref, count(*)::int as total from environments
       where component_ref = any($1) and ($2::text is null or type = $2)
       group by component_ref`,
      [refs, type],
    ),
  ]);
  const totals = new Map(counts.rows.map((row) => [row.component_ref, row.total]));
  const pages = new Map<string, EnvironmentPage>(
    refs.map((ref) => [ref, { rows: [], hasNextPage: false, totalCount: totals.get(ref) ?? 0 }]),
  );
  for (const { position: _position, ...row } of rows) {
    const entry = pages.get(row.component_ref);
    if (!entry) continue;
    if (entry.rows.length < page.first) entry.rows.push(row);
    else entry.hasNextPage = true;
  }
  return pages;
}

/** Changes `protected` and/or `expires_at`; returns the row as it is now. */
export async function updateEnvironment(
  db: Queryable,
  id: string,
  changes: { protected?: boolean; expiresAt?: Date },
): Promise<EnvironmentRow | undefined> {
  const { rows } = await db.query<EnvironmentRow>(
    `update environments set
       protected = coalesce($2, protected),
       expires_at = coalesce($3, expires_at),
       version = version + 1,
       updated_at = now()
     where id = $1 and state = 'active'
     returning ${COLUMNS}`,
    [id, changes.protected ?? null, changes.expiresAt ?? null],
  );
  return rows[0];
}

export async function setUrl(db: Queryable, id: string, url: string | null): Promise<void> {
  await db.query('update environments set url = $2, updated_at = now() where id = $1', [id, url]);
}

/**
 * Marks an environment as being torn down, unless someone else is already at it. `retryAfterMs`
 * lets a teardown that failed (or whose process died) be taken up again once it is that old.
 */
export async function claimForTeardown(
  db: Queryable,
  id: string,
  retryAfterMs: number,
): Promise<EnvironmentRow | undefined> {
  const { rows } = await db.query<EnvironmentRow>(
    `update environments set state = 'tearing_down', teardown_started_at = now(), version = version + 1,
       updated_at = now()
     where id = $1 and (state = 'active' or teardown_started_at < now() - make_interval(secs => $2))
     returning ${COLUMNS}`,
    [id, retryAfterMs / 1000],
  );
  return rows[0];
}

/** Ids of previews past their expiry, and of teardowns to take up again. */
export async function dueForTeardown(
  db: Queryable,
  retryAfterMs: number,
  limit = 50,
): Promise<EnvironmentRow[]> {
  const { rows } = await db.query<EnvironmentRow>(
    `select ${COLUMNS} from environments
     where (state = 'active' and expires_at <= now())
        or (state = 'tearing_down' and teardown_started_at < now() - make_interval(secs => $1))
     order by coalesce(expires_at, teardown_started_at)
     limit $2`,
    [retryAfterMs / 1000, limit],
  );
  return rows;
}

/** When the next preview expires, if any does. */
export async function nextExpiry(db: Queryable): Promise<Date | undefined> {
  const { rows } = await db.query<{ next: Date | null }>(
    `select min(expires_at) as next from environments where state = 'active' and expires_at is not null`,
  );
  return rows[0]?.next ?? undefined;
}

export async function deleteEnvironmentRow(db: Queryable, id: string): Promise<void> {
  await db.query('delete from environments where id = $1', [id]);
}
