import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const SUBSCRIPTION = 'subscription { catalogChanged { added changed removed } }';

/** Takes the first event of a subscription, after `whenSubscribed` has made one happen. */
function firstEvent(
  subscribe: (sink: { next(v: unknown): void; error(e: unknown): void; complete(): void }) => () => void,
  whenSubscribed: () => Promise<void>,
) {
  return new Promise<any>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no event within 15 s')), 15_000);
    const unsubscribe = subscribe({
      next: (value) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(value);
      },
      error: (error) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      },
      complete: () => {},
    });
    // Give the subscription time to reach the subgraph before causing the event.
    setTimeout(() => whenSubscribed().catch(reject), 500);
  });
}

describe('subscriptions through the gateway', () => {
  let platform: TestPlatform;
  let edits = 0;
  const editHelloWeb = async () => {
    const file = join(platform.dir, 'examples/hello-web/catalog-info.yaml');
    const text = await readFile(file, 'utf8');
    edits += 1;
    await writeFile(file, text.replace(/description: .*/, `description: Edited by a test, take ${edits}`));
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  it('streams over server-sent events', async () => {
    const client = createSseClient({
      url: `${platform.url}/graphql`,
      headers: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    const event = await firstEvent((sink) => client.subscribe({ query: SUBSCRIPTION }, sink), editHelloWeb);
    client.dispose();
    expect(event.data.catalogChanged.changed).toContain('component:default/hello-web');
  });

  it('streams over WebSocket (graphql-ws)', async () => {
    const client = createWsClient({
      url: `${platform.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    const event = await firstEvent((sink) => client.subscribe({ query: SUBSCRIPTION }, sink), editHelloWeb);
    await client.dispose();
    expect(event.data.catalogChanged.changed).toContain('component:default/hello-web');
  });

  it('closes a WebSocket that brings no valid token', async () => {
    const client = createWsClient({
      url: `${platform.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: 'Bearer wrong' },
      retryAttempts: 0,
      lazy: false,
    });
    const closed = await new Promise<{ code: number }>((resolve) =>
      client.on('closed', (event) => resolve(event as { code: number })),
    );
    await client.dispose();
    expect(closed.code).toBe(4403);
  });
});
