import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, type CombinedError, createRequest, fetchExchange } from '@urql/core';
import { GatewayErrors, GatewayUnreachable, type GraphQLErrorLike } from './gatewayErrors.ts';

export interface Result<R> {
  data: R;
  /** Errors beside data: a backend that failed for some fields while the rest answered. */
  partialErrors: GraphQLErrorLike[];
}

export interface PlatformClient {
  request<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
  ): Promise<Result<R>>;
}

const PERSISTED_ONLY = 'persisted documents only';

/**
 * The Platform API over `@urql/core`. Documents go by their text; a gateway that runs only
 * persisted documents is answered with the hash codegen gave each one (in the manifest it serves),
 * for the rest of the run.
 */
export function createPlatformClient(options: {
  url: string;
  token: string;
  clientName: string;
  timeoutMs?: number;
}): PlatformClient {
  const endpoint = `${options.url}/graphql`;
  const client = new Client({
    url: endpoint,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    fetchOptions: () => ({
      headers: { authorization: `Bearer ${options.token}`, 'x-pave-client': options.clientName },
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    }),
  });
  let byHash = false;

  const run = async <R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    sendHash: boolean,
  ) => {
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    // The manifest is keyed by `sha256:<hex>`, which the gateway looks up as sent; urql then leaves
    // the document's text out of the request.
    const request = createRequest(
      document,
      variables,
      sendHash && hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined,
    );
    const operation = (document.definitions[0] as { operation?: string } | undefined)?.operation;
    return operation === 'mutation'
      ? client.executeMutation<R, V>(request).toPromise()
      : client.executeQuery<R, V>(request).toPromise();
  };

  return {
    async request(document, variables) {
      const sentByHash = byHash;
      let result = await run(document, variables, sentByHash);
      if (!sentByHash && result.error && persistedOnly(result.error)) {
        byHash = true;
        result = await run(document, variables, true);
      }
      const { error } = result;
      if (error?.networkError) throw new GatewayUnreachable(endpoint, error.networkError);
      const errors = (error?.graphQLErrors ?? []).map(({ message, path, extensions }) => ({
        message,
        path,
        extensions: extensions as Record<string, unknown>,
      }));
      if (result.data == null) {
        if (errors.length === 0) throw new GatewayUnreachable(endpoint, new Error('an empty answer'));
        throw new GatewayErrors(errors, (error?.response as Response | undefined)?.status);
      }
      return { data: result.data, partialErrors: errors };
    },
  };
}

const persistedOnly = (error: CombinedError) =>
  error.graphQLErrors.some((e) => (e.extensions as { rule?: string }).rule === PERSISTED_ONLY);
