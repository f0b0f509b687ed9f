import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { GATEWAY_SUBGRAPH, includesGatewaySubgraph } from '@pave/schema';
import type { Identity, IdentitySigner, Logger, PaveConfig, Store } from '@pave/subgraph-kit';
import { listen } from '@pave/subgraph-kit';
import { type DocumentNode, getOperationAST } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { Registry } from 'prom-client';
import { WebSocketServer } from 'ws';
import { adminTransport, IN_PROCESS } from './admin/subgraph.ts';
import { createAuthenticator } from './auth/authenticator.ts';
import { JwtVerifier } from './auth/jwt.ts';
import { ServiceTokens } from './auth/serviceTokens.ts';
import { createDeviceRoutes } from './device/index.ts';
import { hiveLogger } from './hiveLogger.ts';
import { corsOptions } from './http/cors.ts';
import { loadPersistedDocuments } from './persistedDocuments.ts';
import { createRequestInfoTracker } from './plugins/requestInfo.ts';
import { describeCaller, useAuthentication } from './plugins/useAuthentication.ts';
import { useBackendErrors } from './plugins/useBackendErrors.ts';
import { useIdentitySigning } from './plugins/useIdentitySigning.ts';
import { useLimits } from './plugins/useLimits.ts';
import { useMetrics } from './plugins/useMetrics.ts';
import { useNullData } from './plugins/useNullData.ts';
import { useRequestLog } from './plugins/useRequestLog.ts';

export const GRAPHQL_PATH = '/graphql';

export interface GatewayOptions {
  config: PaveConfig;
  /** The supergraph SDL to serve. */
  supergraph: string;
  /** Where the gateway keeps service tokens (the Pave store). */
  store: Store;
  signer: IdentitySigner;
  /** The embedded platform's root token; distributed deployments use service tokens and JWTs. */
  rootToken?: string;
  log: Logger;
  /** Subgraph URLs that replace the ones in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  /** Overrides the configured port (0 picks a free one). */
  port?: number;
}

export interface Gateway {
  url: string;
  metrics: Registry;
  close(): Promise<void>;
}

const EXPLORER = {
  title: 'Pave Platform API',
  // The explorer never receives a token from the server: the user pastes one, as in Vault's UI.
  headers: JSON.stringify({ Authorization: 'Bearer <paste the root token from .pave/root-token>' }, null, 2),
  defaultQuery: `# Welcome to the Pave Platform API.
# Paste your token into the Headers tab below, then run this query.

query Components {
  entities(filter: { kind: "component" }, first: 20) {
    totalCount
    nodes {
      ref
      title
      ... on Component { lifecycle owner { ref title } }
    }
  }
}
`,
};

const manifestHash = {
  code: 'BAD_USER_INPUT',
  field: 'documentId',
  rule: 'a hash from the persisted-documents manifest',
};
const PERSISTED_DOCUMENT_ERRORS = {
  persistedQueryOnly: {
    message:
      'This gateway runs only persisted documents: send `documentId` (a hash from the persisted-documents manifest) instead of `query`.',
    extensions: { code: 'BAD_USER_INPUT', field: 'query', rule: 'persisted documents only' },
  },
  notFound: {
    message:
      'No persisted document has this documentId: rebuild the client against the manifest the gateway serves.',
    extensions: manifestHash,
  },
  keyNotFound: {
    message: 'Send `documentId`: a hash from the persisted-documents manifest.',
    extensions: manifestHash,
  },
};

