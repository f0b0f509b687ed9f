import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';

/**
 * An operation that ran and failed at a non-null root field answers `data: null`, as the GraphQL
 * spec says and as clients check; the Rust planner's executor leaves `data` out instead. Only
 * executed operations come here: a request that fails validation still has no `data` at all.
 */
export function useNullData(): GatewayPlugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          if (single.data === undefined && single.errors?.length) setResult({ ...single, data: null });
        },
      };
    },
  };
}
