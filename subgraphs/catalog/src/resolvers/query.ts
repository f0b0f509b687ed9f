import { badUserInput, type PaveEvent, subscribeIterator } from '@pave/subgraph-kit';
import type { QueryResolvers, SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import { normalizeRepositoryPath, normalizeRepositoryUrl } from '../model/source.ts';
import { CATALOG_CHANGED } from '../services.ts';
import { type FacetKey, facetValues } from '../store/facets.ts';
import type { CatalogChange } from '../store/ingest.ts';
import { countEntities, listEntities } from '../store/list.ts';
import { listProblems } from '../store/queries.ts';
import { countSearch, searchEntities, searchQuery } from '../store/search.ts';
import { componentsBySource } from '../store/sources.ts';
import { connection, countIfSelected } from './connection.ts';
import { canonicalFilter, canonicalOrder, canonicalRef, decodeCursor, MAX_PAGE, pageSize } from './input.ts';
import { entityLoader } from './loaders.ts';

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

  entities: async (_, args, ctx, info) => {
    const first = pageSize(args.first, 50);
    const filter = canonicalFilter(args.filter);
    const order = canonicalOrder(args.orderBy);
    const ordering = `${order.key}${order.descending ? '-desc' : ''}`;
    const after = args.after ? decodeCursor(args.after, ordering, 'string') : undefined;
    const count = countIfSelected(info, () => countEntities(ctx.store, filter));
    const page = await listEntities(ctx.store, filter, { first, order, after });
    return connection(ctx, page, (row) => [ordering, row.sort_key], {
      hasPreviousPage: after !== undefined,
      count,
    });
  },

  search: async (_, args, ctx, info) => {
    const first = pageSize(args.first, 20);
    const filter = canonicalFilter(args.filter);
    const query = searchQuery(args.query);
    if (query === undefined) {
      throw badUserInput('query must contain at least one word.', {
        field: 'query',
        rule: 'one or more words of letters or digits',
      });
    }
    const after = args.after ? decodeCursor(args.after, 'rank', 'number') : undefined;
    const count = countIfSelected(info, () => countSearch(ctx.store, query, filter));
    const page = await searchEntities(ctx.store, query, filter, {
      first,
      after: after && { rank: after.key, ref: after.ref },
    });
    return connection(ctx, page, (row) => ['rank', row.rank], {
      hasPreviousPage: after !== undefined,
      count,
    });
  },

  facets: (_, args, ctx) => {
    const facet = args.field.toLowerCase() as FacetKey;
    const keyed = facet === 'label' || facet === 'annotation';
    if (keyed && !args.key?.trim()) {
      throw badUserInput(`facets(field: ${args.field}) needs the ${facet} key.`, {
        field: 'key',
        rule: `required for ${args.field}: the ${facet} to count values of`,
      });
    }
    return facetValues(ctx.store, facet, canonicalFilter(args.filter), keyed ? (args.key ?? '') : undefined);
  },

  componentsBySource: async (_, args, ctx) => {
    const repository = normalizeRepositoryUrl(args.repositoryUrl);
    if (!repository) {
      // The URL is not echoed: a remote URL can carry a token.
      throw badUserInput('repositoryUrl is not a git repository URL.', {
        field: 'repositoryUrl',
        rule: 'a git remote such as https://github.com/org/repo.git or git@github.com:org/repo.git',
      });
    }
    const path =
      args.path === null || args.path === undefined ? undefined : normalizeRepositoryPath(args.path);
    if (path?.split('/').includes('..')) {
      throw badUserInput('path must stay inside the repository.', {
        field: 'path',
        rule: 'a directory relative to the repository root, without ..',
      });
    }
    const rows = await componentsBySource(ctx.store, repository, path);
    for (const row of rows) entityLoader(ctx).prime(row.ref, row);
    return rows;
  },

  catalogProblems: (_, __, ctx) => listProblems(ctx.store),
} satisfies QueryResolvers;

export const Subscription = {
  catalogChanged: {
    subscribe: (_, __, ctx) => subscribeIterator<CatalogChange>(ctx.bus, CATALOG_CHANGED),
    resolve: (event: PaveEvent<CatalogChange>) => event.data,
  },
} satisfies SubscriptionResolvers;
