/**
 * The `pave` secrets adapter: Pave's own store (PGlite or PostgreSQL), every value encrypted with
 * AES-256-GCM under a per-environment data key that the master key wraps.
 */
import { backendUnavailable, type Store } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import { emptySet } from '../../model/snapshot.ts';
import type { SecretsBackend, VariableSetSnapshot } from '../../port.ts';
import type { SecretsAdapterContext } from '../context.ts';
import { type PaveOptions, paveOptionsSchema } from './config.ts';
import { DataKeys } from './dataKeys.ts';
import { Keyring } from './keyring.ts';
import { currentVersions, listVersions, readVersions } from './reads.ts';
import { rewrapDataKeys } from './rotate.ts';
import { deleteSet, writeSet } from './write.ts';

export { paveOptionsSchema as optionsSchema };

export async function createBackend(
  options: PaveOptions,
  ctx: SecretsAdapterContext,
): Promise<SecretsBackend> {
  const keyring = await Keyring.load({
    options,
    env: ctx.env,
    dataDir: ctx.dataDir,
    path: ctx.path,
    shared: ctx.store.kind === 'postgres',
  });
  return createPaveBackend(ctx.store, keyring);
}

export function createPaveBackend(store: Store, keyring: Keyring): SecretsBackend {
  const dataKeys = new DataKeys(keyring);
  return {
    kind: 'pave',
    revealable: true,

    read: (refs) =>
      guard(async () => {
        const current = await currentVersions(store, [...new Set(refs.map((ref) => ref.environmentId))]);
        const wanted = refs.map((ref) => {
          const latest = current.get(ref.environmentId) ?? 0;
          return {
            environmentId: ref.environmentId,
            version: ref.version ?? latest,
            exists: (ref.version ?? 0) <= latest,
          };
        });
        const found = await readVersions(
          store,
          dataKeys,
          wanted.filter((ref) => ref.exists && ref.version > 0),
        );
        return wanted.map((ref): VariableSetSnapshot | null => {
          if (!ref.exists || ref.version < 0) return null;
          if (ref.version === 0) return emptySet(ref.environmentId);
          return found.get(`${ref.environmentId}@${ref.version}`) ?? null;
        });
      }),

    write: (request) => guard(() => store.transaction((tx) => writeSet(tx, dataKeys, request))),

    versions: (environmentId, page) => guard(() => listVersions(store, environmentId, page)),

    deleteEnvironment: (environmentId) =>
      guard(() => store.transaction((tx) => deleteSet(tx, environmentId))),

    async rotateMasterKey({ generateNewKey }) {
      if (generateNewKey) await keyring.generate();
      return guard(() => rewrapDataKeys(store, keyring));
    },
  };
}

/** Errors of the store itself become BACKEND_UNAVAILABLE; Pave's own (CONFLICT…) pass through. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    throw backendUnavailable(`The pave secrets store failed: ${(error as Error).message}`, {
      adapter: 'pave',
      retryable: true,
    });
  }
}
