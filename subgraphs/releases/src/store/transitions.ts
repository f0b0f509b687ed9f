import type { Queryable } from '@pave/subgraph-kit';
import type { ReleaseArtifact } from '../port.ts';
import { COLUMNS } from './releases.ts';
import type { ReleaseRow } from './rows.ts';

const IN_FLIGHT = `status in ('pending', 'deploying')`;

/** The statements that move a release along; each only touches a release still in flight. */
async function update(
  db: Queryable,
  id: string,
  set: string,
  params: unknown[],
): Promise<ReleaseRow | undefined> {
  const { rows } = await db.query<ReleaseRow>(
    `update releases set ${set}, heartbeat_at = now() where id = $1 and ${IN_FLIGHT} returning ${COLUMNS}`,
    [id, ...params],
  );
  return rows[0];
}

export const markDeploying = (db: Queryable, id: string) =>
  update(db, id, `status = 'deploying', started_at = now()`, []);

export const recordArtifact = (db: Queryable, id: string, artifact: ReleaseArtifact) =>
  update(db, id, 'artifact = $2::jsonb', [JSON.stringify(artifact)]);

export const recordConfigVersion = (db: Queryable, id: string, version: number | null) =>
  update(db, id, 'config_version = $2', [version]);

export const markSucceeded = (db: Queryable, id: string) =>
  update(db, id, `status = 'succeeded', finished_at = now()`, []);

export const markFailed = (db: Queryable, id: string, reason: string, code: string) =>
  update(db, id, `status = 'failed', finished_at = now(), failure_reason = $2, failure_code = $3`, [
    reason,
    code,
  ]);

/** Keeps the lease of releases this process is working on. */
export async function heartbeat(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(`update releases set heartbeat_at = now() where id = any($1) and ${IN_FLIGHT}`, [ids]);
}

/** Fails releases whose process stopped renewing their lease (it died): their environment can be released again. */
export async function failAbandoned(db: Queryable, leaseMs: number): Promise<ReleaseRow[]> {
  const { rows } = await db.query<ReleaseRow>(
    `update releases set status = 'failed', finished_at = now(), failure_code = 'ABANDONED',
       failure_reason = 'Pave stopped before this release finished; release again to retry.'
     where ${IN_FLIGHT} and heartbeat_at < now() - make_interval(secs => $1)
     returning ${COLUMNS}`,
    [leaseMs / 1000],
  );
  return rows;
}
