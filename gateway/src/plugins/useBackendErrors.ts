import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@pave/subgraph-kit';
import { type ExecutionResult, GraphQLError } from 'graphql';

/** Codes the gateway's HTTP transport gives a subgraph call that never got a GraphQL answer. */
const TRANSPORT_FAILURES = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'TIMEOUT_ERROR']);

function isTransportFailure(error: { extensions?: Record<string, unknown> }): boolean {
  return TRANSPORT_FAILURES.has(String(error.extensions?.code ?? ''));
}

/**
 * An error a subgraph answered a subscription with reaches this hook as the plain JSON object from
 * the stream. Yoga masks any error that is not a GraphQLError, so the caller would get "Unexpected
 * error" instead of the subgraph's own message and code: make it a GraphQLError again.
 */
const isPlain = (error: unknown) => !(error instanceof GraphQLError);

function withAnsweredErrors(result: ExecutionResult, setResult: (result: ExecutionResult) => void) {
  if (!result.errors?.some(isPlain)) return;
  setResult({
    ...result,
    errors: result.errors.map((error) =>
      isPlain(error)
        ? new GraphQLError(error.message, { path: error.path, extensions: error.extensions })
        : error,
    ),
  });
}

/**
 * A subgraph that is down or too slow costs only its own fields: they come back null with a
 * BACKEND_UNAVAILABLE error naming the subgraph, next to the data every other subgraph gave.
 */
export function useBackendErrors(log: Logger): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName }) {
      return ({ result, setResult }) => {
        if (Symbol.asyncIterator in (result as object)) {
          return { onNext: ({ result, setResult }) => withAnsweredErrors(result, setResult) };
        }
        withAnsweredErrors(result as ExecutionResult, setResult);
        const errors = (result as ExecutionResult).errors;
        const failure = errors?.find(isTransportFailure);
        if (!errors || !failure) return;
        log.warn('subgraph unavailable', { subgraph: subgraphName, reason: failure.message });
        setResult({
          ...(result as ExecutionResult),
          errors: errors.map((error) =>
            isTransportFailure(error)
              ? new GraphQLError(`The ${subgraphName} subgraph is unavailable: ${error.message}`, {
                  path: error.path,
                  extensions: { code: 'BACKEND_UNAVAILABLE', adapter: subgraphName, retryable: true },
                })
              : error,
          ),
        });
      };
    },
  };
}
