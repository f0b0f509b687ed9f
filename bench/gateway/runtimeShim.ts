// What gateway/src/server.ts imports as '@graphql-hive/gateway-runtime' under gatewayHooks.ts:
// the real module, with createGatewayRuntime given the options BENCH_PATCHES asks for.
// @ts-expect-error resolved by gatewayHooks.ts to the gateway's own copy
import * as runtime from 'bench:gateway-runtime';

// @ts-expect-error as above
export * from 'bench:gateway-runtime';

const patches = new Set((process.env.BENCH_PATCHES ?? '').split(','));
const router = patches.has('router') ? await import('@graphql-hive/router-runtime') : undefined;

export function createGatewayRuntime(config: { transportEntries?: Record<string, unknown> }) {
  return runtime.createGatewayRuntime({
    ...config,
    ...(patches.has('no-dedupe') && {
      // executor-http shares one in-flight upstream response among identical concurrent requests,
      // keyed by URL and body; the identity header is added later (onFetch), so the key ignores it.
      transportEntries: {
        ...config.transportEntries,
        '*': { options: { deduplicateInflightRequests: false } },
      },
    }),
    ...(router && { unifiedGraphHandler: router.unifiedGraphHandler }),
  });
}
