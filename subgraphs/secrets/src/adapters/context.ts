import type { Logger, Store } from '@pave/subgraph-kit';

/** What an adapter is given besides its options. */
export interface SecretsAdapterContext {
  /** Pave's own store (the `pave` adapter keeps everything there). */
  store: Store;
  dataDir: string;
  /** The directory relative paths in options are resolved against. */
  baseDir: string;
  /** Environment variables (e.g. PAVE_MASTER_KEY); tests pass their own. */
  env: Record<string, string | undefined>;
  log: Logger;
  /** Where the options sit in the configuration, e.g. `subgraphs.secrets.adapter`, for messages. */
  path: string;
}
