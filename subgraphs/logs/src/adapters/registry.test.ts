import { createMemoryBus, migrate, openPgliteStore, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretRedactors } from '../redaction/secretRedactors.ts';
import { logsMigrations } from '../store/migrations.ts';
import { FixedSecrets } from '../testing/helpers.ts';
import {
  type LogsAdapterContext,
  loadLogsBackend,
  loadMetricsBackend,
  logsAdapterKinds,
  parseCommonOptions,
} from './registry.ts';

describe('the logs adapter registry', () => {
  let ctx: LogsAdapterContext;
  beforeAll(async () => {
    const store = await openPgliteStore(undefined);
    await migrate(store, 'logs', logsMigrations);
    ctx = {
      store,
      bus: createMemoryBus(),
      log: silentLogger,
      baseDir: '.',
      redactors: new SecretRedactors(new FixedSecrets()),
    };
  });
  afterAll(async () => {
    await ctx.bus.close();
    await ctx.store.close();
  });

  it('loads each adapter by kind, lazily', async () => {
    expect(logsAdapterKinds).toEqual(['local', 'loki', 'kubernetes', 'cloudwatch']);
    const local = await loadLogsBackend({ kind: 'local' }, ctx);
    expect(local.kind).toBe('local');
    await local.close();
    const loki = await loadLogsBackend(
      { kind: 'loki', url: 'http://loki:3100', tail: { bufferLines: 50 } },
      ctx,
    );
    expect(loki.kind).toBe('loki');
  });

  it('gives local metrics beside the local adapter, the configured ones otherwise, and none by default', async () => {
    expect((await loadMetricsBackend({ kind: 'local' }, ctx))?.kind).toBe('local');
    expect(await loadMetricsBackend({ kind: 'loki', url: 'http://loki:3100' }, ctx)).toBeUndefined();
    const prometheus = await loadMetricsBackend(
      {
        kind: 'loki',
        url: 'http://loki:3100',
        metrics: { kind: 'prometheus', url: 'http://prometheus:9090' },
      },
      ctx,
    );
    expect(prometheus?.namedQueries).toEqual(['cpu', 'memory', 'requests']);
  });

  it('names the known kinds for an unknown one', async () => {
    await expect(loadLogsBackend({ kind: 'splunk' }, ctx)).rejects.toThrow(
      'subgraphs.logs.adapter.kind: got "splunk", expected one of local, loki, kubernetes, cloudwatch',
    );
    await expect(loadMetricsBackend({ kind: 'local', metrics: { kind: 'datadog' } }, ctx)).rejects.toThrow(
      'subgraphs.logs.adapter.metrics.kind: got "datadog", expected one of local, prometheus',
    );
  });

  it('says which option is wrong', async () => {
    await expect(loadLogsBackend({ kind: 'loki', url: 'loki:3100' }, ctx)).rejects.toThrow(
      'subgraphs.logs.adapter.url: got "loki:3100", expected an http:// or https:// URL',
    );
    await expect(loadLogsBackend({ kind: 'local', retension: {} }, ctx)).rejects.toThrow(
      'subgraphs.logs.adapter',
    );
    await expect(
      loadLogsBackend({ kind: 'cloudwatch', region: 'eu-west-1', logGroup: '/pave/{environment}/x' }, ctx),
    ).rejects.toThrow('ending with {environment}');
    expect(() => parseCommonOptions({ kind: 'local', tail: { bufferLines: 1 } })).toThrow(
      'subgraphs.logs.adapter.tail.bufferLines',
    );
  });
});
