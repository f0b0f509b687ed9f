/**
 * Logs and metrics adapters by `kind`, loaded lazily: the subgraph core asks for a backend by
 * configuration and never imports an adapter by name. Add an adapter by adding one line below.
 */
import { type EventBus, type Logger, parseSection, type Store } from '@pave/subgraph-kit';
import { z } from 'zod';
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

const kindOf = (kinds: [string, ...string[]]) =>
  z.looseObject({ kind: z.enum(kinds, { error: `one of ${kinds.join(', ')}` }) });

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
  const where = { file: ctx.file, path: CONFIG_PATH };
  const { kind } = parseSection(kindOf(logsAdapterKinds), config, where);
  const load: () => Promise<LogsAdapterModule> = logsAdapters[kind as LogsAdapterKind];
  const adapter = await importAdapter(`the "${kind}" logs adapter`, CONFIG_PATH, load);
  const own = Object.fromEntries(
    Object.entries(config).filter(([key]) => !(COMMON_KEYS as readonly string[]).includes(key)),
  );
  return adapter.createBackend(parseSection(adapter.optionsSchema, own, where) as never, ctx);
}

/** The metrics backend: `metrics` when configured, else `local` beside the local logs adapter, else none. */
export async function loadMetricsBackend(
  config: AdapterConfig,
  ctx: LogsAdapterContext,
): Promise<MetricsBackend | undefined> {
  const metrics =
    parseCommonOptions(config, ctx.file).metrics ?? (config.kind === 'local' ? { kind: 'local' } : undefined);
  if (!metrics) return undefined;
  const path = `${CONFIG_PATH}.metrics`;
  const where = { file: ctx.file, path };
  const { kind } = parseSection(kindOf(metricsAdapterKinds), metrics, where);
  const load: () => Promise<MetricsAdapterModule> = metricsAdapters[kind as keyof typeof metricsAdapters];
  const adapter = await importAdapter(`the "${kind}" metrics adapter`, path, load);
  return adapter.createMetricsBackend(parseSection(adapter.optionsSchema, metrics, where) as never, ctx);
}

async function importAdapter<M>(what: string, path: string, load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch (error) {
    throw new Error(`${path}: ${what} failed to load: ${(error as Error).message}`, { cause: error });
  }
}
