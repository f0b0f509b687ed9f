/**
 * Logs and metrics adapters by `kind`, loaded lazily: the subgraph core asks for a backend by
 * configuration and never imports an adapter by name. Add an adapter by adding one line below.
 */
import { type EventBus, type Logger, loadAdapterAt, parseSection, type Store } from '@pave/subgraph-kit';
import type { z } from 'zod';
import type { LogsBackend, MetricsBackend } from '../port.ts';
import type { SecretRedactors } from '../redaction/secretRedactors.ts';
import { COMMON_KEYS, type CommonOptions, commonOptionsSchema } from './common.ts';

export interface LogsAdapterContext {
  store: Store;
  bus: EventBus;
  log: Logger;
  /** The directory relative paths in the options are resolved against. */
  baseDir: string;
  /** Secret values per environment, for adapters that mask lines before storing them. */
  redactors: SecretRedactors;
  file?: string;
}

export interface LogsAdapterModule {
  optionsSchema: z.ZodType;
  createBackend(options: never, ctx: LogsAdapterContext): LogsBackend | Promise<LogsBackend>;
}

export interface MetricsAdapterModule {
  optionsSchema: z.ZodType;
  createMetricsBackend(options: never, ctx: LogsAdapterContext): MetricsBackend | Promise<MetricsBackend>;
}

const logsAdapters = {
  local: () => import('./local/index.ts'),
  loki: () => import('./loki/index.ts'),
  kubernetes: () => import('./kubernetes/index.ts'),
  cloudwatch: () => import('./cloudwatch/index.ts'),
} satisfies Record<string, () => Promise<LogsAdapterModule>>;

const metricsAdapters = {
  local: () => import('./local/metrics.ts'),
  prometheus: () => import('./prometheus/index.ts'),
} satisfies Record<string, () => Promise<MetricsAdapterModule>>;

export type LogsAdapterKind = keyof typeof logsAdapters;
export const logsAdapterKinds = Object.keys(logsAdapters) as [LogsAdapterKind, ...LogsAdapterKind[]];
export const metricsAdapterKinds = Object.keys(metricsAdapters) as [
  keyof typeof metricsAdapters,
  ...(keyof typeof metricsAdapters)[],
];

const CONFIG_PATH = 'subgraphs.logs.adapter';

export type AdapterConfig = { kind: string; [option: string]: unknown };

/** The options every logs adapter shares (tail buffer, secrets, metrics), validated. */
export function parseCommonOptions(config: AdapterConfig, file?: string): CommonOptions {
  return parseSection(commonOptionsSchema, config, { file, path: CONFIG_PATH });
}

/**
 * The logs backend `config` names, its options validated. Throws the kit's ConfigError, e.g.
 * `subgraphs.logs.adapter.kind: got "splunk", expected one of local, loki, kubernetes, cloudwatch`.
 */
export async function loadLogsBackend(config: AdapterConfig, ctx: LogsAdapterContext): Promise<LogsBackend> {
  const { adapter, options } = await loadAdapterAt<LogsAdapterModule>(
    { path: CONFIG_PATH, file: ctx.file, noun: 'logs adapter' },
    logsAdapters,
    config,
    // The options every logs adapter shares are parsed by parseCommonOptions, not by the adapter.
    (section) =>
      Object.fromEntries(
        Object.entries(section).filter(([key]) => !(COMMON_KEYS as readonly string[]).includes(key)),
      ),
  );
  return adapter.createBackend(options as never, ctx);
}

/** The metrics backend: `metrics` when configured, else `local` beside the local logs adapter, else none. */
export async function loadMetricsBackend(
  config: AdapterConfig,
  ctx: LogsAdapterContext,
): Promise<MetricsBackend | undefined> {
  const metrics =
    parseCommonOptions(config, ctx.file).metrics ?? (config.kind === 'local' ? { kind: 'local' } : undefined);
  if (!metrics) return undefined;
  const { adapter, options } = await loadAdapterAt<MetricsAdapterModule>(
    { path: `${CONFIG_PATH}.metrics`, file: ctx.file, noun: 'metrics adapter' },
    metricsAdapters,
    metrics,
  );
  return adapter.createMetricsBackend(options as never, ctx);
}
