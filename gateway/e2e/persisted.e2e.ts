import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentsDocument, ViewerDocument } from './__generated__/graphql.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const MANIFEST = fileURLToPath(new URL('./__generated__/persisted-documents.json', import.meta.url));

const paveYaml = (mode: 'production' | 'development') =>
  `mode: ${mode}
gateway:
  persistedDocuments:
    manifest: ${JSON.stringify(MANIFEST)}
subgraphs:
  catalog:
    adapter:
      kind: files
      paths: [examples/catalog/all.yaml]
`;

/** The hash the client preset embeds in each generated document (`sha256:<hex>`, the manifest's key). */
const hashOf = (document: TypedDocumentNode<any, any>) =>
  (document as unknown as { __meta__: { hash: string } }).__meta__.hash;

interface Response<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/** POSTs any request body to the gateway, with the root token unless `token` is null. */
async function post<T = any>(
  platform: TestPlatform,
  body: Record<string, unknown>,
  token: string | null = platform.rootToken,
): Promise<Response<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: response.status, ...(await response.json()) };
}

/** Runs a generated document the way a production client does: by its hash, never its text. */
const byHash = <R, V>(platform: TestPlatform, document: TypedDocumentNode<R, V>, variables?: V) =>
  post<R>(platform, { documentId: hashOf(document), variables });

describe('persisted documents in production mode', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ yaml: paveYaml('production') });
  });
  afterAll(() => platform?.stop());

  it('runs a persisted operation sent by its documentId', async () => {
    const viewer = await byHash(platform, ViewerDocument);
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.viewer).toMatchObject({ subject: 'root', admin: true });

    const components = await byHash(platform, ComponentsDocument, {
      filter: { kind: 'component' },
      first: 2,
    });
    expect(components.errors).toBeUndefined();
    expect(components.data?.entities.nodes).toHaveLength(2);
    expect(components.data?.entities.totalCount).toBeGreaterThan(2);
  });

  it('accepts the Apollo form (extensions.persistedQuery.sha256Hash) with the same key', async () => {
    const response = await post(platform, {
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(ViewerDocument) } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.viewer.subject).toBe('root');
  });

  it('refuses an arbitrary query, even one identical to a persisted document', async () => {
    for (const query of ['{ viewer { subject } }', print(ViewerDocument)]) {
      const response = await post(platform, { query });
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.message).toMatch(/only persisted documents/);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'query',
        rule: 'persisted documents only',
      });
    }
  });

  it('refuses a hash that is not in the manifest, or a request with neither hash nor query', async () => {
    const unknown = await post(platform, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.data ?? null).toBeNull();
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentId' });

    const empty = await post(platform, { variables: {} });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentId' });
  });

  it('still authenticates the caller of a persisted operation', async () => {
    const response = await post(platform, { documentId: hashOf(ViewerDocument) }, null);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves no explorer', async () => {
    const response = await fetch(`${platform.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});

describe('persisted documents in development mode', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ yaml: paveYaml('development') });
  });
  afterAll(() => platform?.stop());

  it('runs persisted operations and arbitrary queries alike', async () => {
    const persisted = await byHash(platform, ViewerDocument);
    expect(persisted.data?.viewer.subject).toBe('root');

    const arbitrary = await platform.graphql('{ entity(ref: "hello-web") { ref } viewer { kind } }');
    expect(arbitrary.errors).toBeUndefined();
    expect(arbitrary.data).toEqual({
      entity: { ref: 'component:default/hello-web' },
      viewer: { kind: 'root' },
    });
  });

  it('serves the explorer', async () => {
    const response = await fetch(`${platform.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });
});
