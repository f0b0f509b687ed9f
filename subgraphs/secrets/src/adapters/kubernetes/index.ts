/**
 * The `kubernetes` secrets adapter: an environment's variables are one Secret (what its pods mount
 * with `envFrom`), written with its `resourceVersion` so a concurrent change is a 409, never a
 * silent overwrite. Before each write the version being replaced is kept as an immutable copy
 * (`<name>-v<N>`), so history, diff and rollback work as with every backend; `keepVersions` bounds it.
 */
import type { V1Secret } from '@kubernetes/client-node';
import { backendUnavailable } from '@pave/subgraph-kit';
import { staleVersionError } from '../../model/conflict.ts';
import { applyPlan, planChanges } from '../../model/plan.ts';
import { emptySet } from '../../model/snapshot.ts';
import type { SecretsBackend, VariableSetSnapshot, WriteRequest, WriteResult } from '../../port.ts';
import type { SecretsAdapterContext } from '../context.ts';
import { KubernetesConflict, SecretsApi } from './client.ts';
import { type KubernetesOptions, kubernetesOptionsSchema } from './config.ts';
import {
  decodeSecret,
  encodeSecret,
  historyCopy,
  historyName,
  LABEL_SET,
  metaOf,
  namesOf,
  versionOf,
  writtenAt,
} from './objects.ts';

export { kubernetesOptionsSchema as optionsSchema };

const ATTEMPTS = 5;

export function createBackend(options: KubernetesOptions, ctx: SecretsAdapterContext): SecretsBackend {
  return createKubernetesBackend(new SecretsApi(options, ctx.baseDir), options);
}

export function createKubernetesBackend(
  api: SecretsApi,
  options: Pick<KubernetesOptions, 'namePrefix' | 'keepVersions'>,
): SecretsBackend {
  const names = (environmentId: string) => namesOf(options.namePrefix, environmentId);

  async function readOne(environmentId: string, version?: number): Promise<VariableSetSnapshot | null> {
    if (version === 0) return emptySet(environmentId);
    const { live } = names(environmentId);
    const current = await api.read(live);
    if (!current) return version === undefined ? emptySet(environmentId) : null;
    if (version === undefined || version === versionOf(current)) return decodeSecret(environmentId, current);
    if (version > versionOf(current)) return null;
    const old = await api.read(historyName(live, version));
    return old ? decodeSecret(environmentId, old) : null;
  }

  async function writeOnce(request: WriteRequest): Promise<WriteResult | 'lost'> {
    const { environmentId } = request;
    const objectNames = names(environmentId);
    const live = await api.read(objectNames.live);
    const current = live ? decodeSecret(environmentId, live) : emptySet(environmentId);
    if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
      throw staleVersionError(environmentId, request.expectedVersion, current.version);
    }
    const plan = planChanges(current.variables, request);
    if (plan.changedKeys.length === 0) return { version: current.version, changedKeys: [] };
    const version = current.version + 1;
    const body = encodeSecret(
      objectNames,
      environmentId,
      applyPlan(current.variables, plan),
      current.variables,
      {
        version,
        actor: request.actor,
        releaseId: request.releaseId,
        changedKeys: plan.changedKeys,
      },
    );
    try {
      if (live) {
        // Keep the version being replaced first: a crash after it leaves history complete.
        await api.create(historyCopy(live)).catch((error) => {
          if (!(error instanceof KubernetesConflict)) throw error; // already kept by an earlier try
        });
        await api.replace({
          ...body,
          metadata: { ...body.metadata, resourceVersion: live.metadata?.resourceVersion },
        });
      } else {
        await api.create(body);
      }
    } catch (error) {
      if (!(error instanceof KubernetesConflict)) throw error;
      if (request.expectedVersion === undefined) return 'lost';
      const now = await api.read(objectNames.live);
      throw staleVersionError(environmentId, request.expectedVersion, now ? versionOf(now) : 0);
    }
    await prune(objectNames, version);
    return { version, changedKeys: plan.changedKeys };
  }

  async function prune(objectNames: { live: string; set: string }, version: number) {
    const oldest = version - options.keepVersions + 1;
    const copies = await api.list(`${LABEL_SET}=${objectNames.set}`);
    for (const copy of copies) {
      const name = copy.metadata?.name;
      if (name && name !== objectNames.live && versionOf(copy) < oldest) await api.delete(name);
    }
  }

  return {
    kind: 'kubernetes',
    revealable: true,

    read: (refs) => Promise.all(refs.map((ref) => readOne(ref.environmentId, ref.version))),

    async write(request) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const result = await writeOnce(request);
        if (result !== 'lost') return result;
      }
      throw backendUnavailable(`The Secret of ${request.environmentId} kept changing while writing.`, {
        adapter: 'kubernetes',
        retryable: true,
      });
    },

    async versions(environmentId, page) {
      const objects: V1Secret[] = await api.list(`${LABEL_SET}=${names(environmentId).set}`);
      const all = objects
        .map((secret) => ({
          version: versionOf(secret),
          createdAt: writtenAt(secret),
          createdBy: metaOf(secret).by ?? 'kubernetes',
          releaseId: metaOf(secret).releaseId ?? null,
        }))
        .filter((info, i, list) => list.findIndex((other) => other.version === info.version) === i)
        .sort((a, b) => b.version - a.version);
      const below = all.filter(
        (info) => page.beforeVersion === undefined || info.version < page.beforeVersion,
      );
      return { total: all.length, versions: below.slice(0, page.first) };
    },

    async deleteEnvironment(environmentId) {
      const objects = await api.list(`${LABEL_SET}=${names(environmentId).set}`);
      for (const secret of objects) if (secret.metadata?.name) await api.delete(secret.metadata.name);
    },
  };
}
