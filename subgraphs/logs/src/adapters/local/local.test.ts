import { createMemoryBus, type EventBus, migrate, silentLogger } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LogsBackend } from '../../port.ts';
import { SecretRedactors } from '../../redaction/secretRedactors.ts';
import { logsMigrations } from '../../store/migrations.ts';
import { FixedSecrets, publishLines, recordingSink, waitFor } from '../../testing/helpers.ts';
import { localOptionsSchema } from './config.ts';
import { createBackend } from './index.ts';

let counter = 0;
/** An environment of its own per test, as tests share one store. */
const freshEnvironment = () => `component:default/app-${process.pid}-${++counter}/dev`;

describeEachStore('the local logs adapter', (getStore) => {
  let bus: EventBus;
  let backend: LogsBackend;
  const secrets = new FixedSecrets();

  beforeAll(async () => {
    await migrate(getStore(), 'logs', logsMigrations);
    bus = createMemoryBus();
    const redactors = new SecretRedactors(secrets);
    backend = await createBackend(localOptionsSchema.parse({ kind: 'local' }), {
      store: getStore(),
      bus,
      log: silentLogger,
      baseDir: '.',
      redactors,
    });
  });
  afterAll(async () => {
    await backend?.close();
    await bus?.close();
  });

  const pageAll = async (environmentId: string) =>
    (await backend.page({ scope: { environmentId }, filter: {}, order: 'oldest', first: 1000 })).lines;

  it('stores published lines and pages them both ways with stable cursors', async () => {
    const env = freshEnvironment();
    await publishLines(bus, env, ['one', 'two', 'three', 'four', 'five']);
    await waitFor(async () => (await pageAll(env)).length === 5, 5000, 'five stored lines');

    const newest = await backend.page({
      scope: { environmentId: env },
      filter: {},
      order: 'newest',
      first: 2,
    });
    expect(newest.lines.map((l) => l.line)).toEqual(['five', 'four']);
    expect(newest.hasNextPage).toBe(true);
    const next = await backend.page({
      scope: { environmentId: env },
      filter: {},
      order: 'newest',
      first: 10,
      after: newest.lines[1]?.cursor,
    });
    expect(next.lines.map((l) => l.line)).toEqual(['three', 'two', 'one']);
    expect(next.hasNextPage).toBe(false);

    const oldest = await backend.page({
      scope: { environmentId: env },
      filter: {},
      order: 'oldest',
      first: 2,
      after: next.lines[1]?.cursor,
    });
    expect(oldest.lines.map((l) => l.line)).toEqual(['three', 'four']);
    expect(oldest.lines[0]).toMatchObject({ environmentId: env, source: 'process', stream: 'stdout' });
    expect(oldest.lines[0]?.time).toBeInstanceOf(Date);
  });

  it('filters by time, text, level and source, and counts', async () => {
    const env = freshEnvironment();
    await publishLines(bus, env, [
      { line: 'old', time: '2020-01-01T00:00:00.000Z', level: 'info' },
      { line: 'GET /health 200', level: 'info' },
      { line: 'db timeout', level: 'error', stream: 'stderr' },
      { line: 'slow query', level: 'warn' },
      { line: 'release 3 started', source: 'platform' },
    ]);
    await waitFor(async () => (await pageAll(env)).length === 5, 5000, 'stored lines');
    const texts = async (filter: object) =>
      (await backend.page({ scope: { environmentId: env }, filter, order: 'oldest', first: 100 })).lines.map(
        (l) => l.line,
      );
    expect(await texts({ since: new Date('2021-01-01') })).not.toContain('old');
    expect(await texts({ until: new Date('2021-01-01') })).toEqual(['old']);
    expect(await texts({ grep: 'query' })).toEqual(['slow query']);
    expect(await texts({ grep: 'QUERY' })).toEqual([]);
    expect(await texts({ minLevel: 'warn' })).toEqual(['db timeout', 'slow query']);
    expect(await texts({ sources: ['platform'] })).toEqual(['release 3 started']);
    expect(await backend.count?.({ environmentId: env }, { minLevel: 'info' })).toBe(4);
  });

  it('reads a component across its environments', async () => {
    const dev = freshEnvironment();
    const component = dev.slice(0, dev.lastIndexOf('/'));
    const prod = `${component}/prod`;
    await publishLines(bus, dev, ['dev line']);
    await publishLines(bus, prod, ['prod line']);
    await waitFor(async () => (await pageAll(prod)).length === 1, 5000, 'prod line');
    await waitFor(async () => (await pageAll(dev)).length === 1, 5000, 'dev line');
    const page = await backend.page({
      scope: { componentRef: component },
      filter: {},
      order: 'oldest',
      first: 10,
    });
    expect(page.lines.map((l) => [l.environmentId, l.line])).toEqual([
      [dev, 'dev line'],
      [prod, 'prod line'],
    ]);
  });

  it('reads the first pages of many environments in one query', async () => {
    const [a, b, c] = [freshEnvironment(), freshEnvironment(), freshEnvironment()];
    await publishLines(bus, a, ['a1', 'a2', 'a3']);
    await publishLines(bus, b, ['b1']);
    await waitFor(
      async () => (await pageAll(a)).length === 3 && (await pageAll(b)).length === 1,
      5000,
      'lines',
    );
    const first = (await pageAll(a))[0]?.cursor;
    const request = (environmentId: string, after?: string) =>
      ({ scope: { environmentId }, filter: {}, order: 'newest', first: 2, after }) as const;
    const pages = await backend.pageMany?.([request(a), request(b), request(c), request(a, first)]);
    expect(pages?.map((page) => [page.lines.map((l) => l.line), page.hasNextPage])).toEqual([
      [['a3', 'a2'], true],
      [['b1'], false],
      [[], false],
      [[], false],
    ]);
  });

  it('masks secret values before storing lines', async () => {
    const env = freshEnvironment();
    secrets.set(env, ['sup3r-s3cret']);
    await publishLines(bus, env, ['password=sup3r-s3cret']);
    await waitFor(async () => (await pageAll(env)).length === 1, 5000, 'stored line');
    const { rows } = await getStore().query<{ line: string }>(
      'select line from logs_lines where environment_id = $1',
      [env],
    );
    expect(rows).toEqual([{ line: 'password=[REDACTED]' }]);
  });

  it('ignores events that break the contract and stores a redelivered event once', async () => {
    const env = freshEnvironment();
    await bus.publish('runtime.log', {
      environmentId: 'not an id',
      source: 'process',
      line: 'x',
      time: 'now',
    });
    await bus.publish('runtime.log', { environmentId: env, source: 'nowhere', line: 'x', time: 'now' });
    await publishLines(bus, env, ['kept']);
    await waitFor(async () => (await pageAll(env)).length === 1, 5000, 'stored line');
    const [line] = await pageAll(env);
    const { rows } = await getStore().query<{ event_id: string }>(
      'select event_id from logs_lines where environment_id = $1',
      [env],
    );
    await getStore().query(
      `insert into logs_lines (event_id, environment_id, component_ref, time, source, line)
       values ($1, $2, 'x', now(), 'process', 'again') on conflict (event_id) do nothing`,
      [rows[0]?.event_id, env],
    );
    expect((await pageAll(env)).map((l) => l.line)).toEqual(['kept']);
    expect(line?.line).toBe('kept');
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(
      backend.page({
        scope: { environmentId: freshEnvironment() },
        filter: {},
        order: 'oldest',
        first: 1,
        after: 'bogus',
      }),
    ).rejects.toThrow('not a cursor of the local logs adapter');
  });

  it('tails: the last lines, then live lines, filtered', async () => {
    const env = freshEnvironment();
    await publishLines(bus, env, ['a1', 'a2', 'a3']);
    await waitFor(async () => (await pageAll(env)).length === 3, 5000, 'stored lines');
    const sink = recordingSink();
    const stop = await backend.tail({ environmentId: env, filter: { grep: 'a' }, last: 2 }, sink);
    expect(sink.texts()).toEqual(['a2', 'a3']);
    await publishLines(bus, env, ['a4', 'b5', 'a6']);
    await waitFor(() => sink.received.length === 4, 5000, 'live lines');
    expect(sink.texts()).toEqual(['a2', 'a3', 'a4', 'a6']);
    await stop();
    await publishLines(bus, env, ['a7']);
    await waitFor(async () => (await pageAll(env)).length === 7, 5000, 'stored lines');
    expect(sink.texts()).toHaveLength(4);
  });

  it('resumes a tail after a cursor without missing or repeating a line', async () => {
    const env = freshEnvironment();
    await publishLines(bus, env, ['r1', 'r2']);
    const first = recordingSink();
    const stop = await backend.tail({ environmentId: env, filter: {} }, first);
    await waitFor(
      () => first.received.length === 2 || (first.received.length < 2 && undefined),
      5000,
      'two lines',
    );
    await stop();
    // Lines printed while the client was away, and more while it reconnects.
    await publishLines(bus, env, ['r3', 'r4']);
    await waitFor(async () => (await pageAll(env)).length === 4, 5000, 'stored lines');
    const second = recordingSink();
    const publishing = publishLines(bus, env, ['r5', 'r6', 'r7']);
    const stopSecond = await backend.tail(
      { environmentId: env, filter: {}, after: first.received[1]?.cursor },
      second,
    );
    await publishing;
    await waitFor(() => second.received.length >= 5, 5000, 'replayed and live lines');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second.texts()).toEqual(['r3', 'r4', 'r5', 'r6', 'r7']);
    await stopSecond();
  });
});
