/**
 * The `vault` secrets adapter: HashiCorp Vault's KV secrets engine, version 2. One KV secret per
 * environment; a version of the set is a version of the secret; writes use check-and-set, so a
 * stale expected version is refused by Vault itself; deleting an environment soft-deletes its
 * versions (an operator can still `vault kv undelete` them, or purge with `vault kv metadata delete`).
 */
import { backendUnavailable, ConfigError } from '@pave/subgraph-kit';
import { decodeSet, encodeSet, readMeta } from '../../model/bookkeeping.ts';
import { staleVersionError } from '../../model/conflict.ts';
import { applyPlan, planChanges } from '../../model/plan.ts';
import { secretPath } from '../../model/secretPath.ts';
import { emptySet } from '../../model/snapshot.ts';
import type {
  SecretsBackend,
  VariableSetSnapshot,
  VersionInfo,
  WriteRequest,
  WriteResult,
} from '../../port.ts';
import type { SecretsAdapterContext } from '../context.ts';
import { CasMismatch, VaultClient } from './client.ts';
import { type VaultOptions, vaultOptionsSchema } from './config.ts';

export { vaultOptionsSchema as optionsSchema };

/** Writers without an expected version retry a lost check-and-set this often. */
const CAS_ATTEMPTS = 5;

export function createBackend(options: VaultOptions, ctx: SecretsAdapterContext): SecretsBackend {
  const token = options.token ?? ctx.env.VAULT_TOKEN;
  if (!token)
    throw new ConfigError([`${ctx.path}.token: missing, expected a Vault token (or set VAULT_TOKEN)`]);
  return createVaultBackend(new VaultClient({ ...options, token }), options.prefix);
}

export function createVaultBackend(client: VaultClient, prefix: string): SecretsBackend {
  const pathOf = (environmentId: string) => secretPath(prefix, environmentId);

  async function readOne(environmentId: string, version?: number): Promise<VariableSetSnapshot | null> {
    if (version === 0) return emptySet(environmentId);
    const found = await client.readData(pathOf(environmentId), version);
    if (!found) return version === undefined ? emptySet(environmentId) : null;
    // The current version of a deleted environment reads as empty; an older deleted one cannot be read.
    if (found.data === null && version !== undefined) return null;
    return decodeSet(environmentId, found.data, found.metadata, 'vault');
  }

  async function writeOnce(request: WriteRequest): Promise<WriteResult | 'lost'> {
    const path = pathOf(request.environmentId);
    const current = (await readOne(request.environmentId)) ?? emptySet(request.environmentId);
    if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
      throw staleVersionError(request.environmentId, request.expectedVersion, current.version);
    }
    const plan = planChanges(current.variables, request);
    if (plan.changedKeys.length === 0) return { version: current.version, changedKeys: [] };
    const data = encodeSet(applyPlan(current.variables, plan), current.variables, {
      version: current.version + 1,
      actor: request.actor,
      releaseId: request.releaseId,
      changedKeys: plan.changedKeys,
    });
    try {
      const written = await client.writeData(path, data, current.version);
      return { version: written.version, changedKeys: plan.changedKeys };
    } catch (error) {
      if (!(error instanceof CasMismatch)) throw error;
      if (request.expectedVersion === undefined) return 'lost';
      const now = (await client.readMetadata(path))?.current_version ?? current.version;
      throw staleVersionError(request.environmentId, request.expectedVersion, now);
    }
  }

  return {
    kind: 'vault',
    revealable: true,

    // Vault has no batch read: one request per set, all at once.
    read: (refs) => Promise.all(refs.map((ref) => readOne(ref.environmentId, ref.version))),

    async write(request) {
      for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
        const result = await writeOnce(request);
        if (result !== 'lost') return result;
      }
      throw backendUnavailable(
        `The variables of ${request.environmentId} kept changing in Vault while writing.`,
        {
          adapter: 'vault',
          retryable: true,
        },
      );
    },

    async versions(environmentId, page) {
      const path = pathOf(environmentId);
      const metadata = await client.readMetadata(path);
      if (!metadata) return { total: 0, versions: [] };
      const numbers = Object.keys(metadata.versions)
        .map(Number)
        .filter((n) => page.beforeVersion === undefined || n < page.beforeVersion)
        .sort((a, b) => b - a)
        .slice(0, page.first);
      const versions = await Promise.all(
        numbers.map(async (version): Promise<VersionInfo> => {
          const found = await client.readData(path, version);
          const meta = readMeta(found?.data ?? null);
          return {
            version,
            createdAt: new Date(metadata.versions[String(version)]?.created_time ?? 0),
            createdBy: meta.by ?? 'vault',
            releaseId: meta.releaseId ?? null,
          };
        }),
      );
      return { total: Object.keys(metadata.versions).length, versions };
    },

    async deleteEnvironment(environmentId) {
      const path = pathOf(environmentId);
      const metadata = await client.readMetadata(path);
      if (!metadata) return;
      const live = Object.entries(metadata.versions)
        .filter(([, version]) => !version.destroyed && !version.deletion_time)
        .map(([number]) => Number(number));
      if (live.length > 0) await client.softDelete(path, live);
    },
  };
}
