import { parseEnvironmentId } from '@pave/subgraph-kit';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import { createTailBuffer, type TailEvent } from '../tail/tailBuffer.ts';
import { assertMayRead } from './access.ts';
import { clientErrors } from './errors.ts';
import { environmentIdArg, intBetween, MAX_LAST, tailFilterArg } from './input.ts';

export const Subscription = {
  logs: {
    subscribe: async (_, args, ctx) => {
      const environmentId = environmentIdArg(args.environmentId, 'environmentId');
      const filter = tailFilterArg(args.filter);
      const last =
        args.last === null || args.last === undefined
          ? undefined
          : intBetween(args.last, 0, 0, MAX_LAST, 'last');
      const after = args.after ?? undefined;
      await assertMayRead(ctx, (parseEnvironmentId(environmentId) as { componentRef: string }).componentRef);

      const backend = ctx.services.logs;
      let stop: (() => Promise<void>) | undefined;
      let closed = false;
      const buffer = createTailBuffer({ ...ctx.services.tail, startAfter: after }, async () => {
        closed = true;
        await stop?.();
      });
      stop = await clientErrors(backend.kind, () =>
        backend.tail({ environmentId, filter, last, after }, buffer.sink),
      );
      // The client may have gone while the tail was starting.
      if (closed) await stop();
      return buffer.events;
    },
    resolve: (event: TailEvent) => event,
  },
} satisfies SubscriptionResolvers;
