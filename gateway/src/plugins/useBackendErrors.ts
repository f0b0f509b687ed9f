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
function answered(error: GraphQLError): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const { message, path, extensions } = error as GraphQLError;
  return new GraphQLError(message, { path, extensions });
}

/** A transport failure as BACKEND_UNAVAILABLE, naming the subgraph; any other error as it is. */
function unavailable(error: GraphQLError, subgraphName: string): GraphQLError {
  if (!isTransportFailure(error)) return error;
  return new GraphQLError(`The ${subgraphName} subgraph is unavailable: ${error.message}`, {
    path: error.path,
    extensions: { code: 'BACKEND_UNAVAILABLE', adapter: subgraphName, retryable: true },
  });
}

/** Replaces the result when `fix` changes any of its errors. */
function fixErrors(
  result: ExecutionResult,
  setResult: (result: ExecutionResult) => void,
  fix: (error: GraphQLError) => GraphQLError,
) {
  if (!result.errors) return;
  const errors = result.errors.map(fix);
  if (errors.some((error, i) => error !== result.errors?.[i])) setResult({ ...result, errors });
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
          return { onNext: ({ result, setResult }) => fixErrors(result, setResult, answered) };
        }
        const single = result as ExecutionResult;
        const failure = single.errors?.find(isTransportFailure);
        if (failure) log.warn('subgraph unavailable', { subgraph: subgraphName, reason: failure.message });
        fixErrors(single, setResult, (error) => unavailable(answered(error), subgraphName));
      };
    },
  };
}
