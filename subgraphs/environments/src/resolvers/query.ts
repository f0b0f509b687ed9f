import { badUserInput, connection, pageArgs } from '@pave/subgraph-kit';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { requireComponent } from '../peers/catalog.ts';
import { listTeardowns } from '../store/teardowns.ts';
import { loadEnvironment } from './loaders.ts';

const CANONICAL_REF = /^[a-z0-9-]+:[^/]+\/[^/]+$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const Query = {
  environment: (_, args, ctx) => {
    if (args.id.length > 400)
      throw badUserInput('That id is too long to be an environment id.', {
        field: 'id',
        rule: 'at most 400 characters',
      });
    return loadEnvironment(ctx, args.id);
  },

  environmentTeardowns: async (_, args, ctx) => {
    const { first, after } = pageArgs(args, 500, (cursor) => (UUID.test(cursor) ? cursor : undefined));
    // A canonical ref is taken as it is: a component that left the catalog keeps its history.
    const componentRef = !args.componentRef
      ? undefined
      : CANONICAL_REF.test(args.componentRef)
        ? args.componentRef.toLowerCase()
        : (await requireComponent(ctx, args.componentRef, 'componentRef')).ref;
    const page = await listTeardowns(ctx.store, { componentRef }, { first, afterId: after });
    return connection(page.rows, (row) => row.id, { ...page, after });
  },
} satisfies QueryResolvers;
