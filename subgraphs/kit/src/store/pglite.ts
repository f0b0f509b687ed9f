import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { assertOutsideTransaction, runInTransaction } from './transaction-scope.ts';
import type { Queryable, Store } from './types.ts';

/**
 * Opens PGlite (Postgres compiled to WASM) with its files under `dataDir`, or in memory when
 * `dataDir` is undefined. PGlite has one connection: its own mutex runs each `query` and each whole
 * `transaction` exclusively, so queries never interleave into a running transaction; they wait.
 */
export async function openPgliteStore(dataDir: string | undefined): Promise<Store> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  let closing: Promise<void> | undefined;

  const store: Store = {
    kind: 'pglite',
    async query<Row>(sql: string, params?: readonly unknown[]) {
      assertOutsideTransaction(store);
      const { rows } = await db.query<Row>(sql, params ? [...params] : undefined);
      return { rows };
    },
    async exec(sql: string) {
      assertOutsideTransaction(store);
      await db.exec(sql);
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      assertOutsideTransaction(store);
      return db.transaction((tx) => runInTransaction(store, () => work(wrapTransaction(tx))));
    },
    close() {
      closing ??= db.close();
      return closing;
    },
  };
  return store;
}

function wrapTransaction(tx: Transaction): Queryable {
  return {
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const { rows } = await tx.query<Row>(sql, params ? [...params] : undefined);
      return { rows };
    },
    async exec(sql: string) {
      await tx.exec(sql);
    },
  };
}
