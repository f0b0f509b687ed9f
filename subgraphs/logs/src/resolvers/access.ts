import { backendUnavailable, forbidden, isOwner, notFound } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { LogsContext } from './context.ts';

const OWNERS =
  'query LogsOwners($refs: [String!]!) { entitiesByRefs(refs: $refs) { ref ... on Component { owner { ref } } } }';

interface OwnersData {
  entitiesByRefs: Array<{ ref: string; owner?: { ref: string } | null } | null>;
}

/** Each component's owner ref (null: none; undefined: no such component), one catalog call per request. */
const ownerLoader = (ctx: LogsContext) =>
  ctx.loader<string, string | null | undefined>('logs.owner', async (refs) => {
    let data: OwnersData;
    try {
      data = await ctx.peers.request<OwnersData>('catalog', OWNERS, { refs: [...refs] }, ctx.identity);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BACKEND_UNAVAILABLE') {
        throw backendUnavailable(`Cannot tell who owns the component: ${error.message}`, {
          adapter: 'catalog',
          retryable: error.extensions.retryable !== false,
        });
      }
      throw error;
    }
    return data.entitiesByRefs.map((entity) => (entity ? (entity.owner?.ref ?? null) : undefined));
  });

/**
 * Logs can hold what a team would rather keep to itself: only the component's owners (and
 * admins) may read them.
 */
export async function assertMayRead(ctx: LogsContext, componentRef: string): Promise<void> {
  if (ctx.identity.admin) return;
  const owner = await ownerLoader(ctx).load(componentRef);
  if (owner === undefined)
    throw notFound(`There is no component ${componentRef} in the catalog.`, { ref: componentRef });
  if (!isOwner(ctx.identity, owner)) {
    throw forbidden(
      `Only the owners of ${componentRef}${owner ? ` (${owner})` : ''} may read its logs and metrics.`,
    );
  }
}
