import { join } from 'node:path';
import { openPgliteStore } from './pglite.ts';
import { openPostgresStore } from './postgres.ts';
import type { Store } from './types.ts';

export interface OpenStoreOptions {
  /** PostgreSQL connection URL (distributed mode). Wins over `dataDir`. */
  databaseUrl?: string;
  /** Pave's data directory (embedded mode): PGlite keeps its files in `<dataDir>/db`. */
  dataDir?: string;
}

/** Postgres when a URL is given, else PGlite under the data directory, else PGlite in memory. */
export function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  if (options.databaseUrl) return openPostgresStore(options.databaseUrl);
  if (options.dataDir) return openPgliteStore(join(options.dataDir, 'db'));
  return openPgliteStore(undefined);
}
