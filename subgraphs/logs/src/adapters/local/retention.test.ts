import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import { logsMigrations } from '../../store/migrations.ts';
import { insertLines, type NewLine } from '../../store/queries.ts';
import { localOptionsSchema } from './config.ts';
import { createMetricsBackend, parseLineQuery } from './metrics.ts';
import { applyRetention } from './retention.ts';

let counter = 0;
const freshEnvironment = () => `component:default/keep-${process.pid}-${++counter}/dev`;
const lineOf = (environmentId: string, text: string, extra: Partial<NewLine> = {}): NewLine => ({
  eventId: `${environmentId}#${++counter}`,
  environmentId,
  componentRef: environmentId.slice(0, environmentId.lastIndexOf('/')),
  time: new Date().toISOString(),
  source: 'process',
  line: text,
  ...extra,
});

describeEachStore('local retention and metrics', (getStore) => {
  beforeAll(() => migrate(getStore(), 'logs', logsMigrations));
  const texts = async (environmentId: string) =>
    (
      await getStore().query<{ line: string }>(
        'select line from logs_lines where environment_id = $1 order by id',
        [environmentId],
      )
    ).rows.map((r) => r.line);

  it("deletes lines past the age limit, and each environment's oldest lines past its size limit", async () => {
    const old = freshEnvironment();
    const noisy = freshEnvironment();
    await insertLines(getStore(), [lineOf(old, 'ancient'), lineOf(old, 'recent')]);
    await getStore().query(
      `update logs_lines set received_at = now() - interval '10 days' where line = 'ancient' and environment_id = $1`,
      [old],
    );
    await insertLines(
      getStore(),
      Array.from({ length: 30 }, (_, i) => lineOf(noisy, `${String(i).padStart(2, '0')}${'x'.repeat(98)}`)),
    );
    const retention = localOptionsSchema.parse({
      kind: 'local',
      retention: { maxAgeHours: 24 * 7, maxBytesPerEnvironment: 2000 },
    }).retention;
    const result = await applyRetention(getStore(), retention);
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect(await texts(old)).toEqual(['recent']);
    const kept = await texts(noisy);
    expect(kept).toHaveLength(20);
    expect(kept[0]?.slice(0, 2)).toBe('10');
    expect(kept.at(-1)?.slice(0, 2)).toBe('29');
  });

  it('counts lines per step as a rate, by level, source or environment', async () => {
    const env = freshEnvironment();
    const base = Date.UTC(2026, 0, 1, 12, 0, 0);
    const at = (seconds: number) => new Date(base + seconds * 1000).toISOString();
    await insertLines(getStore(), [
      lineOf(env, 'a', { time: at(1), level: 'error' }),
      lineOf(env, 'b', { time: at(2), level: 'info' }),
      lineOf(env, 'c', { time: at(61), level: 'error' }),
      lineOf(env, 'd', { time: at(62), source: 'platform' }),
    ]);
    const metrics = createMetricsBackend({}, { store: getStore() } as never);
    const window = {
      scope: { environmentId: env },
      start: new Date(base),
      end: new Date(base + 120_000),
      stepSeconds: 60,
    };
    const errors = await metrics.query({ ...window, query: 'errors' });
    expect(errors).toEqual([
      {
        labels: {},
        points: [
          { time: new Date(base), value: 1 / 60 },
          { time: new Date(base + 60_000), value: 1 / 60 },
          { time: new Date(base + 120_000), value: 0 },
        ],
      },
    ]);
    const bySource = await metrics.query({ ...window, query: 'log_lines by (source)' });
    expect(
      bySource.map((s) => [s.labels.source, s.points.map((p) => (p.value ?? Number.NaN) * 60)]).sort(),
    ).toEqual([
      ['platform', [0, 1, 0]],
      ['process', [2, 1, 0]],
    ]);
  });

  it('parses its query language and refuses the rest', () => {
    expect(parseLineQuery('log_lines{level="warn", source="release"} by (environment)')).toEqual({
      level: 'warn',
      source: 'release',
      groupBy: 'environment',
    });
    expect(() => parseLineQuery('rate(http_requests_total[5m])')).toThrow('expected a named query');
    expect(() => parseLineQuery('log_lines{pod="x"}')).toThrow('not a matcher');
    expect(() => parseLineQuery('log_lines by (pod)')).toThrow('cannot group by "pod"');
  });
});
