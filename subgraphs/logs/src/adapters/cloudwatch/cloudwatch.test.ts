import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogsBackend } from '../../port.ts';
import { CloudwatchDouble } from '../../testing/cloudwatchDouble.ts';
import { recordingSink, waitFor } from '../../testing/helpers.ts';
import { createBackend, optionsSchema } from './index.ts';

const COMPONENT = 'component:default/shop';
const DEV = `${COMPONENT}/dev`;
const DEV_GROUP = '/pave/default/shop/dev';

describe('the cloudwatch logs adapter (AWS SDK against a double of CloudWatch Logs)', () => {
  const aws = new CloudwatchDouble();
  let backend: LogsBackend;
  const t0 = Date.now() - 60_000;

  beforeAll(async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
    await aws.start();
    backend = createBackend(
      optionsSchema.parse({ kind: 'cloudwatch', region: 'eu-west-1', endpoint: aws.url }),
    );
    aws.put(DEV_GROUP, 'web/1', 'INFO started', t0);
    aws.put(DEV_GROUP, 'web/2', 'GET /cart 200', t0 + 1);
    aws.put(DEV_GROUP, 'web/1', 'ERROR payment failed', t0 + 2);
    aws.put(DEV_GROUP, 'web/2', 'GET /cart 500', t0 + 3);
    aws.put(DEV_GROUP, 'web/1', 'WARN retrying', t0 + 4);
    aws.put('/pave/default/shop/prod', 'web/1', 'prod hello', t0 + 5);
    aws.put('/pave/default/other/dev', 'web/1', 'not ours', t0 + 6);
  });
  afterAll(async () => {
    await backend?.close();
    await aws.stop();
  });

  const texts = (page: { lines: Array<{ line: string }> }) => page.lines.map((l) => l.line);

  it('pages oldest first through FilterLogEvents pages, and newest first by windows', async () => {
    const oldest = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'oldest',
      first: 4,
    });
    expect(texts(oldest)).toEqual(['INFO started', 'GET /cart 200', 'ERROR payment failed', 'GET /cart 500']);
    expect(oldest.hasNextPage).toBe(true);
    expect(aws.calls.filter((c) => c.target === 'FilterLogEvents').length).toBeGreaterThan(1); // followed nextToken
    const newest = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'newest',
      first: 2,
    });
    expect(texts(newest)).toEqual(['WARN retrying', 'GET /cart 500']);
    const older = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'newest',
      first: 10,
      after: newest.lines[1]?.cursor,
    });
    expect(texts(older)).toEqual(['ERROR payment failed', 'GET /cart 200', 'INFO started']);
    expect(older.lines[0]).toMatchObject({ level: 'error', environmentId: DEV, source: 'process' });
  });

  it('filters with a filter pattern, and levels read from the lines', async () => {
    const grep = await backend.page({
      scope: { environmentId: DEV },
      filter: { grep: '/cart 5' },
      order: 'oldest',
      first: 10,
    });
    expect(texts(grep)).toEqual(['GET /cart 500']);
    expect(aws.calls.at(-1)?.body.filterPattern).toBe('"/cart 5"');
    const warnings = await backend.page({
      scope: { environmentId: DEV },
      filter: { minLevel: 'warn' },
      order: 'oldest',
      first: 10,
    });
    expect(texts(warnings)).toEqual(['ERROR payment failed', 'WARN retrying']);
  });

  it("reads a component across its environments' log groups", async () => {
    const page = await backend.page({
      scope: { componentRef: COMPONENT },
      filter: {},
      order: 'newest',
      first: 2,
    });
    expect(page.lines.map((l) => [l.environmentId, l.line])).toEqual([
      [`${COMPONENT}/prod`, 'prod hello'],
      [DEV, 'WARN retrying'],
    ]);
  });

  it('tails with StartLiveTail after the last lines, and reports the session ending', async () => {
    const sink = recordingSink();
    const stop = await backend.tail({ environmentId: DEV, filter: {}, last: 1 }, sink);
    try {
      expect(sink.texts()).toEqual(['WARN retrying']);
      const start = aws.calls.find((c) => c.target === 'StartLiveTail');
      expect(start?.body.logGroupIdentifiers).toEqual([aws.arnOf(DEV_GROUP)]);
      await waitFor(() => aws.calls.some((c) => c.target === 'StartLiveTail'), 5000);
      aws.put(DEV_GROUP, 'web/3', 'live line');
      aws.put('/pave/default/shop/prod', 'web/3', 'live prod line');
      await waitFor(() => sink.received.length === 2, 5000, 'the live line');
      expect(sink.texts()[1]).toBe('live line');
      aws.endSessions();
      await waitFor(() => sink.errors.length === 1, 5000, 'the session end');
      expect(sink.errors[0]).toMatchObject({ adapter: 'cloudwatch', retryable: true });
    } finally {
      await stop();
    }
  });

  it('resumes a tail after a cursor', async () => {
    const first = await backend.page({
      scope: { environmentId: DEV },
      filter: {},
      order: 'oldest',
      first: 4,
    });
    const sink = recordingSink();
    const stop = await backend.tail({ environmentId: DEV, filter: {}, after: first.lines[3]?.cursor }, sink);
    aws.put(DEV_GROUP, 'web/1', 'after resume');
    await waitFor(() => sink.texts().includes('after resume'), 5000, 'the live line');
    await stop();
    expect(sink.texts()).toEqual(['WARN retrying', 'live line', 'after resume']);
  });

  it('reports an unreachable endpoint as the backend failing', async () => {
    const down = createBackend(
      optionsSchema.parse({
        kind: 'cloudwatch',
        region: 'eu-west-1',
        endpoint: 'http://127.0.0.1:1',
        timeoutMs: 500,
      }),
    );
    await expect(
      down.page({ scope: { environmentId: DEV }, filter: {}, order: 'oldest', first: 1 }),
    ).rejects.toMatchObject({
      name: 'BackendError',
      adapter: 'cloudwatch',
    });
    await down.close();
  });
});
