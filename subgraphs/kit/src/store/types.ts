/** Something SQL can be sent to: the store itself, or a transaction inside it. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /**
   * Runs one or more `;`-separated statements without parameters (DDL, migrations). `query` uses the
   * extended protocol on PGlite, which accepts a single statement only.
   */
  exec(sql: string): Promise<void>;
}

/**
 * One interface over PGlite (embedded) and PostgreSQL (distributed). Both speak the same SQL, so
 * capabilities write one set of queries and migrations.
 */
export interface Store extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Inside
   * `work`, send SQL through `tx` only: using the store itself there throws (on PGlite, the single
   * connection it would wait for is held by the transaction, so it could never run).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A versioned schema change owned by one capability. Ids sort in the order they apply. */
export interface Migration {
  id: string;
  sql: string;
}
