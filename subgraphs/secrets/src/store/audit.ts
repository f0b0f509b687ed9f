import type { Identity, Queryable } from '@pave/subgraph-kit';

export type AuditAction =
  | 'REVEAL'
  | 'SET'
  | 'UNSET'
  | 'ROLLBACK'
  | 'COPY'
  | 'IMPORT'
  | 'DELETE'
  | 'ROTATE_MASTER_KEY';

export interface AuditEntry {
  environmentId: string | null;
  action: AuditAction;
  identity: Pick<Identity, 'subject' | 'client' | 'requestId'>;
  /** Keys only: an audit entry never holds a value. */
  keys: readonly string[];
  version?: number | null;
  releaseId?: string | null;
}

export interface AuditRow {
  id: number;
  at: Date;
  environment_id: string | null;
  action: AuditAction;
  actor: string;
  client: string | null;
  request_id: string | null;
  keys: string[];
  version: number | null;
  release_id: string | null;
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `insert into secrets_audit (environment_id, action, actor, client, request_id, keys, version, release_id)
     values ($1, $2, $3, $4, $5, $6::text[], $7, $8)`,
    [
      entry.environmentId,
      entry.action,
      entry.identity.subject,
      entry.identity.client ?? null,
      entry.identity.requestId ?? null,
      [...entry.keys],
      entry.version ?? null,
      entry.releaseId ?? null,
    ],
  );
}

/** Newest first; `beforeId` continues a page. One row more than `first` tells whether more follow. */
export async function listAudit(
  db: Queryable,
  filter: { environmentId?: string; beforeId?: number; first: number },
): Promise<{ rows: AuditRow[]; hasNextPage: boolean; totalCount: number }> {
  const [page, count] = await Promise.all([
    db.query<AuditRow>(
      `select id, at, environment_id, action, actor, client, request_id, keys, version, release_id
         from secrets_audit
        where ($1::text is null or environment_id = $1) and ($2::bigint is null or id < $2)
        order by id desc limit $3`,
      [filter.environmentId ?? null, filter.beforeId ?? null, filter.first + 1],
    ),
    db.query<{ total: number }>(
      'select count(*)::int as total from secrets_audit where ($1::text is null or environment_id = $1)',
      [filter.environmentId ?? null],
    ),
  ]);
  return {
    rows: page.rows.slice(0, filter.first),
    hasNextPage: page.rows.length > filter.first,
    totalCount: count.rows[0]?.total ?? 0,
  };
}
