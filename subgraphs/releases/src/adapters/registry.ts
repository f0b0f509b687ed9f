/**
 * Releases adapters by `kind`, loaded lazily: the subgraph core asks for a backend by
 * configuration and never imports an adapter by name. Add an adapter by adding one line to `adapters`.
 */
import { type EventBus, type Logger, loadAdapter, type Store } from '@pave/subgraph-kit';
import type { z } from 'zod';
import type { ReleasesBackend } from '../port.ts';

export interface ReleasesAdapterContext {
  /** The directory relative paths in the options are resolved against (the config file's). */
  baseDir: string;
  dataDir: string;
  store: Store;
  bus: EventBus;
  log: Logger;
  /** The configuration file the options came from, named in messages. */
  file?: string;
}

/** What an adapter module exports. */
export interface ReleasesAdapterModule {
  /** Its options, `kind` included; a strict object so misspelt options are caught. */
  optionsSchema: z.ZodType;
  createBackend(options: never, ctx: ReleasesAdapterContext): Promise<ReleasesBackend>;
}

const adapters = {
  local: () => import('./local/index.ts'),
  gitops: () => import('./gitops/index.ts'),
  argocd: () => import('./argocd/index.ts'),
  github: () => import('./github/index.ts'),
  kubernetes: () => import('./kubernetes/index.ts'),
} satisfies Record<string, () => Promise<ReleasesAdapterModule>>;

export type ReleasesAdapterKind = keyof typeof adapters;
export const releasesAdapterKinds = Object.keys(adapters) as [ReleasesAdapterKind, ...ReleasesAdapterKind[]];

export interface LoadedBackend {
  backend: ReleasesBackend;
  reconcileIntervalMs: number;
}

/**
 * The backend `config` names, its options validated. Throws the kit's ConfigError, e.g.
 * `subgraphs.releases.adapter.kind: got "heroku", expected one of local, gitops`.
 */
export async function loadReleasesBackend(
  config: { kind: string; [option: string]: unknown },
  ctx: ReleasesAdapterContext,
): Promise<LoadedBackend> {
  const { adapter, options } = await loadAdapter<ReleasesAdapterModule>(
    'releases',
    adapters,
    config,
    ctx.file,
  );
  const backend = await adapter.createBackend(options as never, ctx);
  return {
    backend,
    reconcileIntervalMs: (options as { reconcileIntervalSeconds: number }).reconcileIntervalSeconds * 1000,
  };
}
