import { GraphQLError } from 'graphql';
import { backendUnavailable } from '../errors.ts';
import { IDENTITY_HEADER, type Identity, type IdentitySigner } from '../identity.ts';

/**
 * Calls from one capability to another (e.g. releases asking secrets for an environment's
 * variables), straight to the peer subgraph, on behalf of the caller: the peer enforces the
 * caller's own permissions.
 */
export interface Peers {
  /**
   * Whether this platform runs `capability` at all. A capability that is not part of the platform
   * is not a failing one: callers decide what its absence means (e.g. secrets used alone).
   */
  serves(capability: string): boolean;
  request<Data>(
    capability: string,
    document: string,
    variables: Record<string, unknown>,
    identity: Identity,
  ): Promise<Data>;
}

export function createPeers(options: {
  signer: IdentitySigner;
  /** Where `capability` listens now, or undefined when this platform does not run it. */
  urlOf(capability: string): string | undefined;
  timeoutMs?: number;
}): Peers {
  return {
    serves: (capability) => options.urlOf(capability) !== undefined,
    async request<Data>(
      capability: string,
      document: string,
      variables: Record<string, unknown>,
      identity: Identity,
    ) {
      const url = options.urlOf(capability);
      if (!url) {
        throw backendUnavailable(`The ${capability} capability is not part of this platform.`, {
          adapter: capability,
          retryable: false,
        });
      }
      let body: { data?: Data; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: options.signer.sign(identity) },
          body: JSON.stringify({ query: document, variables }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        body = await response.json();
      } catch (error) {
        throw backendUnavailable(`The ${capability} subgraph did not answer: ${(error as Error).message}`, {
          adapter: capability,
          retryable: true,
        });
      }
      const first = body.errors?.[0];
      if (first)
        throw new GraphQLError(first.message, { extensions: { ...first.extensions, peer: capability } });
      return body.data as Data;
    },
  };
}
