import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogsBackend } from '../../port.ts';
import { recordingSink, waitFor } from '../../testing/helpers.ts';
import { LokiDouble } from '../../testing/lokiDouble.ts';
import { createBackend, optionsSchema } from './index.ts';

const COMPONENT = 'component:default/shop';
const DEV = `${COMPONENT}/dev`;
const labels = (environment: string, extra: Record<string, string> = {}) => ({
  pave_component: COMPONENT,
  pave_environment: environment,
  ...extra,
});

describe("the loki logs adapter (against a double of Loki's HTTP API)", () => {
  const loki = new LokiDouble();
  let backend: LogsBackend;
  const t0 = Date.now() - 60_000;

  beforeAll(async () => {
    await loki.start();
    backend = createBackend(
      optionsSchema.parse({ kind: 'loki', url: loki.url, tenant: 'acme', labels: { source: 'source' } }),
    );
    loki.push('acme', labels('dev', { level: 'info' }), 'GET / 200', t0);
    loki.push('acme', labels('dev', { level: 'error' }), 'db down', t0 + 1);
    loki.push('acme', labels('dev', { level: 'info', source: 'platform' }), 'release 2 started', t0 + 2);
    // Two lines in the same nanosecond, in different streams.
    loki.push('acme', labels('dev', { level: 'warn' }), 'same ns a', t0 + 3);
    loki.push('acme', labels('dev', { level: 'info', pod: 'web-2' }), 'same ns b', t0 + 3);
    loki.push('acme', labels('prod'), 'prod line', t0 + 4);
    loki.push('other-tenant', labels('dev'), 'not ours', t0 + 5);
  });
  afterAll(() => loki.stop());

  const texts = (page: { lines: Array<{ line: string }> }) => page.lines.map((l) => l.line);

  it('pages newest first and oldest first with stable cursors, sending the tenant header', async () => {
    const all: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await backend.page({
        scope: { environmentId: DEV },
        filter: {},
        order: 'newest',
        first: 2,
        after,
      });
      all.push(...texts(page));
      after = page.lines.at(-1)?.cursor;
      if (!page.hasNextPage) break;
    }
    expect(all).toHaveLength(5);
    expect(all.slice(2)).toEqual(['release 2 started', 'db down', 'GET / 200']);
    expect(new Set(all.slice(0, 2))).toEqual(new Set(['same ns a', 'same ns b']));
    const oldest = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'oldest',
      first: 3,
    });
    expect(texts(oldest)).toEqual(['GET / 200', 'db down', 'release 2 started']);
    expect(oldest.lines[1]).toMatchObject({ environmentId: DEV, level: 'error', source: 'process' });
    expect(oldest.lines[2]?.source).toBe('platform');
    expect(loki.requests.every((r) => r.tenant === 'acme')).toBe(true);
  });

  it('filters with LogQL: text, level, source and time', async () => {
    const page = (filter: object) =>
      backend.page({ scope: { environmentId: DEV }, filter, order: 'oldest', first: 10 });
    expect(texts(await page({ grep: 'db' }))).toEqual(['db down']);
    expect(texts(await page({ minLevel: 'warn' }))).toEqual(['db down', 'same ns a']);
    expect(texts(await page({ sources: ['platform'] }))).toEqual(['release 2 started']);
    expect(texts(await page({ since: new Date(t0 + 2), until: new Date(t0 + 3) }))).toEqual([
      'release 2 started',
    ]);
    expect(loki.requests.at(-1)?.query).toBe(
      '{pave_component="component:default/shop",pave_environment="dev"}',
    );
  });

  it("reads a component across environments, naming each line's environment", async () => {
    const page = await backend.page({
      scope: { componentRef: COMPONENT },
      filter: {},
      order: 'newest',
      first: 1,
    });
    expect(page.lines[0]).toMatchObject({ line: 'prod line', environmentId: `${COMPONENT}/prod` });
  });

  it('tails: the last lines, then live lines through the WebSocket', async () => {
    const sink = recordingSink();
    const stop = await backend.tail({ environmentId: DEV, filter: {}, last: 1 }, sink);
    expect(sink.texts()).toHaveLength(1);
    loki.push('acme', labels('dev'), 'live one');
    loki.push('acme', labels('prod'), 'live prod');
    await waitFor(() => sink.received.length === 2, 5000, 'a live line');
    expect(sink.texts()[1]).toBe('live one');
    await stop();
  });

  it('resumes after a cursor without repeating or missing lines', async () => {
    const first = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'oldest',
      first: 2,
    });
    const sink = recordingSink();
    const stop = await backend.tail({ environmentId: DEV, filter: {}, after: first.lines[1]?.cursor }, sink);
    loki.push('acme', labels('dev'), 'after resume');
    await waitFor(() => sink.texts().includes('after resume'), 5000, 'the live line');
    const texts = sink.texts();
    expect(texts[0]).toBe('release 2 started');
    expect(new Set(texts.slice(1, 3))).toEqual(new Set(['same ns a', 'same ns b']));
    expect(texts.slice(3)).toEqual(['live one', 'after resume']);
    await stop();
  });

  it('reports a closed tail, and an unreachable Loki, as the backend failing', async () => {
    const sink = recordingSink();
    const stop = await backend.tail({ environmentId: DEV, filter: {} }, sink);
    loki.dropTails();
    await waitFor(() => sink.errors.length === 1, 5000, 'the tail error');
    expect(sink.errors[0]).toMatchObject({ name: 'BackendError', adapter: 'loki', retryable: true });
    await stop();
    const down = createBackend(
      optionsSchema.parse({ kind: 'loki', url: 'http://127.0.0.1:1', timeoutMs: 500 }),
    );
    await expect(
      down.page({ scope: { environmentId: DEV }, filter: {}, order: 'newest', first: 1 }),
    ).rejects.toMatchObject({
      adapter: 'loki',
      retryable: true,
    });
  });

  it('refuses a cursor of another adapter', async () => {
    await expect(
      backend.page({
        scope: { environmentId: DEV },
        filter: {},
        order: 'newest',
        first: 1,
        after: 'bG9jYWw6MQ',
      }),
    ).rejects.toThrow('not a cursor of the loki logs adapter');
  });
});
