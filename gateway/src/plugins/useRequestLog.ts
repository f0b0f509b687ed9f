import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Identity, Logger } from '@pave/subgraph-kit';
import type { createRequestInfoTracker } from './requestInfo.ts';

/**
 * One JSON line per GraphQL request: operation, duration, status, caller. Never the query's
 * variables, a token or a header value, so nothing secret can reach the log.
 */
export function useRequestLog(
  log: Logger,
  requests: ReturnType<typeof createRequestInfoTracker>,
): GatewayPlugin<{ identity: Identity }> {
  const callers = new WeakMap<Request, Identity>();
  return {
    onContextBuilding({ context }) {
      return () => {
        if (context.identity && context.request) callers.set(context.request, context.identity);
      };
    },
    onResponse({ request, response }) {
      if (!requests.isGraphQL(request)) return;
      const info = requests.of(request);
      const caller = callers.get(request);
      log.info('request', {
        operation: info.operationName ?? null,
        status: response.status,
        durationMs: Math.round((performance.now() - info.start) * 100) / 100,
        caller: caller?.subject ?? null,
        client: caller?.client ?? null,
        requestId: caller?.requestId ?? null,
        errors: info.errorCodes.length > 0 ? info.errorCodes : undefined,
      });
    },
  };
}
