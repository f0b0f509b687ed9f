/**
 * The `github` secrets adapter: GitHub Actions environment secrets for secrets (sealed with the
 * environment's public key; GitHub never gives them back, so they cannot be revealed, copied or
 * rolled back) and environment variables for config vars. GitHub keeps no versions and has no
 * check-and-set: Pave numbers versions in a `PAVE_META` variable and serialises its own writers
 * (see lock.ts). A write is several calls; the version moves only once all of them succeeded.
 */
import { badUserInput, ConfigError, parseEnvironmentId, type Store } from '@pave/subgraph-kit';
import { staleVersionError } from '../../model/conflict.ts';
import { planChanges } from '../../model/plan.ts';
import { emptySet } from '../../model/snapshot.ts';
import type {
  SecretsBackend,
  StoredVariable,
  VariableSetSnapshot,
  WriteRequest,
  WriteResult,
} from '../../port.ts';
import type { SecretsAdapterContext } from '../context.ts';
import { GithubEnvironments, type Place } from './client.ts';
import { type GithubOptions, githubOptionsSchema } from './config.ts';
import { withLock } from './lock.ts';

export { githubOptionsSchema as optionsSchema };

const META = 'PAVE_META';
const MAX_VALUE_BYTES = 48 * 1024;

interface Meta {
  version: number;
  by: string;
  at: string;
  releaseId?: string;
  keys: Record<string, { secret: boolean; version: number; by: string; at: string }>;
}

export function createBackend(options: GithubOptions, ctx: SecretsAdapterContext): SecretsBackend {
  const token = options.token ?? ctx.env.GITHUB_TOKEN;
  if (!token)
    throw new ConfigError([`${ctx.path}.token: missing, expected a GitHub token (or set GITHUB_TOKEN)`]);
  return createGithubBackend(new GithubEnvironments({ token, baseUrl: options.baseUrl }), options, ctx.store);
}

