import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openPgliteStore, type Store } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretsMigrations } from '../../store/migrations.ts';
import { createPaveBackend } from './index.ts';
import { Keyring } from './keyring.ts';

describe('rotating a master key generated into the data directory', () => {
  let store: Store;
  let dataDir: string;
  const load = () => Keyring.load({ options: { kind: 'pave' }, env: {}, dataDir, path: 't' });
  const ids = Array.from({ length: 150 }, (_, i) => `component:default/app-${i}/dev`);

  beforeAll(async () => {
    store = await openPgliteStore(undefined);
    await migrate(store, 'secrets', secretsMigrations);
    dataDir = await mkdtemp(join(tmpdir(), 'pave-rotate-'));
  });
  afterAll(async () => {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('re-wraps every data key while reads and writes go on, then keeps only the new key', async () => {
    const backend = createPaveBackend(store, await load());
    for (const id of ids) {
      await backend.write({
        environmentId: id,
        set: [{ key: 'V', value: id }],
        unset: [],
        replace: false,
        actor: 'x',
      });
    }
    const oldKey = (await readFile(join(dataDir, 'master-key'), 'utf8')).trim();

    let reading = true;
    let reads = 0;
    const failures: unknown[] = [];
    const reader = (async () => {
      while (reading) {
        const id = ids[reads % ids.length] as string;
        try {
          const [set] = await backend.read([{ environmentId: id }]);
          if (set?.variables[0]?.value !== id) failures.push(`wrong value for ${id}`);
          if (reads % 10 === 0) {
            await backend.write({
              environmentId: id,
              set: [{ key: `W${reads}`, value: 'x' }],
              unset: [],
              replace: false,
              actor: 'x',
            });
          }
        } catch (error) {
          failures.push(error);
        }
        reads++;
        // PGlite answers without touching the event loop; let the rotation's file I/O run too.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const rotation = await backend.rotateMasterKey!({ generateNewKey: true });
    reading = false;
    await reader;

    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    expect(rotation.rewrapped).toBe(ids.length);
    expect(rotation.remaining).toBe(0);
    const file = join(dataDir, 'master-key');
    const newKey = (await readFile(file, 'utf8')).trim();
    expect(newKey).not.toContain(oldKey);
    expect(newKey.split('\n')).toHaveLength(1);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    // A fresh start reads everything with the new key alone.
    const restarted = createPaveBackend(store, await load());
    const sets = await restarted.read(ids.map((environmentId) => ({ environmentId })));
    expect(sets.map((set) => set?.variables.find((v) => v.key === 'V')?.value)).toEqual(ids);
  });

  it('refuses to generate a key when the key comes from configuration', async () => {
    const keyring = await Keyring.load({
      options: { kind: 'pave', masterKey: 'a'.repeat(64) },
      env: {},
      dataDir,
      path: 't',
    });
    await expect(keyring.generate()).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.generateNewKey' },
    });
  });
});
