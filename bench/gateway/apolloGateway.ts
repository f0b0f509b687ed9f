// Child process: Apollo Gateway in @apollo/server over the same supergraph and subgraphs, behind
// a plain node:http handler (the leanest way to serve it), signing the same identity header and
// checking the same root token as the Pave gateway.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { IDENTITY_HEADER, type Identity, IdentitySigner, listen } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import { benchInput, type GatewayInput, reportReady } from './child.ts';

interface Context {
  identityToken: string;
}

const { identityKey, rootToken, supergraph } = benchInput<GatewayInput>();
const signer = new IdentitySigner(identityKey);

class SignedDataSource extends RemoteGraphQLDataSource<Context> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>) {
    request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: supergraph,
  buildService: ({ url }) => new SignedDataSource({ url }),
});
const apollo = new ApolloServer<Context>({ gateway, logger: { ...console, debug() {}, info() {} } });
await apollo.start();

// The identity is signed once per incoming request, as the Pave gateway does.
const contextFor = (req: IncomingMessage) => async (): Promise<Context> => {
  if (req.headers.authorization !== `Bearer ${rootToken}`) {
    throw new GraphQLError('Unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  const identity: Identity = {
    subject: 'root',
    kind: 'root',
    groups: [],
    admin: true,
    requestId: randomUUID(),
  };
  return { identityToken: signer.sign(identity) };
};

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method ?? 'POST',
      headers,
      search: '',
      body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'),
    },
    context: contextFor(req),
  });
  res.statusCode = response.status ?? 200;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (response.body.kind === 'complete') return res.end(response.body.string);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
});
server.keepAliveTimeout = 65_000;
const url = await listen(server, '127.0.0.1', 0);
reportReady({ url: `${url}/graphql` }, async () => {
  server.closeAllConnections();
  await apollo.stop();
});
