import type { Queryable } from '@pave/subgraph-kit';
import { staleVersionError } from '../../model/conflict.ts';
import { planChanges } from '../../model/plan.ts';
import type { WriteRequest, WriteResult } from '../../port.ts';
import { seal, valueAad } from './crypto.ts';
import type { DataKeys } from './dataKeys.ts';
import { readCurrentVariables } from './reads.ts';

/**
 * Applies a write inside `tx`. The set's row is locked first, so concurrent writers to one
 * environment queue here and each sees the version the one before it made.
 */
export async function writeSet(
  tx: Queryable,
  dataKeys: DataKeys,
  request: WriteRequest,
): Promise<WriteResult> {
  const { environmentId } = request;
  await tx.query('insert into secrets_sets (environment_id, version) values ($1, 0) on conflict do nothing', [
    environmentId,
  ]);
  const { rows } = await tx.query<{ version: number }>(
    'select version from secrets_sets where environment_id = $1 for update',
    [environmentId],
  );
  const current = rows[0]?.version ?? 0;
  if (request.expectedVersion !== undefined && request.expectedVersion !== current) {
    throw staleVersionError(environmentId, request.expectedVersion, current);
  }
  const key = await dataKeys.findOrCreate(tx, environmentId);
  const plan = planChanges(await readCurrentVariables(tx, key, environmentId), request);
  if (plan.changedKeys.length === 0) return { version: current, changedKeys: [] };

  const next = current + 1;
  await tx.query(
    `insert into secrets_versions (environment_id, version, created_by, release_id, changed_keys)
     values ($1, $2, $3, $4, $5::text[])`,
    [environmentId, next, request.actor, request.releaseId ?? null, plan.changedKeys],
  );
  await tx.query(
    `update secrets_variables set valid_to = $2
      where environment_id = $1 and valid_to is null and key = any($3::text[])`,
    [environmentId, next, plan.changedKeys],
  );
  if (plan.upserts.length > 0) {
    const sealed = plan.upserts.map((variable) =>
      seal(key, Buffer.from(variable.value, 'utf8'), valueAad(environmentId, variable.key, next)).toString(
        'hex',
      ),
    );
    await tx.query(
      `insert into secrets_variables (environment_id, key, valid_from, secret, ciphertext)
       select $1, u.key, $2, u.secret, decode(u.ciphertext, 'hex')
         from unnest($3::text[], $4::boolean[], $5::text[]) as u(key, secret, ciphertext)`,
      [
        environmentId,
        next,
        plan.upserts.map((variable) => variable.key),
        plan.upserts.map((variable) => variable.secret),
        sealed,
      ],
    );
  }
  await tx.query('update secrets_sets set version = $2 where environment_id = $1', [environmentId, next]);
  return { version: next, changedKeys: plan.changedKeys };
}

export async function deleteSet(tx: Queryable, environmentId: string): Promise<void> {
  // Deleting the data key first makes any copy of the ciphertext left behind unreadable.
  for (const table of ['secrets_data_keys', 'secrets_variables', 'secrets_versions', 'secrets_sets']) {
    await tx.query(`delete from ${table} where environment_id = $1`, [environmentId]);
  }
}
