/**
 * Catalog adapters by `kind`, loaded lazily: the subgraph core asks for a backend by configuration
 * and never imports an adapter by name. Add an adapter by adding one line to `adapters`.
 */
import { loadAdapter } from '@pave/subgraph-kit';
import type { z } from 'zod';
import type { CatalogBackend } from '../port.ts';

export interface CatalogAdapterContext {
  /** The directory relative paths in the options are resolved against (the config file's). */
  baseDir: string;
  /** The configuration file the options came from, named in messages. */
  file?: string;
  /** The platform's data directory, for adapters that keep a cache (git mirrors). */
  dataDir?: string;
}

/** What an adapter module exports. */
export interface CatalogAdapterModule {
  /** Its options, `kind` included; a strict object so misspelt options are caught. */
  optionsSchema: z.ZodType;
  createBackend(options: never, ctx: CatalogAdapterContext): CatalogBackend;
}

const adapters = {
  backstage: () => import('./backstage/index.ts'),
  files: () => import('./files/index.ts'),
  git: () => import('./git/index.ts'),
  github: () => import('./github/index.ts'),
} satisfies Record<string, () => Promise<CatalogAdapterModule>>;

export type CatalogAdapterKind = keyof typeof adapters;
export const catalogAdapterKinds = Object.keys(adapters) as [CatalogAdapterKind, ...CatalogAdapterKind[]];

/**
 * The backend `config` names, its options validated. Throws the kit's ConfigError, e.g.
 * `subgraphs.catalog.adapter.kind: got "gitlab", expected one of files`.
 */
export async function loadCatalogBackend(
  config: { kind: string; [option: string]: unknown },
  ctx: CatalogAdapterContext,
): Promise<CatalogBackend> {
  const { adapter, options } = await loadAdapter<CatalogAdapterModule>('catalog', adapters, config, ctx.file);
  return adapter.createBackend(options as never, ctx);
}