function isSubscription(request?: {
  operationType?: string;
  document: DocumentNode;
  operationName?: string;
}) {
  if (!request) return false;
  const type = request.operationType ?? getOperationAST(request.document, request.operationName)?.operation;
  return type === 'subscription';
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, log } = options;
  const limits = config.gateway.limits;
  if (!includesGatewaySubgraph(options.supergraph)) {
    log.warn('the supergraph has no gateway subgraph: viewer and service tokens are not served', {
      fix: 'compose it with `pnpm compose`, which adds the gateway subgraph, or add gateway/src/admin/schema.graphql to your composition as the subgraph "gateway" at in-process://gateway',
    });
  }
  const serviceTokens = new ServiceTokens(options.store);
  const authenticator = createAuthenticator({
    rootToken: options.rootToken,
    serviceTokens,
    jwt: new JwtVerifier(config.gateway.auth.jwt),
  });
  const deviceRoutes = await createDeviceRoutes({
    store: options.store,
    authenticator,
    serviceTokens,
    acceptsJwt: config.gateway.auth.jwt.length > 0,
    log,
  });
  const metrics = new Registry();
  const requests = createRequestInfoTracker(GRAPHQL_PATH);
  const persisted = config.gateway.persistedDocuments;

  const runtime = createGatewayRuntime<{ identity: Identity }>({
    supergraph: options.supergraph,
    // Hive's Rust query planner: it plans once per operation shape and projects results without
    // graphql-tools' delegation: a third of the gateway's CPU on a list that spans subgraphs.
    unifiedGraphHandler,
    transports: {
      http: import('@graphql-mesh/transport-http'),
      ws: import('@graphql-mesh/transport-ws'),
      // Its executor is typed by graphql-js, the runtime's Executor by graphql-tools: same shape.
      [IN_PROCESS]: adminTransport(serviceTokens) as never,
    },
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    landingPage: false,
    cors: corsOptions(config.gateway.cors.origins),
    logging: hiveLogger(log),
    productName: 'Pave',
    productDescription: 'The Platform API: catalog, environments, secrets, releases and logs',
    productLink: 'https://github.com/pave-platform/pave',
    graphiql: config.mode === 'development' ? EXPLORER : false,
    renderGraphiQL: renderOfflineGraphiQL,
    // A subscription lasts as long as its client wants it: the timeout is for queries and mutations.
    upstreamTimeout: ({ executionRequest }) =>
      isSubscription(executionRequest) ? undefined : limits.upstreamTimeoutMs,
    transportEntries: {
      // The HTTP executor shares one in-flight upstream response among identical concurrent
      // requests, keyed by URL and body: the signed identity header is not part of the key, so two
      // callers asking the same thing at once would get the first one's answer. Never share.
      '*': { options: { deduplicateInflightRequests: false } },
      [GATEWAY_SUBGRAPH.name]: { kind: IN_PROCESS },
      ...Object.fromEntries(
        Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }]),
      ),
    },
    persistedDocuments: persisted
      ? {
          ...(await loadPersistedDocuments(persisted.manifests)),
          allowArbitraryDocuments: persisted.allowArbitrary,
          customErrors: PERSISTED_DOCUMENT_ERRORS,
        }
      : undefined,
    plugins: () => [
      requests.plugin as GatewayPlugin,
      useAuthentication(authenticator) as GatewayPlugin,
      useLimits(limits),
      useIdentitySigning(options.signer) as GatewayPlugin,
      useBackendErrors(log),
      useNullData(),
      useMetrics(metrics, requests),
      useRequestLog(log, requests) as GatewayPlugin,
    ],
  });

  const server = createServer((req, res) => {
    if (req.url === '/metrics') return serveMetrics(metrics, res);
    if (exceedsBodyLimit(req, limits.bodyBytes)) {
      return sendError(
        res,
        413,
        'BAD_USER_INPUT',
        `The request body is larger than ${limits.bodyBytes} bytes.`,
      );
    }
    if (deviceRoutes(req, res)) return;
    void runtime.requestListener(req, res);
  });

  const sockets = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const graphqlWs = useServer<Record<string, unknown>, { identity?: Identity }>(
    {
      ...getGraphQLWSOptions(runtime, (ctx) => ({ identity: ctx.extra.identity })),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = (params.authorization ??
          params.Authorization ??
          ctx.extra.request.headers.authorization) as string | undefined;
        const identity = await authenticator.authenticate(header);
        if (!identity) return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.identity = describeCaller(identity, {
          get: (name) => (typeof params[name] === 'string' ? (params[name] as string) : null),
        });
        return true;
      },
    },
    sockets,
  );

  const url = await listen(server, config.gateway.host, options.port ?? config.gateway.port);
  return {
    url,
    metrics,
    close: async () => {
      await graphqlWs.dispose();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}

let graphiqlRenderer: Promise<(options?: object) => string> | undefined;

/**
 * The explorer with its scripts inlined: Yoga's default loads them from a CDN, which a self-hosted
 * platform (or a laptop offline) cannot count on. Loaded on first use, as it is 9 MB.
 */
async function renderOfflineGraphiQL(options?: object): Promise<string> {
  graphiqlRenderer ??= import('@graphql-yoga/render-graphiql').then((m) => m.renderGraphiQL as never);
  return (await graphiqlRenderer)(options);
}

function exceedsBodyLimit(req: IncomingMessage, limit: number): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > limit;
}

function sendError(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

async function serveMetrics(registry: Registry, res: ServerResponse) {
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(await registry.metrics());
}
