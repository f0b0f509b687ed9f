import { Client, cacheExchange, type Exchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';
import { graphqlEndpoint } from './gatewayUrl.ts';
import { persistedDocumentsExchange } from './persistedDocumentsExchange.ts';

export const CLIENT_NAME = 'pave-backstage-plugin/0.1.0';

export interface PaveClientOptions {
  /** `pave.gatewayUrl`: the gateway's base URL or its `/graphql` endpoint. */
  gatewayUrl: string;
  /** The signed-in user's Backstage token, asked for before every request (it is refreshed). */
  getToken: () => Promise<string | undefined>;
  /** Send documents by hash only (`pave.persistedDocuments: true`), for a persisted-only gateway. */
  persistedDocumentsOnly?: boolean;
  /** Tests and other runtimes may bring their own fetch. */
  fetch?: typeof fetch;
}

/**
 * An urql client for the Pave gateway. Queries and mutations go over HTTP POST, subscriptions
 * over SSE (graphql-sse, a connection per subscription); each carries the user's token.
 */
export function createPaveClient(options: PaveClientOptions): Client {
  const url = graphqlEndpoint(options.gatewayUrl);
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headers = async (): Promise<Record<string, string>> => {
    const token = await options.getToken();
    return { 'x-pave-client': CLIENT_NAME, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  };
  const authorizedFetch: typeof fetch = async (input, init) => {
    const merged = new Headers(init?.headers);
    for (const [name, value] of Object.entries(await headers())) merged.set(name, value);
    return baseFetch(input, { ...init, headers: merged });
  };

  const sse = createSseClient({ url, headers, fetchFn: authorizedFetch, retryAttempts: 3 });
  const exchanges: Exchange[] = [
    cacheExchange,
    ...(options.persistedDocumentsOnly ? [persistedDocumentsExchange] : []),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const body = { ...request, query: request.query ?? '' };
        return {
          subscribe(sink) {
            const unsubscribe = sse.subscribe(body, sink);
            return { unsubscribe };
          },
        };
      },
    }),
  ];
  return new Client({
    url,
    exchanges,
    fetch: authorizedFetch,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
