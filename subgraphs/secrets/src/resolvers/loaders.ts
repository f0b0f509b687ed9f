import { backendUnavailable, forbidden, isOwner, parseEnvironmentId } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { SecretsBackend, VariableSetSnapshot } from '../port.ts';
import type { SecretsContext } from './context.ts';

/** `<environment id>@<version>`, or `@current`: DataLoader caches by it. */
const setKey = (environmentId: string, version?: number) => `${environmentId}@${version ?? 'current'}`;

function parseSetKey(key: string): { environmentId: string; version?: number } {
  const at = key.lastIndexOf('@');
  const version = key.slice(at + 1);
  return { environmentId: key.slice(0, at), version: version === 'current' ? undefined : Number(version) };
}

/**
 * Variable sets by environment and version, one `read` per backend per request however many
 * resolvers ask. A backend that fails fails only its own sets.
 */
export const setLoader = (ctx: SecretsContext) =>
  ctx.loader<string, VariableSetSnapshot | null>('secrets.sets', async (encoded) => {
    const keys = encoded.map(parseSetKey);
    const byBackend = new Map<SecretsBackend, number[]>();
    keys.forEach((key, i) => {
      const backend = ctx.services.router.backendFor(key.environmentId);
      byBackend.set(backend, [...(byBackend.get(backend) ?? []), i]);
    });
    const results: Array<VariableSetSnapshot | null | Error> = new Array(keys.length).fill(null);
    await Promise.all(
      [...byBackend].map(async ([backend, indexes]) => {
        try {
          const sets = await backend.read(indexes.map((i) => keys[i] as (typeof keys)[number]));
          indexes.forEach((index, j) => {
            results[index] = sets[j] ?? null;
          });
        } catch (error) {
          const failure = asBackendError(error, backend.kind);
          for (const index of indexes) results[index] = failure;
        }
      }),
    );
    return results;
  });

export async function loadSet(ctx: SecretsContext, environmentId: string, version?: number) {
  return setLoader(ctx).load(setKey(environmentId, version));
}

export async function currentSet(ctx: SecretsContext, environmentId: string): Promise<VariableSetSnapshot> {
  const set = await loadSet(ctx, environmentId);
  // A current version always exists (0 when never written); null would be a broken backend.
  if (!set) throw asBackendError(new Error(`no current version of ${environmentId}`), 'secrets');
  return set;
}

/** Anything an adapter throws that is not already one of Pave's errors is its backend failing. */
export function asBackendError(error: unknown, adapter: string): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return backendUnavailable(`The ${adapter} secrets backend failed: ${(error as Error).message}`, {
    adapter,
    retryable: true,
  });
}

const OWNERS =
  'query($refs:[String!]!){ entitiesByRefs(refs:$refs){ ref ... on Component { owner { ref } } } }';

/** Owners of components from the catalog, asked once per request for every component involved. */
export const ownerLoader = (ctx: SecretsContext) =>
  ctx.loader<string, string | null>('secrets.owners', async (refs) => {
    const data = await ctx.peers.request<{
      entitiesByRefs: Array<{ owner?: { ref: string } | null } | null>;
    }>('catalog', OWNERS, { refs: [...refs] }, ctx.identity);
    return refs.map((_, i) => data.entitiesByRefs[i]?.owner?.ref ?? null);
  });

/**
 * Admins may do anything; others only what concerns components they own (they are the owner, or
 * in the owning group). `action` completes "may … <environment>" in the FORBIDDEN message.
 */
export async function requireOwner(
  ctx: SecretsContext,
  environmentId: string,
  action: string,
): Promise<void> {
  if (ctx.identity.admin) return;
  const componentRef = parseEnvironmentId(environmentId)?.componentRef ?? environmentId;
  const owner = await ownerLoader(ctx).load(componentRef);
  if (!isOwner(ctx.identity, owner)) {
    throw forbidden(
      `Only owners of ${componentRef} (${owner ?? 'it has no owner in the catalog'}) and admins may ${action} ${environmentId}.`,
    );
  }
}
