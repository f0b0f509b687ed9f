import {
  badUserInput,
  type PaveEvent,
  type ReleaseStatusChanged,
  subscribeIterator,
  TOPICS,
} from '@pave/subgraph-kit';
import type { QueryResolvers, SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import { releasesByIds } from '../store/releases.ts';
import type { ReleaseRow } from '../store/rows.ts';
import type { ReleasesContext } from './context.ts';
import { releaseLoader } from './loaders.ts';

export const Query = {
  release: (_, args, ctx) => {
    if (args.id.length > 100)
      throw badUserInput('That is not a release id.', { field: 'id', rule: 'a release id' });
    return releaseLoader(ctx).load(args.id);
  },
} satisfies QueryResolvers;

export const Subscription = {
  releaseStatus: {
    subscribe: (_, args, _ctx: ReleasesContext) =>
      subscribeIterator<ReleaseStatusChanged>(
        _ctx.bus,
        TOPICS.releaseStatus,
        (event) => event.data.environmentId === args.environmentId,
      ),
    // The event is a hint: the release is read again, as it is now.
    resolve: async (
      event: PaveEvent<ReleaseStatusChanged>,
      _args: unknown,
      ctx: ReleasesContext,
    ): Promise<ReleaseRow> => {
      const row = (await releasesByIds(ctx.store, [event.data.releaseId])).get(event.data.releaseId);
      if (!row) throw new Error(`Release ${event.data.releaseId} is gone.`);
      return row;
    },
  },
} satisfies SubscriptionResolvers;
