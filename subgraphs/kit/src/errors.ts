import { GraphQLError } from 'graphql';

/** The `extensions.code` values every Pave subgraph and the gateway use. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BACKEND_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

function paveError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = (message = 'A valid bearer token is required.') =>
  paveError('UNAUTHENTICATED', message);

export const forbidden = (message: string) => paveError('FORBIDDEN', message);

/** `field` is the argument path that broke `rule`, e.g. `filter.kind` and `one of component, api`. */
export const badUserInput = (message: string, detail: { field: string; rule: string }) =>
  paveError('BAD_USER_INPUT', message, detail);

export const notFound = (message: string, detail: Record<string, unknown> = {}) =>
  paveError('NOT_FOUND', message, detail);

/**
 * `currentVersion`: what the caller should start again from (a version number, or a backend's own
 * version such as a commit or a resourceVersion); left out when the conflict is with something
 * under way rather than with a newer version.
 */
export const conflict = (message: string, detail: { currentVersion?: number | string } = {}) =>
  paveError('CONFLICT', message, detail);

export const backendUnavailable = (message: string, detail: { adapter: string; retryable: boolean }) =>
  paveError('BACKEND_UNAVAILABLE', message, detail);
