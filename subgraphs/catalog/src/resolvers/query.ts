import { badUserInput, type PaveEvent, subscribeIterator } from '@pave/subgraph-kit';
import type { QueryResolvers, SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import { parseEntityRef, stringifyEntityRef } from '../model/ref.ts';
import { CATALOG_CHANGED } from '../services.ts';
import type { CatalogChange } from '../store/ingest.ts';
import { countEntities, listEntities, listProblems } from '../store/queries.ts';
import type { EntityFilter } from '../store/rows.ts';
import { entityLoader } from './loaders.ts';

const MAX_PAGE = 1000;

function canonicalRef(ref: string, field: string, defaultKind?: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }));
  } catch (error) {
    throw badUserInput(`"${ref}" is not an entity ref: ${(error as Error).message}`, {
      field,
      rule: 'kind:namespace/name, kind and namespace optional',
    });
  }
}

const encodeCursor = (ref: string) => Buffer.from(ref).toString('base64url');

function decodeCursor(cursor: string): string {
  const ref = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[^:]+:[^/]+\/.+$/.test(ref)) {
    throw badUserInput('The cursor given in `after` is not one this API returned.', {
      field: 'after',
      rule: 'a cursor from pageInfo.endCursor or edges.cursor',
    });
  }
  return ref;
}

function canonicalFilter(filter: EntityFilter | null | undefined): EntityFilter {
  if (!filter) return {};
  const lower = (value: string | null | undefined) => (value ? value.toLowerCase() : undefined);
  return {
    kind: lower(filter.kind),
    type: lower(filter.type),
    lifecycle: lower(filter.lifecycle),
    namespace: lower(filter.namespace),
    tag: lower(filter.tag),
    owner: filter.owner ? canonicalRef(filter.owner, 'filter.owner', 'group') : undefined,
    system: filter.system ? canonicalRef(filter.system, 'filter.system', 'system') : undefined,
  };
}

export const Query = {
  entity: (_, args, ctx) => entityLoader(ctx).load(canonicalRef(args.ref, 'ref', 'component')),

  entitiesByRefs: (_, args, ctx) => {
    if (args.refs.length > MAX_PAGE) {
      throw badUserInput(`Ask for at most ${MAX_PAGE} refs at a time, not ${args.refs.length}.`, {
        field: 'refs',
        rule: `at most ${MAX_PAGE} refs`,
      });
    }
    const refs = args.refs.map((ref, i) => canonicalRef(ref, `refs[${i}]`, 'component'));
    return Promise.all(refs.map((ref) => entityLoader(ctx).load(ref)));
  },

  entities: async (_, args, ctx) => {
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_PAGE}, got ${first}.`, {
        field: 'first',
        rule: `an integer from 1 to ${MAX_PAGE}`,
      });
    }
    const filter = canonicalFilter(args.filter);
    const afterRef = args.after ? decodeCursor(args.after) : undefined;
    const [page, totalCount] = await Promise.all([
      listEntities(ctx.store, filter, { first, afterRef }),
      countEntities(ctx.store, filter),
    ]);
    // Prime the request's loader so fields that load these entities again cost nothing.
    for (const row of page.rows) entityLoader(ctx).prime(row.ref, row);
    const edges = page.rows.map((row) => ({ cursor: encodeCursor(row.ref), node: row }));
    return {
      edges,
      nodes: page.rows,
      totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: afterRef !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },

  catalogProblems: (_, __, ctx) => listProblems(ctx.store),
} satisfies QueryResolvers;

export const Subscription = {
  catalogChanged: {
    subscribe: (_, __, ctx) => subscribeIterator<CatalogChange>(ctx.bus, CATALOG_CHANGED),
    resolve: (event: PaveEvent<CatalogChange>) => event.data,
  },
} satisfies SubscriptionResolvers;
