import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, NetworkError } from 'graphql-sse';
import { describeCause, GatewayErrors, GatewayUnreachable, type GraphQLErrorLike } from './gatewayErrors.ts';

/** What happens to one subscription. Exactly one of `complete`, `dropped` or `refused` ends it. */
export interface SubscriptionSink<R> {
  /** The gateway holds the stream open: events from now on reach `next`. */
  connected?(): void;
  next(data: R): void;
  complete(): void;
  /** The connection failed or broke: subscribing again may work. */
  dropped(error: GatewayUnreachable): void;
  /** The gateway said no (GraphQL errors, a refused token): subscribing again will not help. */
  refused(error: GatewayErrors): void;
}

export interface Subscriber {
  subscribe<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    sink: SubscriptionSink<R>,
  ): () => void;
  dispose(): void;
}

const PERSISTED_ONLY = 'persisted documents only';

/**
 * Subscriptions over GraphQL over SSE (distinct connections: one HTTP stream per subscription),
 * with the same headers as queries. Loaded only by commands that subscribe. graphql-sse's own
 * retries are off: a caller decides how to resume (a log tail resumes after its last cursor, which
 * a blind re-subscribe cannot do).
 */
export function createSubscriber(options: {
  url: string;
  token: string;
  clientName: string;
  /**
   * A stream silent this long is taken for dropped: the gateway sends a ping every 12 s, and a
   * connection that died without a word (a laptop asleep, a NAT that forgot it) would hang forever.
   */
  silenceMs?: number;
}): Subscriber {
  const silenceMs = options.silenceMs ?? 40_000;
  const endpoint = `${options.url}/graphql`;
  // A gateway that runs only persisted documents is answered with hashes for the rest of the run.
  let byHash = false;
  const clients = new Set<ReturnType<typeof createClient>>();

  const subscribe = <R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    sink: SubscriptionSink<R>,
  ): (() => void) => {
    let ended = false;
    let sentByHash = byHash;
    let watchdog: NodeJS.Timeout | undefined;
    const heard = () => {
      clearTimeout(watchdog);
      if (ended) return;
      watchdog = setTimeout(() => {
        if (ended) return;
        end();
        sink.dropped(new GatewayUnreachable(endpoint, new Error(`no data for ${silenceMs / 1000} s`)));
      }, silenceMs);
    };
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    const client = createClient({
      url: endpoint,
      headers: { authorization: `Bearer ${options.token}`, 'x-pave-client': options.clientName },
      retryAttempts: 0,
      fetchFn: listening(heard),
      on: { connected: () => ended || sink.connected?.() },
    });
    clients.add(client);
    let unsubscribe = () => {};
    const end = () => {
      ended = true;
      clearTimeout(watchdog);
      unsubscribe();
      client.dispose();
      clients.delete(client);
    };
    let attempt = 0;
    const start = () => {
      // Events of an attempt given up (sent as text to a persisted-only gateway) are ignored.
      const current = ++attempt;
      const stale = () => ended || current !== attempt;
      unsubscribe = client.subscribe<R>(
        sentByHash && hash
          ? { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables }
          : { query: print(document), variables },
        {
          next: (result) => {
            if (stale()) return;
            const errors = (result.errors ?? []) as unknown as GraphQLErrorLike[];
            if (result.data == null) {
              if (!sentByHash && hash && errors.some((e) => e.extensions?.rule === PERSISTED_ONLY)) {
                byHash = sentByHash = true;
                unsubscribe();
                return start();
              }
              end();
              return sink.refused(new GatewayErrors(errors, undefined));
            }
            sink.next(result.data as R);
          },
          error: (error) => {
            if (stale()) return;
            end();
            const status = error instanceof NetworkError ? error.response?.status : undefined;
            if (status !== undefined && status < 500) {
              return sink.refused(
                new GatewayErrors(
                  [{ message: error instanceof Error ? error.message : String(error) }],
                  status,
                ),
              );
            }
            sink.dropped(new GatewayUnreachable(endpoint, errorCause(error)));
          },
          complete: () => {
            if (stale()) return;
            end();
            sink.complete();
          },
        },
      );
    };
    start();
    return () => {
      if (!ended) end();
    };
  };

  return {
    subscribe,
    dispose: () => {
      for (const client of clients) client.dispose();
      clients.clear();
    },
  };
}

/** graphql-sse wraps fetch's error in a NetworkError by its message alone: keep ECONNREFUSED in it. */
const fetchKeepingCause: typeof fetch = async (input, init) => {
  try {
    return await fetch(input, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new Error(describeCause(error));
  }
};

/** fetch that calls `heard` for every piece of the response body, pings included. */
const listening =
  (heard: () => void): typeof fetch =>
  async (input, init) => {
    const response = await fetchKeepingCause(input, init);
    if (!response.body) return response;
    heard();
    const body = response.body.pipeThrough(
      new TransformStream({
        transform(chunk, controller) {
          heard();
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

function errorCause(error: unknown): unknown {
  if (Array.isArray(error)) return new Error('the stream ended with an error');
  return error;
}
