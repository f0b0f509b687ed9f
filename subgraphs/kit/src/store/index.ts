export { migrate } from './migrate.ts';
export { type OpenStoreOptions, openStore } from './open.ts';
export { openPgliteStore } from './pglite.ts';
export { openPostgresStore, type PostgresStoreOptions } from './postgres.ts';
export type { Migration, Queryable, Store } from './types.ts';
