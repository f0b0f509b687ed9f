/**
 * Secrets adapters by `kind`, loaded lazily: the subgraph core asks for backends by configuration
 * and never imports an adapter by name. Add an adapter by adding one line to `adapters`.
 *
 * The configuration names a default backend and, optionally, one per environment name:
 *
 * ```yaml
 * subgraphs:
 *   secrets:
 *     adapter:
 *       kind: pave                 # every environment not listed below
 *       environments:
 *         production: { kind: vault, address: https://vault.example.com, token: … }
 * ```
 */
import { loadAdapterAt, parseSection } from '@pave/subgraph-kit';
import { z } from 'zod';
import type { SecretsBackend } from '../port.ts';
import type { SecretsAdapterContext } from './context.ts';
import { BackendRouter } from './router.ts';

/** What an adapter module exports. */
export interface SecretsAdapterModule {
  /** Its options, `kind` included; a strict object so misspelt options are caught. */
  optionsSchema: z.ZodType;
  createBackend(options: never, ctx: SecretsAdapterContext): Promise<SecretsBackend> | SecretsBackend;
}

const adapters = {
  pave: () => import('./pave/index.ts'),
  vault: () => import('./vault/index.ts'),
  kubernetes: () => import('./kubernetes/index.ts'),
  'aws-secrets-manager': () => import('./aws-secrets-manager/index.ts'),
  github: () => import('./github/index.ts'),
} satisfies Record<string, () => Promise<SecretsAdapterModule>>;

export type SecretsAdapterKind = keyof typeof adapters;
export const secretsAdapterKinds = Object.keys(adapters) as [SecretsAdapterKind, ...SecretsAdapterKind[]];

export const CONFIG_PATH = 'subgraphs.secrets.adapter';

const ENVIRONMENT_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

const routingSchema = z.looseObject({
  environments: z
    .record(
      z.string().regex(ENVIRONMENT_NAME, { error: 'an environment name (a DNS label such as production)' }),
      z.looseObject({}, { error: 'an adapter such as { kind: vault, … }' }),
      { error: 'a mapping from environment names to adapters' },
    )
    .optional(),
});

export type AdapterConfig = { kind: string; [option: string]: unknown };

/** One backend from its options (`kind` and the adapter's own), validated at `ctx.path`. */
export async function loadSecretsBackend(
  config: AdapterConfig,
  ctx: Omit<SecretsAdapterContext, 'path'> & { path?: string; file?: string },
): Promise<SecretsBackend> {
  const path = ctx.path ?? CONFIG_PATH;
  const { adapter, options } = await loadAdapterAt<SecretsAdapterModule>(
    { path, file: ctx.file, noun: 'secrets adapter' },
    adapters,
    config,
  );
  return adapter.createBackend(options as never, { ...ctx, path });
}

/**
 * The backends the configuration names: the default one, and one per environment listed under
 * `environments`. Environments that name the same options share one backend.
 */
export async function loadBackendRouter(
  config: AdapterConfig,
  ctx: Omit<SecretsAdapterContext, 'path'> & { file?: string },
): Promise<BackendRouter> {
  const { environments = {} } = parseSection(routingSchema, config, { file: ctx.file, path: CONFIG_PATH });
  const { environments: _listed, ...defaults } = config;
  const opened: SecretsBackend[] = [];
  try {
    const fallback = await loadSecretsBackend(defaults as AdapterConfig, ctx);
    opened.push(fallback);
    const byName = new Map<string, SecretsBackend>();
    const byOptions = new Map<string, SecretsBackend>([[JSON.stringify(defaults), fallback]]);
    for (const [name, options] of Object.entries(environments)) {
      const key = JSON.stringify(options);
      let backend = byOptions.get(key);
      if (!backend) {
        backend = await loadSecretsBackend(options as AdapterConfig, {
          ...ctx,
          path: `${CONFIG_PATH}.environments.${name}`,
        });
        opened.push(backend);
        byOptions.set(key, backend);
      }
      byName.set(name, backend);
    }
    return new BackendRouter(fallback, byName);
  } catch (error) {
    await Promise.all(opened.map((backend) => backend.close?.()));
    throw error;
  }
}
