import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/http';
import { CALLER_TOKEN_HEADER } from './callerToken.ts';
import { createLoaderCache, type SubgraphContext } from './context.ts';
import type { EventBus } from './events/types.ts';
import { IDENTITY_HEADER, type Identity, type IdentitySigner } from './identity.ts';
import type { Logger } from './logger.ts';
import type { SubgraphModule } from './module.ts';
import type { Peers } from './platform/peers.ts';
import type { Store } from './store/types.ts';

export interface SubgraphServerOptions<Services> {
  module: SubgraphModule<Services>;
  services: Services;
  store: Store;
  bus: EventBus;
  log: Logger;
  /** Verifies the identity the gateway signed; requests without a valid one are refused. */
  signer: IdentitySigner;
  peers: Peers;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface SubgraphServer {
  name: string;
  url: string;
  schema: GraphQLSchema;
  close(): Promise<void>;
}

const UNAUTHENTICATED_BODY = JSON.stringify({
  errors: [
    {
      message: 'This subgraph only accepts requests signed by the Pave gateway.',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
});

/**
 * Serves one capability as a federation subgraph over HTTP: queries and mutations through Apollo
 * Server, subscriptions as server-sent events (what the gateway's HTTP transport speaks).
 */
export async function startSubgraphServer<Services>(
  options: SubgraphServerOptions<Services>,
): Promise<SubgraphServer> {
  const { module, services, store, bus, log, signer, peers } = options;
  const schema = buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers as never }]);
  const contextFor = (identity: Identity): SubgraphContext<Services> => ({
    identity,
    store,
    bus,
    services,
    peers,
    log: log.child({ requestId: identity.requestId }),
    loader: createLoaderCache(),
  });

  const apollo = new ApolloServer<SubgraphContext<Services>>({
    schema,
    // Both wrap every field resolver of every request: inline tracing is for Apollo Studio, which
    // Pave does not report to, and no Pave schema sets cache hints (`@cacheControl`).
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    includeStacktraceInErrorResponses: false,
    csrfPrevention: false, // only the gateway may call, and it always sends a signed identity header
    logger: {
      debug: () => {},
      info: () => {},
      warn: (m) => log.warn(String(m)),
      error: (m) => log.error(String(m)),
    },
  });
  await apollo.start();

  const identityOf = (req: IncomingMessage) => {
    const first = (name: string) => {
      const header = req.headers[name];
      return Array.isArray(header) ? header[0] : header;
    };
    return signer.verifyRequest(first(IDENTITY_HEADER), first(CALLER_TOKEN_HEADER));
  };

  // graphql-sse types its context as a plain record; ours is one.
  const sse = createSseHandler<Record<string, unknown>>({
    schema,
    context: (req) => contextFor(identityOf(req.raw) as Identity) as unknown as Record<string, unknown>,
    // graphql-sse reads a subscription as fast as it yields and queues what it cannot write yet,
    // without bound. Waiting until the socket has passed on what it holds keeps that queue at one
    // event: a slow reader then backs up into the subscription's own (bounded) buffer. (An empty
    // write's callback runs once everything written before it is flushed.)
    onNext: async (_ctx, req) => {
      const socket = (req.context as { res: ServerResponse }).res.socket;
      if (!socket || socket.destroyed || socket.writableLength === 0) return;
      await new Promise<void>((resolve) => socket.write(Buffer.alloc(0), () => resolve()));
    },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (path !== '/graphql' && path !== '/') return res.writeHead(404).end();
    const identity = identityOf(req);
    if (!identity) {
      return res.writeHead(401, { 'content-type': 'application/json' }).end(UNAUTHENTICATED_BODY);
    }
    if (req.headers.accept?.includes('text/event-stream')) return sse(req, res);

    const body = await readBody(req, options.maxBodyBytes ?? 1024 * 1024);
    if (body === undefined) return res.writeHead(413).end();
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      // The caller's token is in the identity already; no other part of the request needs it.
      if (value === undefined || key === CALLER_TOKEN_HEADER) continue;
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'POST',
        headers,
        search: new URL(req.url ?? '/', 'http://subgraph').search,
        body: body.length > 0 ? parseJson(body) : undefined,
      },
      context: async () => contextFor(identity),
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      log.error('subgraph request failed', { subgraph: module.name, error });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  const url = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  return {
    name: module.name,
    url: `${url}/graphql`,
    schema,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body; // Apollo answers 400 with a clear message
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}
