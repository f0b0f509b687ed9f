import { randomBytes } from 'node:crypto';
import type { Queryable } from '@pave/subgraph-kit';
import { KEY_BYTES } from './crypto.ts';
import type { Keyring } from './keyring.ts';

interface DataKeyRow {
  environment_id: string;
  master_key_id: string;
  wrapped: string;
}

const MAX_CACHED = 10_000;

/**
 * Each environment's data key, unwrapped on first use and cached by its wrapped form (so a key
 * re-wrapped by rotation, or destroyed with its environment, is never served stale).
 */
export class DataKeys {
  readonly #cache = new Map<string, Buffer>();
  readonly keyring: Keyring;

  constructor(keyring: Keyring) {
    this.keyring = keyring;
  }

  /** The data keys of `environmentIds` that exist. */
  async find(db: Queryable, environmentIds: readonly string[]): Promise<Map<string, Buffer>> {
    const { rows } = await db.query<DataKeyRow>(
      `select environment_id, master_key_id, encode(wrapped_key, 'hex') as wrapped
         from secrets_data_keys where environment_id = any($1::text[])`,
      [environmentIds],
    );
    return new Map(rows.map((row) => [row.environment_id, this.#unwrap(row)]));
  }

  /** The environment's data key, created in `tx` when it has none. */
  async findOrCreate(tx: Queryable, environmentId: string): Promise<Buffer> {
    const existing = (await this.find(tx, [environmentId])).get(environmentId);
    if (existing) return existing;
    const { masterKeyId, wrapped } = this.keyring.wrap(environmentId, randomBytes(KEY_BYTES));
    await tx.query(
      `insert into secrets_data_keys (environment_id, master_key_id, wrapped_key)
       values ($1, $2, decode($3, 'hex')) on conflict (environment_id) do nothing`,
      [environmentId, masterKeyId, wrapped.toString('hex')],
    );
    const created = (await this.find(tx, [environmentId])).get(environmentId);
    if (!created) throw new Error(`No data key for ${environmentId} after creating one`);
    return created;
  }

  #unwrap(row: DataKeyRow): Buffer {
    const cacheKey = `${row.environment_id}\0${row.master_key_id}\0${row.wrapped}`;
    let key = this.#cache.get(cacheKey);
    if (!key) {
      key = this.keyring.unwrap(row.environment_id, row.master_key_id, Buffer.from(row.wrapped, 'hex'));
      if (this.#cache.size >= MAX_CACHED) this.#cache.clear();
      this.#cache.set(cacheKey, key);
    }
    return key;
  }
}
