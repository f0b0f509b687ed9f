import type { CombinedError } from '@urql/core';

export interface PaveError {
  /** `extensions.code` of the first GraphQL error, or NETWORK for a gateway that did not answer. */
  code: string;
  message: string;
  /** For CONFLICT: the version the server has now. */
  currentVersion?: number;
}

const HINTS: Record<string, string> = {
  UNAUTHENTICATED:
    'The Pave gateway did not accept your Backstage sign-in. Sign in again, or ask your platform team whether the gateway trusts this Backstage.',
  FORBIDDEN: 'You are not allowed to do this: only owners of the component (and admins) may.',
  NETWORK:
    'The Pave gateway could not be reached. Check `pave.gatewayUrl` and that the gateway allows this origin (`gateway.cors.origins`).',
};

/** The first thing a person needs to know about a failed operation. */
export function describeError(error: CombinedError): PaveError {
  const first = error.graphQLErrors[0];
  if (first) {
    const extensions = (first.extensions ?? {}) as { code?: string; currentVersion?: number | string };
    // Some secrets backends report their version as a string of digits.
    const currentVersion = Number(extensions.currentVersion);
    return {
      code: extensions.code ?? 'INTERNAL_SERVER_ERROR',
      message: first.message,
      ...(extensions.currentVersion !== undefined && Number.isInteger(currentVersion)
        ? { currentVersion }
        : {}),
    };
  }
  return { code: 'NETWORK', message: error.networkError?.message ?? error.message };
}

export function hintFor(error: PaveError): string | undefined {
  return HINTS[error.code];
}
