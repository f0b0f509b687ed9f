import type { Queryable } from '@pave/subgraph-kit';
import type { ReleaseArtifact } from '../port.ts';
import type { ReleaseCauseKind, ReleaseRow } from './rows.ts';

export const COLUMNS = `id, environment_id, component_ref, number, cause, description, requested_ref, artifact,
  config_version, restore_config_version, source_release_id, status, failure_reason, failure_code, created_by,
  created_at, started_at, finished_at`;

export interface NewRelease {
  id: string;
  environmentId: string;
  componentRef: string;
  cause: ReleaseCauseKind;
  description: string;
  requestedRef?: string | null;
  artifact?: ReleaseArtifact | null;
  configVersion?: number | null;
  restoreConfigVersion?: number | null;
  sourceReleaseId?: string | null;
  createdBy: string;
}

/**
 * Adds a PENDING release numbered after the environment's last one. Returns undefined when another
 * release of the environment is in flight (or took the number first).
 */
export async function insertRelease(db: Queryable, release: NewRelease): Promise<ReleaseRow | undefined> {
  const { rows } = await db.query<ReleaseRow>(
    `insert into releases (id, environment_id, component_ref, number, cause, description, requested_ref, artifact,
       config_version, restore_config_version, source_release_id, status, created_by)
     select $1, $2, $3, coalesce(max(number), 0) + 1, $4, $5, $6, $7::jsonb, $8, $9, $10, 'pending', $11
     from releases where environment_id = $2
     on conflict do nothing
     returning ${COLUMNS}`,
    [
      release.id,
      release.environmentId,
      release.componentRef,
      release.cause,
      release.description,
      release.requestedRef ?? null,
      release.artifact ? JSON.stringify(release.artifact) : null,
      release.configVersion ?? null,
      release.restoreConfigVersion ?? null,
      release.sourceReleaseId ?? null,
      release.createdBy,
    ],
  );
  return rows[0];
}

export async function releasesByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, ReleaseRow>> {
  const { rows } = await db.query<ReleaseRow>(`select ${COLUMNS} from releases where id = any($1)`, [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

export async function releaseByNumber(
  db: Queryable,
  environmentId: string,
  number: number,
): Promise<ReleaseRow | undefined> {
  const { rows } = await db.query<ReleaseRow>(
    `select ${COLUMNS} from releases where environment_id = $1 and number = $2`,
    [environmentId, number],
  );
  return rows[0];
}

export async function inFlightRelease(db: Queryable, environmentId: string): Promise<ReleaseRow | undefined> {
  const { rows } = await db.query<ReleaseRow>(
    `select ${COLUMNS} from releases where environment_id = $1 and status in ('pending', 'deploying')`,
    [environmentId],
  );
  return rows[0];
}

/** Each environment's current release: its newest that succeeded. */
export async function currentReleases(
  db: Queryable,
  environmentIds: readonly string[],
): Promise<Map<string, ReleaseRow>> {
  const { rows } = await db.query<ReleaseRow>(
    `select distinct on (environment_id) ${COLUMNS} from releases
     where environment_id = any($1) and status = 'succeeded'
     order by environment_id, number desc`,
    [environmentIds],
  );
  return new Map(rows.map((row) => [row.environment_id, row]));
}

export async function latestRelease(db: Queryable, environmentId: string): Promise<ReleaseRow | undefined> {
  const { rows } = await db.query<ReleaseRow>(
    `select ${COLUMNS} from releases where environment_id = $1 order by number desc limit 1`,
    [environmentId],
  );
  return rows[0];
}

/** Environments that have a current release, for restoring and reconciling them. */
export async function environmentsWithReleases(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ environment_id: string }>(
    `select distinct environment_id from releases where status = 'succeeded' order by environment_id`,
  );
  return rows.map((row) => row.environment_id);
}

/** Forgets an environment's releases made before `before` (when it was deleted or made anew). */
export async function deleteEnvironmentReleases(
  db: Queryable,
  environmentId: string,
  before: Date,
): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    'delete from releases where environment_id = $1 and created_at <= $2 returning id',
    [environmentId, before],
  );
  return rows.length;
}
