import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';

type CorsOption = GatewayConfigSupergraph['cors'];

/**
 * CORS for browser clients on other origins (a Backstage app calling the gateway). No origins
 * configured means no cross-origin access at all: the runtime's default would echo any origin.
 * Callers authenticate with a bearer token, never a cookie, so credentials are not allowed.
 */
export function corsOptions(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? ['*'] : [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'accept', 'x-pave-client', 'last-event-id'],
    credentials: false,
    maxAge: 600,
  };
}
