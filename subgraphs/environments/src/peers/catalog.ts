import { forbidden, isOwner, notFound } from '@pave/subgraph-kit';
import type { EnvironmentsContext } from '../resolvers/context.ts';

/** A component as the catalog knows it: its canonical ref and its owner. */
export interface CatalogComponent {
  ref: string;
  ownerRef: string | null;
}

const QUERY = `query($refs: [String!]!) {
  entitiesByRefs(refs: $refs) { ref kind ... on Component { owner { ref } } }
}`;

interface Answer {
  entitiesByRefs: Array<{ ref: string; kind: string; owner?: { ref: string } | null } | null>;
}

/** Components by ref (any form the catalog accepts), one catalog call per request. */
const componentLoader = (ctx: EnvironmentsContext) =>
  ctx.loader<string, CatalogComponent | null>('environments.catalogComponent', async (refs) => {
    const data = await ctx.peers.request<Answer>('catalog', QUERY, { refs }, ctx.identity);
    return refs.map((_, i) => {
      const entity = data.entitiesByRefs[i];
      if (entity?.kind.toLowerCase() !== 'component') return null;
      return { ref: entity.ref, ownerRef: entity.owner?.ref ?? null };
    });
  });

/** The component, or NOT_FOUND naming `field`. */
export async function requireComponent(
  ctx: EnvironmentsContext,
  ref: string,
  field: string,
): Promise<CatalogComponent> {
  const component = await componentLoader(ctx).load(ref);
  if (!component) throw notFound(`There is no component "${ref}" in the catalog.`, { field });
  return component;
}

/**
 * FORBIDDEN unless the caller owns the component (is the owning user or in the owning group) or is
 * an admin — the rule and wording secrets uses. `action` completes "may …", naming what it acts on.
 * Admins are not asked about: they may act on an environment whose component left the catalog.
 */
export async function requireOwner(
  ctx: EnvironmentsContext,
  componentRef: string,
  action: string,
): Promise<void> {
  if (ctx.identity.admin) return;
  const component = await componentLoader(ctx).load(componentRef);
  if (!isOwner(ctx.identity, component?.ownerRef)) {
    throw forbidden(
      `Only owners of ${component?.ref ?? componentRef} (${component?.ownerRef ?? 'it has no owner in the catalog'}) and admins may ${action}.`,
    );
  }
}
