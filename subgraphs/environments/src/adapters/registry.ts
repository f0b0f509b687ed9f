/**
 * Environments adapters by `kind`, loaded lazily: the subgraph core asks for a backend by
 * configuration and never imports an adapter by name. Add an adapter by adding one line to `adapters`.
 */
import { type EventBus, type Logger, loadAdapter, type Store } from '@pave/subgraph-kit';
import type { z } from 'zod';
import type { EnvironmentsBackend } from '../port.ts';

export interface EnvironmentsAdapterContext {
  baseDir: string;
  dataDir: string;
  store: Store;
  bus: EventBus;
  log: Logger;
  /** The configuration file the options came from, named in messages. */
  file?: string;
}

/** What an adapter module exports. */
export interface EnvironmentsAdapterModule {
  /** Its options, `kind` included; a strict object so misspelt options are caught. */
  optionsSchema: z.ZodType;
  createBackend(options: never, ctx: EnvironmentsAdapterContext): Promise<EnvironmentsBackend>;
}

const adapters = {
  local: () => import('./local/index.ts'),
  kubernetes: () => import('./kubernetes/index.ts'),
  github: () => import('./github/index.ts'),
} satisfies Record<string, () => Promise<EnvironmentsAdapterModule>>;

export type EnvironmentsAdapterKind = keyof typeof adapters;
export const environmentsAdapterKinds = Object.keys(adapters) as [
  EnvironmentsAdapterKind,
  ...EnvironmentsAdapterKind[],
];

export interface LoadedBackend {
  backend: EnvironmentsBackend;
  reapIntervalMs: number;
}

/**
 * The backend `config` names, its options validated. Throws the kit's ConfigError, e.g.
 * `subgraphs.environments.adapter.kind: got "nomad", expected one of local`.
 */
export async function loadEnvironmentsBackend(
  config: { kind: string; [option: string]: unknown },
  ctx: EnvironmentsAdapterContext,
): Promise<LoadedBackend> {
  const { adapter, options } = await loadAdapter<EnvironmentsAdapterModule>(
    'environments',
    adapters,
    config,
    ctx.file,
  );
  const backend = await adapter.createBackend(options as never, ctx);
  return { backend, reapIntervalMs: (options as { reapIntervalSeconds: number }).reapIntervalSeconds * 1000 };
}