export function createGithubBackend(
  github: GithubEnvironments,
  options: Pick<GithubOptions, 'owner' | 'repositories'>,
  store: Store,
): SecretsBackend {
  function placeOf(environmentId: string): Place {
    const parsed = parseEnvironmentId(environmentId);
    const componentRef = parsed?.componentRef ?? '';
    const [owner, repo] = (
      options.repositories[componentRef] ?? `${options.owner}/${componentRef.split('/').pop()}`
    ).split('/');
    return { owner: owner as string, repo: repo as string, environment_name: parsed?.name ?? '' };
  }

  async function current(environmentId: string): Promise<{
    set: VariableSetSnapshot;
    meta: Meta | undefined;
    variables: Map<string, string>;
    secrets: Set<string>;
  }> {
    const place = placeOf(environmentId);
    const [variables, secrets] = await Promise.all([github.variables(place), github.secretNames(place)]);
    if (!variables)
      return { set: emptySet(environmentId), meta: undefined, variables: new Map(), secrets: new Set() };
    const meta = parseMeta(variables.get(META));
    const version = meta?.version ?? 0;
    const at = new Date(meta?.at ?? 0);
    const entries: StoredVariable[] = [];
    const known = (key: string) => meta?.keys[key];
    for (const name of secrets) {
      entries.push({
        key: name,
        value: null,
        secret: true,
        version: known(name)?.version ?? version,
        updatedBy: known(name)?.by ?? 'github',
        updatedAt: new Date(known(name)?.at ?? at),
      });
    }
    for (const [name, value] of variables) {
      if (name === META || secrets.has(name)) continue;
      entries.push({
        key: name,
        value,
        secret: false,
        version: known(name)?.version ?? version,
        updatedBy: known(name)?.by ?? 'github',
        updatedAt: new Date(known(name)?.at ?? at),
      });
    }
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const set: VariableSetSnapshot = {
      environmentId,
      version,
      updatedAt: meta ? at : null,
      updatedBy: meta?.by ?? null,
      variables: entries,
    };
    return { set, meta, variables, secrets };
  }

  function checkNames(request: WriteRequest) {
    for (const write of request.set) {
      if (write.key !== write.key.toUpperCase() || write.key.startsWith('GITHUB_') || write.key === META) {
        throw badUserInput(
          `${write.key} cannot be kept in GitHub, whose names are upper case and case-insensitive.`,
          {
            field: 'input',
            rule: `upper-case names, not starting with GITHUB_ and not ${META}, for environments kept in github`,
          },
        );
      }
      if (Buffer.byteLength(write.value) > MAX_VALUE_BYTES) {
        throw badUserInput(`The value of ${write.key} is longer than the 48 KiB GitHub keeps.`, {
          field: 'input',
          rule: 'at most 48 KiB per value for environments kept in github',
        });
      }
    }
  }

  async function write(request: WriteRequest): Promise<WriteResult> {
    checkNames(request);
    const place = placeOf(request.environmentId);
    const { set, meta, variables, secrets } = await current(request.environmentId);
    if (request.expectedVersion !== undefined && request.expectedVersion !== set.version) {
      throw staleVersionError(request.environmentId, request.expectedVersion, set.version);
    }
    const plan = planChanges(set.variables, request);
    if (plan.changedKeys.length === 0) return { version: set.version, changedKeys: [] };
    const version = set.version + 1;
    const at = new Date().toISOString();
    const upserts = new Map(plan.upserts.map((v) => [v.key, v]));
    await github.setSecrets(
      place,
      plan.upserts.filter((v) => v.secret).map((v) => ({ name: v.key, value: v.value })),
    );
    for (const variable of plan.upserts.filter((v) => !v.secret)) {
      await github.setVariable(place, variable.key, variable.value, variables.has(variable.key));
    }
    for (const key of [...plan.removals, ...plan.upserts.map((v) => v.key)]) {
      const now = upserts.get(key);
      // A key that changed kind, or went, leaves the other store.
      if (secrets.has(key) && now?.secret !== true) await github.deleteSecret(place, key);
      if (variables.has(key) && (now === undefined || now.secret)) await github.deleteVariable(place, key);
    }
    const keys: Meta['keys'] = {};
    for (const variable of set.variables) {
      if (plan.removals.includes(variable.key) || upserts.has(variable.key)) continue;
      keys[variable.key] = meta?.keys[variable.key] ?? {
        secret: variable.secret,
        version: variable.version,
        by: variable.updatedBy,
        at: variable.updatedAt.toISOString(),
      };
    }
    for (const variable of upserts.values())
      keys[variable.key] = { secret: variable.secret, version, by: request.actor, at };
    const next: Meta = {
      version,
      by: request.actor,
      at,
      ...(request.releaseId ? { releaseId: request.releaseId } : {}),
      keys,
    };
    await github.setVariable(place, META, JSON.stringify(next), variables.has(META));
    return { version, changedKeys: plan.changedKeys };
  }

  return {
    kind: 'github',
    revealable: false,

    read: (refs) =>
      Promise.all(
        refs.map(async (ref) => {
          if (ref.version === 0) return emptySet(ref.environmentId);
          const { set } = await current(ref.environmentId);
          // GitHub keeps no history: only the current version can be read.
          return ref.version === undefined || ref.version === set.version ? set : null;
        }),
      ),

    write: (request) => withLock(store, `pave-secrets-github:${request.environmentId}`, () => write(request)),

    async versions(environmentId, page) {
      const { set, meta } = await current(environmentId);
      if (set.version === 0 || (page.beforeVersion !== undefined && set.version >= page.beforeVersion)) {
        return { total: set.version === 0 ? 0 : 1, versions: [] };
      }
      return {
        total: 1,
        versions: [
          {
            version: set.version,
            createdAt: new Date(meta?.at ?? 0),
            createdBy: meta?.by ?? 'github',
            releaseId: meta?.releaseId ?? null,
          },
        ],
      };
    },

    async deleteEnvironment(environmentId) {
      const place = placeOf(environmentId);
      const { variables, secrets } = await current(environmentId);
      for (const name of secrets) await github.deleteSecret(place, name);
      for (const name of variables.keys()) await github.deleteVariable(place, name);
    },
  };
}

function parseMeta(text: string | undefined): Meta | undefined {
  if (!text) return undefined;
  try {
    const meta = JSON.parse(text) as Meta;
    return Number.isInteger(meta.version) && meta.keys && typeof meta.keys === 'object' ? meta : undefined;
  } catch {
    return undefined;
  }
}
