import path from 'node:path';
import { createMemoryBus, openPgliteStore, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentsAdapterKinds, loadEnvironmentsBackend } from './registry.ts';

describe('loadEnvironmentsBackend', () => {
  let ctx: Parameters<typeof loadEnvironmentsBackend>[1];
  beforeAll(async () => {
    ctx = {
      baseDir: '/',
      dataDir: path.join(import.meta.dirname, '.never-written'),
      store: await openPgliteStore(undefined),
      bus: createMemoryBus(),
      log: silentLogger,
      file: path.join(process.cwd(), 'pave.yaml'),
    };
  });
  afterAll(() => ctx.store.close());

  it('names the known kinds for an unknown one', async () => {
    expect(environmentsAdapterKinds).toEqual(['local', 'kubernetes', 'github']);
    await expect(loadEnvironmentsBackend({ kind: 'nomad' }, ctx)).rejects.toThrow(
      'pave.yaml: subgraphs.environments.adapter.kind: got "nomad", expected one of local, kubernetes, github',
    );
  });

  it('says which option is wrong', async () => {
    await expect(loadEnvironmentsBackend({ kind: 'local', reapIntervalSeconds: 0 }, ctx)).rejects.toThrow(
      'pave.yaml: subgraphs.environments.adapter.reapIntervalSeconds: got 0, expected seconds, from 1 to 3600',
    );
    await expect(loadEnvironmentsBackend({ kind: 'local', hots: 'x' }, ctx)).rejects.toThrow(
      'subgraphs.environments.adapter.hots: unknown key, expected one of kind, host, reapIntervalSeconds',
    );
  });

  it('loads the local adapter with its defaults', async () => {
    const { backend, reapIntervalMs } = await loadEnvironmentsBackend({ kind: 'local' }, ctx);
    expect(backend.kind).toBe('local');
    expect(reapIntervalMs).toBe(60_000);
    await backend.close();
  });
});
