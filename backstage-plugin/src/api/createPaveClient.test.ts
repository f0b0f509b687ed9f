import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ConfigReader } from '@backstage/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipe, take, toPromise } from 'wonka';
import { PaveReleaseStatusDocument, PaveViewerDocument } from '../__generated__/graphql.ts';
import { createPaveClient } from './createPaveClient.ts';
import { graphqlEndpoint } from './gatewayUrl.ts';
import { paveApiFactory } from './paveApiFactory.ts';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  client?: string;
  body: { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } };
}

/** A gateway that records what reaches it: JSON for queries, an SSE stream for subscriptions. */
async function startRecordingGateway() {
  const seen: Seen[] = [];
  const read = async (req: IncomingMessage) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text ? JSON.parse(text) : {};
  };
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      client: req.headers['x-pave-client'] as string | undefined,
      body,
    });
    // urql's fetch exchange accepts event streams too, so tell a subscription by its document.
    if ((body.query ?? '').startsWith('subscription')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const release = { id: 'r2', number: 2, version: 'v2', status: 'DEPLOYING' };
      res.write(`event: next\ndata: ${JSON.stringify({ data: { releaseStatus: release } })}\n\n`);
      res.end('event: complete\ndata:\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        data: { viewer: { subject: 'user:default/jane', kind: 'user', groups: [], admin: false } },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, seen, close: () => server.close() };
}

describe('createPaveClient', () => {
  let gateway: Awaited<ReturnType<typeof startRecordingGateway>>;
  beforeAll(async () => {
    gateway = await startRecordingGateway();
  });
  afterAll(() => gateway?.close());

  it('asks for the token before every request, so a refreshed Backstage token is used', async () => {
    let n = 0;
    const client = createPaveClient({ gatewayUrl: gateway.url, getToken: async () => `token-${++n}` });
    const first = await client.query(PaveViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    await client.query(PaveViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(first.error).toBeUndefined();
    expect(first.data?.viewer.subject).toBe('user:default/jane');
    const [a, b] = gateway.seen.slice(-2);
    expect([a?.method, a?.url, a?.authorization, a?.client]).toEqual([
      'POST',
      '/graphql',
      'Bearer token-1',
      'pave-backstage-plugin/0.1.0',
    ]);
    expect(b?.authorization).toBe('Bearer token-2');
    expect(a?.body.query).toContain('query PaveViewer');
  });

  it('sends no Authorization header when the user has no token (the gateway answers 401)', async () => {
    const client = createPaveClient({
      gatewayUrl: `${gateway.url}/graphql/`,
      getToken: async () => undefined,
    });
    await client.query(PaveViewerDocument, {}).toPromise();
    expect(gateway.seen.at(-1)?.authorization).toBeUndefined();
  });

  it('sends only the hash of a persisted document when the gateway runs persisted documents only', async () => {
    const client = createPaveClient({
      gatewayUrl: gateway.url,
      getToken: async () => 't',
      persistedDocumentsOnly: true,
    });
    await client.query(PaveViewerDocument, {}).toPromise();
    const { body } = gateway.seen.at(-1)!;
    expect(body.query).toBeUndefined();
    expect(body.extensions?.persistedQuery?.sha256Hash).toBe(
      (PaveViewerDocument as { __meta__?: { hash?: string } }).__meta__?.hash,
    );
  });

  it('subscribes over SSE with the token', async () => {
    const client = createPaveClient({ gatewayUrl: gateway.url, getToken: async () => 'sse-token' });
    const result = await pipe(
      client.subscription(PaveReleaseStatusDocument, { environmentId: 'component:default/hello-web/dev' }),
      take(1),
      toPromise,
    );
    expect(result.data?.releaseStatus).toMatchObject({ version: 'v2', status: 'DEPLOYING' });
    const request = gateway.seen.at(-1)!;
    expect(request.authorization).toBe('Bearer sse-token');
    expect(request.body.query).toContain('subscription PaveReleaseStatus');
  });
});

describe('the Pave API as the plugin registers it', () => {
  let gateway: Awaited<ReturnType<typeof startRecordingGateway>>;
  beforeAll(async () => {
    gateway = await startRecordingGateway();
  });
  afterAll(() => gateway?.close());
  const identityApi = { getCredentials: async () => ({ token: 'backstage-user-token' }) } as never;

  it("takes the gateway from app config and sends the signed-in user's Backstage token", async () => {
    const configApi = new ConfigReader({ pave: { gatewayUrl: gateway.url } });
    const api = paveApiFactory.factory({ configApi, identityApi });
    expect(api.gatewayUrl).toBe(gateway.url);
    await api.client.query(PaveViewerDocument, {}).toPromise();
    expect(gateway.seen.at(-1)?.authorization).toBe('Bearer backstage-user-token');
  });

  it('says which setting is missing', () => {
    expect(() => paveApiFactory.factory({ configApi: new ConfigReader({}), identityApi })).toThrow(
      /pave\.gatewayUrl/,
    );
  });
});

describe('pave.gatewayUrl', () => {
  it('takes the base URL or the endpoint', () => {
    expect(graphqlEndpoint('https://pave.example.com')).toBe('https://pave.example.com/graphql');
    expect(graphqlEndpoint('https://pave.example.com/graphql/')).toBe('https://pave.example.com/graphql');
    expect(graphqlEndpoint('http://127.0.0.1:4000/pave')).toBe('http://127.0.0.1:4000/pave/graphql');
  });

  it('refuses what is not an http(s) URL, saying which setting is wrong', () => {
    expect(() => graphqlEndpoint('pave.example.com')).toThrow(
      'pave.gatewayUrl: got "pave.example.com", expected an http:// or https:// URL',
    );
    expect(() => graphqlEndpoint('ftp://pave.example.com')).toThrow(
      /expected an http:\/\/ or https:\/\/ URL/,
    );
  });
});
