import path from 'node:path';
import { type EnvOverrides, readEnv } from './env.ts';
import { ConfigError } from './errors.ts';
import { problemLine } from './issues.ts';
import { type FileConfig, fileSchema } from './schema.ts';
import { checkSection } from './section.ts';
import { readSource } from './source.ts';
import type { PaveConfig } from './types.ts';

export interface LoadConfigOptions {
  /** Directory Pave was started from; the default data directory and relative env paths hang off it. */
  cwd: string;
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Configuration file to read; otherwise PAVE_CONFIG, otherwise `<cwd>/pave.yaml` if present. */
  file?: string;
}

/**
 * Reads `pave.yaml` (if any), applies environment variables over it and fills in defaults.
 * Every problem found (YAML, schema, env vars, combinations) is reported in one ConfigError.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<PaveConfig> {
  const cwd = path.resolve(options.cwd);
  const env = options.env ?? process.env;

  const source = await readSource(cwd, env, options.file);
  const { overrides, problems: envProblems } = readEnv(env);
  const parsed =
    source.problems.length === 0
      ? checkSection(fileSchema, source.data, { label: source.label, path: '' })
      : undefined;
  const problems = [...source.problems, ...(parsed && !parsed.ok ? parsed.problems : []), ...envProblems];
  if (problems.length > 0 || !parsed?.ok) throw new ConfigError(problems);

  const baseDir = source.file ? path.dirname(source.file) : cwd;
  const config = resolvePaths(parsed.value, baseDir);
  overrides.apply(config, cwd);

  const combined = checkCombinations(config, overrides, source.label);
  if (combined.length > 0) throw new ConfigError(combined);
  return toPaveConfig(config, { file: source.file, baseDir, cwd });
}

function resolvePaths(config: FileConfig, baseDir: string): FileConfig {
  const gateway = config.gateway;
  return {
    ...config,
    dataDir: config.dataDir === undefined ? undefined : path.resolve(baseDir, config.dataDir),
    gateway: {
      ...gateway,
      supergraph: gateway.supergraph === undefined ? undefined : path.resolve(baseDir, gateway.supergraph),
      persistedDocuments: gateway.persistedDocuments && {
        ...gateway.persistedDocuments,
        manifest: [gateway.persistedDocuments.manifest].flat().map((file) => path.resolve(baseDir, file)),
      },
    },
  };
}

/** Rules that span fields, checked once env vars are applied, naming where each value came from. */
function checkCombinations(config: FileConfig, env: EnvOverrides, label: string | undefined): string[] {
  const kind = config.events.kind;
  const because = env.names.has('PAVE_EVENTS') ? `PAVE_EVENTS is "${kind}"` : `events.kind is "${kind}"`;
  if (kind === 'nats' && config.events.url === undefined) {
    return [
      problemLine(
        label,
        'events.url',
        `missing, expected a NATS URL such as nats://127.0.0.1:4222 because ${because} (or set NATS_URL)`,
      ),
    ];
  }
  if (kind === 'postgres' && config.database.url === undefined) {
    return [
      problemLine(
        label,
        'database.url',
        `missing, expected a postgres:// URL because ${because} (or set DATABASE_URL)`,
      ),
    ];
  }
  return [];
}

function toPaveConfig(
  config: FileConfig,
  where: { file?: string; baseDir: string; cwd: string },
): PaveConfig {
  const { persistedDocuments, ...gateway } = config.gateway;
  return {
    ...(where.file ? { file: where.file } : {}),
    baseDir: where.baseDir,
    dataDir: config.dataDir ?? path.join(where.cwd, '.pave'),
    mode: config.mode,
    gateway: {
      ...withoutUndefined(gateway),
      ...(persistedDocuments && {
        persistedDocuments: {
          manifests: [persistedDocuments.manifest].flat(),
          allowArbitrary: persistedDocuments.allowArbitrary ?? config.mode === 'development',
        },
      }),
    },
    identity: withoutUndefined(config.identity),
    database: withoutUndefined(config.database),
    events: withoutUndefined(config.events),
    subgraphs: config.subgraphs,
  };
}

/** Leaves optional keys out rather than present-but-undefined, so results compare and print cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
