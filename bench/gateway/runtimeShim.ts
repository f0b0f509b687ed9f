// What gateway/src/server.ts imports as '@graphql-hive/gateway-runtime' in the `pave+router`
// process (see gatewayHooks.ts): the real module, with `createGatewayRuntime` given Hive's Rust
// query planner — the one-option change to server.ts that this variant stands for.

// @ts-expect-error resolved by gatewayHooks.ts to the gateway's own copy
import * as runtime from 'bench:gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

// @ts-expect-error as above
export * from 'bench:gateway-runtime';

export function createGatewayRuntime(config: Record<string, unknown>) {
  return runtime.createGatewayRuntime({ ...config, unifiedGraphHandler });
}
