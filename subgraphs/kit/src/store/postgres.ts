import pg from 'pg';
import { assertOutsideTransaction, runInTransaction } from './transaction-scope.ts';
import type { Queryable, Store } from './types.ts';

export interface PostgresStoreOptions {
  /** Schema to create (if missing) and put alone on every connection's search_path; for test isolation. */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const { schema, max = 10 } = options;
  if (schema !== undefined && !IDENTIFIER.test(schema)) {
    throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and "_"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: paritySafeTypes,
    // A startup parameter, so the search_path holds on every pooled connection from its first query.
    options: schema === undefined ? undefined : `-c search_path=${schema}`,
  });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => console.error('[pave store] idle PostgreSQL connection failed:', error));
  if (schema !== undefined)
    await createSchema(pool, schema).catch(async (error) => {
      await pool.end();
      throw error;
    });

  let closing: Promise<void> | undefined;
  const store: Store = {
    kind: 'postgres',
    async query<Row>(sql: string, params?: readonly unknown[]) {
      assertOutsideTransaction(store);
      return { rows: (await pool.query(sql, params as unknown[] | undefined)).rows as Row[] };
    },
    async exec(sql: string) {
      assertOutsideTransaction(store);
      await pool.query(sql);
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      assertOutsideTransaction(store);
      const client = await pool.connect();
      const tx = clientQueryable(client);
      try {
        await client.query('BEGIN');
        const result = await runInTransaction(store, () => work(tx));
        const commit = await client.query('COMMIT');
        // Postgres answers COMMIT with ROLLBACK when a statement failed and `work` swallowed the error.
        if (commit.command === 'ROLLBACK')
          throw new Error('Transaction aborted by an earlier error; rolled back');
        tx.close();
        client.release();
        return result;
      } catch (error) {
        tx.close();
        await client.query('ROLLBACK').then(
          () => client.release(),
          (rollbackError: Error) => client.release(rollbackError), // destroys the broken connection
        );
        throw error;
      }
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
  return store;
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    // Two processes creating the schema at once: the loser sees a duplicate, which is fine.
    const code = (error as { code?: string }).code;
    if (code !== '42P06' && code !== '23505') throw error;
  }
}

function clientQueryable(client: pg.PoolClient): Queryable & { close(): void } {
  let closed = false;
  const check = () => {
    // After release the client may serve someone else's work: never let a stale `tx` reach it.
    if (closed) throw new Error('Transaction is closed');
  };
  return {
    async query<Row>(sql: string, params?: readonly unknown[]) {
      check();
      return { rows: (await client.query(sql, params as unknown[] | undefined)).rows as Row[] };
    },
    async exec(sql: string) {
      check();
      await client.query(sql);
    },
    close() {
      closed = true;
    },
  };
}

/** Parse values as PGlite does, so code behaves the same on both stores. */
const paritySafeTypes = new pg.TypeOverrides();
// int8 (count(*), bigserial): a number when exact, else a bigint; pg's default is a string.
paritySafeTypes.setTypeParser(pg.types.builtins.INT8, (value: string) => {
  const big = BigInt(value);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
});
// date: midnight UTC; pg's default is midnight in the process's local time zone.
paritySafeTypes.setTypeParser(pg.types.builtins.DATE, (value: string) => new Date(value));
