import { backendUnavailable, badUserInput } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import { BackendError, InvalidCursorError, InvalidQueryError } from '../port.ts';

/**
 * Turns what a backend threw into the error a client sees. Anything unexpected from a backend
 * counts as the backend failing: the client gets BACKEND_UNAVAILABLE for these fields and the
 * rest of its data, never a crash.
 */
export function toClientError(
  error: unknown,
  adapter: string,
  fields: { cursor?: string } = {},
): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof InvalidCursorError) {
    return badUserInput('The cursor given in `after` is not one this API returned for these lines.', {
      field: fields.cursor ?? 'after',
      rule: 'a cursor from edges.cursor, pageInfo.endCursor or a tail line',
    });
  }
  if (error instanceof InvalidQueryError) {
    return badUserInput(`The metrics backend cannot run this query: ${error.message}`, {
      field: 'query',
      rule: error.message,
    });
  }
  if (error instanceof BackendError) {
    return backendUnavailable(error.message, { adapter: error.adapter, retryable: error.retryable });
  }
  return backendUnavailable(`The ${adapter} backend failed: ${(error as Error)?.message ?? String(error)}`, {
    adapter,
    retryable: true,
  });
}

/** Runs `work`, turning what it throws into a client error. */
export async function clientErrors<T>(
  adapter: string,
  work: () => Promise<T>,
  fields?: { cursor?: string },
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toClientError(error, adapter, fields);
  }
}
