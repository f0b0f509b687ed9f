import path from 'node:path';
import { createMemoryBus, openPgliteStore, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReleasesBackend, releasesAdapterKinds } from './registry.ts';

describe('loadReleasesBackend', () => {
  let ctx: Parameters<typeof loadReleasesBackend>[1];
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
    await expect(loadReleasesBackend({ kind: 'heroku' }, ctx)).rejects.toThrow(
      `pave.yaml: subgraphs.releases.adapter.kind: got "heroku", expected one of ${releasesAdapterKinds.join(', ')}`,
    );
  });

  it('says which option is wrong', async () => {
    await expect(loadReleasesBackend({ kind: 'local', buildTimeoutSeconds: 'long' }, ctx)).rejects.toThrow(
      'pave.yaml: subgraphs.releases.adapter.buildTimeoutSeconds: got "long", expected seconds, from 1 to 86400',
    );
    await expect(loadReleasesBackend({ kind: 'local', stopGrace: 3 }, ctx)).rejects.toThrow(
      'subgraphs.releases.adapter.stopGrace: unknown key, expected one of',
    );
  });

  it('loads the local adapter with its defaults', async () => {
    const { backend, reconcileIntervalMs } = await loadReleasesBackend({ kind: 'local' }, ctx);
    expect(backend.kind).toBe('local');
    expect(backend.restore).toBeTypeOf('function');
    expect(reconcileIntervalMs).toBe(60_000);
    await backend.close();
  });
});
