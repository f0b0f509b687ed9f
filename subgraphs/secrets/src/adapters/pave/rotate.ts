import type { Store } from '@pave/subgraph-kit';
import type { MasterKeyRotation } from '../../port.ts';
import type { Keyring } from './keyring.ts';

const BATCH = 100;

/**
 * Re-wraps data keys under the current master key, a batch at a time, while reads and writes go
 * on: every replica can unwrap with the old key or the new one, and each row is swapped only if
 * it still holds the wrapping this pass read (another replica may be rotating too).
 */
export async function rewrapDataKeys(store: Store, keyring: Keyring): Promise<MasterKeyRotation> {
  let rewrapped = 0;
  for (;;) {
    const { rows } = await store.query<{ environment_id: string; master_key_id: string; wrapped: string }>(
      `select environment_id, master_key_id, encode(wrapped_key, 'hex') as wrapped from secrets_data_keys
        where master_key_id = any($1::text[]) order by environment_id limit $2`,
      [keyring.previousIds, BATCH],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      const dataKey = keyring.unwrap(row.environment_id, row.master_key_id, Buffer.from(row.wrapped, 'hex'));
      const { masterKeyId, wrapped } = keyring.wrap(row.environment_id, dataKey);
      const { rows: updated } = await store.query(
        `update secrets_data_keys set master_key_id = $2, wrapped_key = decode($3, 'hex'), rewrapped_at = now()
          where environment_id = $1 and master_key_id = $4 and wrapped_key = decode($5, 'hex')
          returning environment_id`,
        [row.environment_id, masterKeyId, wrapped.toString('hex'), row.master_key_id, row.wrapped],
      );
      rewrapped += updated.length;
    }
  }
  const { rows } = await store.query<{ remaining: number }>(
    'select count(*)::int as remaining from secrets_data_keys where master_key_id <> $1',
    [keyring.currentId],
  );
  const remaining = rows[0]?.remaining ?? 0;
  if (remaining === 0) await keyring.forgetPrevious();
  return { masterKeyId: keyring.currentId, rewrapped, remaining };
}
