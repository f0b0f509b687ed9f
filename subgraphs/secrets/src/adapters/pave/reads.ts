import type { Queryable } from '@pave/subgraph-kit';
import type { StoredVariable, VariableSetSnapshot, VersionInfo } from '../../port.ts';
import { unseal, valueAad } from './crypto.ts';
import type { DataKeys } from './dataKeys.ts';

interface VariableRow {
  environment_id: string;
  at_version: number;
  key: string;
  secret: boolean;
  valid_from: number;
  ciphertext: string;
  created_by: string;
  created_at: Date;
}

export async function currentVersions(
  db: Queryable,
  environmentIds: readonly string[],
): Promise<Map<string, number>> {
  const { rows } = await db.query<{ environment_id: string; version: number }>(
    'select environment_id, version from secrets_sets where environment_id = any($1::text[])',
    [environmentIds],
  );
  return new Map(rows.map((row) => [row.environment_id, row.version]));
}

/**
 * The sets at the given versions (each between 1 and its current version), in one query for the
 * variables and one for the versions. Versions are immutable once written, so no transaction is
 * needed for a consistent answer.
 */
export async function readVersions(
  db: Queryable,
  dataKeys: DataKeys,
  refs: ReadonlyArray<{ environmentId: string; version: number }>,
): Promise<Map<string, VariableSetSnapshot>> {
  const snapshots = new Map<string, VariableSetSnapshot>();
  const unique = [...new Map(refs.map((ref) => [`${ref.environmentId}@${ref.version}`, ref])).values()];
  if (unique.length === 0) return snapshots;
  const ids = unique.map((ref) => ref.environmentId);
  const versions = unique.map((ref) => ref.version);
  const [variables, infos, keys] = await Promise.all([
    db.query<VariableRow>(
      `select r.environment_id, r.version as at_version, v.key, v.secret, v.valid_from,
              encode(v.ciphertext, 'hex') as ciphertext, ver.created_by, ver.created_at
         from unnest($1::text[], $2::int[]) as r(environment_id, version)
         join secrets_variables v
           on v.environment_id = r.environment_id and v.valid_from <= r.version
          and (v.valid_to is null or v.valid_to > r.version)
         join secrets_versions ver on ver.environment_id = v.environment_id and ver.version = v.valid_from
        order by v.key`,
      [ids, versions],
    ),
    db.query<{ environment_id: string; version: number; created_by: string; created_at: Date }>(
      `select ver.environment_id, ver.version, ver.created_by, ver.created_at
         from unnest($1::text[], $2::int[]) as r(environment_id, version)
         join secrets_versions ver on ver.environment_id = r.environment_id and ver.version = r.version`,
      [ids, versions],
    ),
    dataKeys.find(db, [...new Set(ids)]),
  ]);
  const id = (environmentId: string, version: number) => `${environmentId}@${version}`;
  for (const info of infos.rows) {
    snapshots.set(id(info.environment_id, info.version), {
      environmentId: info.environment_id,
      version: info.version,
      updatedAt: info.created_at,
      updatedBy: info.created_by,
      variables: [],
    });
  }
  for (const row of variables.rows) {
    const snapshot = snapshots.get(id(row.environment_id, row.at_version));
    const key = keys.get(row.environment_id);
    if (!snapshot || !key) continue;
    snapshot.variables.push(decryptRow(key, row));
  }
  return snapshots;
}

function decryptRow(key: Buffer, row: VariableRow): StoredVariable {
  const value = unseal(
    key,
    Buffer.from(row.ciphertext, 'hex'),
    valueAad(row.environment_id, row.key, row.valid_from),
  );
  return {
    key: row.key,
    value: value.toString('utf8'),
    secret: row.secret,
    version: row.valid_from,
    updatedBy: row.created_by,
    updatedAt: row.created_at,
  };
}

/** The current variables of one environment, inside a write's transaction. */
export async function readCurrentVariables(
  tx: Queryable,
  key: Buffer,
  environmentId: string,
): Promise<StoredVariable[]> {
  const { rows } = await tx.query<VariableRow>(
    `select v.environment_id, 0 as at_version, v.key, v.secret, v.valid_from,
            encode(v.ciphertext, 'hex') as ciphertext, ver.created_by, ver.created_at
       from secrets_variables v
       join secrets_versions ver on ver.environment_id = v.environment_id and ver.version = v.valid_from
      where v.environment_id = $1 and v.valid_to is null
      order by v.key`,
    [environmentId],
  );
  return rows.map((row) => decryptRow(key, row));
}

export async function listVersions(
  db: Queryable,
  environmentId: string,
  page: { first: number; beforeVersion?: number },
): Promise<{ total: number; versions: VersionInfo[] }> {
  const [list, count] = await Promise.all([
    db.query<{ version: number; created_at: Date; created_by: string; release_id: string | null }>(
      `select version, created_at, created_by, release_id from secrets_versions
        where environment_id = $1 and ($2::int is null or version < $2)
        order by version desc limit $3`,
      [environmentId, page.beforeVersion ?? null, page.first],
    ),
    db.query<{ total: number }>(
      'select count(*)::int as total from secrets_versions where environment_id = $1',
      [environmentId],
    ),
  ]);
  return {
    total: count.rows[0]?.total ?? 0,
    versions: list.rows.map((row) => ({
      version: row.version,
      createdAt: row.created_at,
      createdBy: row.created_by,
      releaseId: row.release_id,
    })),
  };
}
