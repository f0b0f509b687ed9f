import { parseEnvironmentId } from '@pave/subgraph-kit';
import type { LogConnectionResolvers, LogLineResolvers, LogOrder } from '../__generated__/resolvers-types.ts';
import type { LogFilter, LogPage, LogPageRequest, LogScope } from '../port.ts';
import { assertMayRead } from './access.ts';
import type { LogConnectionParent, LogsContext } from './context.ts';
import { clientErrors } from './errors.ts';
import { environmentIdArg, filterArg, intBetween, MAX_PAGE } from './input.ts';

interface LogsArgs {
  filter?: Parameters<typeof filterArg>[0];
  order: LogOrder;
  first: number;
  after?: string | null;
}

/** `logs(filter, order, first, after)` for an environment or a component. */
export async function resolveLogs(
  scope: LogScope,
  args: LogsArgs,
  ctx: LogsContext,
): Promise<LogConnectionParent> {
  const componentRef =
    scope.environmentId !== undefined
      ? (parseEnvironmentId(environmentIdArg(scope.environmentId, 'id'))?.componentRef as string)
      : scope.componentRef;
  const request: LogPageRequest = {
    scope,
    filter: filterArg(args.filter),
    order: args.order === 'OLDEST_FIRST' ? 'oldest' : 'newest',
    first: intBetween(args.first, 100, 1, MAX_PAGE, 'first'),
    after: args.after ?? undefined,
  };
  await assertMayRead(ctx, componentRef);
  const backend = ctx.services.logs;
  const page = await clientErrors(backend.kind, () => pageLoader(ctx).load(request));
  return { page, request };
}

/** Pages asked in the same tick (the environments of a list) go to the backend together. */
const pageLoader = (ctx: LogsContext) =>
  ctx.loader<LogPageRequest, LogPage>(
    'logs.page',
    async (requests) => {
      const backend = ctx.services.logs;
      if (backend.pageMany && requests.length > 1) return backend.pageMany(requests);
      // One by one, each page failing (a bad cursor, say) on its own.
      return Promise.all(requests.map((request) => backend.page(request).catch((error: Error) => error)));
    },
    { cache: false },
  );

export const LogConnection = {
  edges: ({ page }) => page.lines.map((line) => ({ cursor: line.cursor, node: line })),
  nodes: ({ page }) => page.lines,
  pageInfo: ({ page, request }) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: request.after !== undefined,
    startCursor: page.lines[0]?.cursor ?? null,
    endCursor: page.endCursor ?? page.lines.at(-1)?.cursor ?? request.after ?? null,
  }),
  totalCount: async ({ request }, _, ctx) => {
    const backend = ctx.services.logs;
    const count = await clientErrors(backend.kind, async () =>
      backend.count ? backend.count(request.scope, request.filter as LogFilter) : undefined,
    );
    return count ?? null;
  },
} satisfies LogConnectionResolvers;

const upper = <T extends string>(value: T | undefined) =>
  value ? (value.toUpperCase() as Uppercase<T>) : null;

export const LogLine = {
  time: (line) => line.time,
  environment: (line) => ({ id: line.environmentId }),
  source: (line) => upper(line.source) as Uppercase<typeof line.source>,
  stream: (line) => upper(line.stream),
  level: (line) => upper(line.level),
  releaseNumber: (line) => line.releaseNumber ?? null,
} satisfies LogLineResolvers;
