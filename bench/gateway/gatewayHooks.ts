// Preloaded with `node --import` into the `pave+router` process: gateway/src/server.ts runs
// unchanged, except that it gets runtimeShim.ts where it imports @graphql-hive/gateway-runtime.
import { registerHooks } from 'node:module';

const serverUrl = new URL('../../gateway/src/server.ts', import.meta.url).href;
const shimUrl = new URL('./runtimeShim.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === '@graphql-hive/gateway-runtime' && context.parentURL === serverUrl) {
      return { url: shimUrl, shortCircuit: true };
    }
    if (specifier === 'bench:gateway-runtime') {
      // The very module server.ts would have loaded, resolved from where server.ts sits.
      return nextResolve('@graphql-hive/gateway-runtime', { ...context, parentURL: serverUrl });
    }
    return nextResolve(specifier, context);
  },
});
