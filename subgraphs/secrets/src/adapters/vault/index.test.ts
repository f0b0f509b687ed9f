import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecretsBackend } from '../../port.ts';
import { checkWriterOutcomes, runConcurrentWriters } from '../../testing/concurrentWriters.ts';
import { startVaultDouble, type VaultDouble } from '../../testing/vaultDouble.ts';
import { VaultClient } from './client.ts';
import { createVaultBackend } from './index.ts';

let counter = 0;
const newEnvironment = () => `component:default/vaulted-${counter++}/production`;

describe('the vault secrets backend (against a KV v2 double)', () => {
  let vault: VaultDouble;
  let backend: SecretsBackend;
  const clientFor = (token = vault.token) =>
    new VaultClient({ address: vault.url, token, mount: 'secret', timeoutMs: 2000 });

  beforeAll(async () => {
    vault = await startVaultDouble({ maxVersions: 5 });
    backend = createVaultBackend(clientFor(), 'pave');
  });
  afterAll(() => vault?.close());

  const write = (
    environmentId: string,
    expectedVersion: number | undefined,
    set: Array<{ key: string; value: string; secret?: boolean }>,
    unset: string[] = [],
  ) =>
    backend.write({ environmentId, expectedVersion, set, unset, replace: false, actor: 'user:default/ada' });

  it('keeps each environment in one KV secret whose versions are the set versions', async () => {
    const id = newEnvironment();
    expect((await backend.read([{ environmentId: id }]))[0]).toMatchObject({ version: 0, variables: [] });
    expect(
      await write(id, 0, [
        { key: 'DB', value: 'postgres://x', secret: false },
        { key: 'TOKEN', value: 't1' },
      ]),
    ).toEqual({
      version: 1,
      changedKeys: ['DB', 'TOKEN'],
    });
    expect(await write(id, 1, [{ key: 'TOKEN', value: 't2' }])).toEqual({
      version: 2,
      changedKeys: ['TOKEN'],
    });
    expect(await write(id, 2, [{ key: 'TOKEN', value: 't2' }])).toEqual({ version: 2, changedKeys: [] });

    const stored = vault.secrets.get(`pave/component/default/${id.split('/')[1]}/production`);
    expect(stored?.current_version).toBe(2);
    expect(stored?.versions.get(2)?.data).toMatchObject({ DB: 'postgres://x', TOKEN: 't2' });

    const [v1, current] = await backend.read([{ environmentId: id, version: 1 }, { environmentId: id }]);
    expect(v1?.variables.map((v) => [v.key, v.value, v.secret, v.version])).toEqual([
      ['DB', 'postgres://x', false, 1],
      ['TOKEN', 't1', true, 1],
    ]);
    expect(current?.variables.map((v) => [v.key, v.value, v.version, v.updatedBy])).toEqual([
      ['DB', 'postgres://x', 1, 'user:default/ada'],
      ['TOKEN', 't2', 2, 'user:default/ada'],
    ]);
    expect((await backend.read([{ environmentId: id, version: 3 }]))[0]).toBeNull();
    const history = await backend.versions(id, { first: 10 });
    expect(history.total).toBe(2);
    expect(history.versions.map((v) => [v.version, v.createdBy])).toEqual([
      [2, 'user:default/ada'],
      [1, 'user:default/ada'],
    ]);
  });

  it('refuses a stale expected version with CONFLICT, also when Vault itself catches it', async () => {
    const id = newEnvironment();
    await write(id, 0, [{ key: 'A', value: '1' }]);
    await expect(write(id, 0, [{ key: 'A', value: '2' }])).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 1 },
    });
    // 20 writers racing: most lose on Vault's check-and-set, between their read and their write.
    const outcomes = await runConcurrentWriters(
      {
        currentVersion: async () => (await backend.read([{ environmentId: id }]))[0]?.version ?? -1,
        set: async (expectedVersion, variables) => (await write(id, expectedVersion, variables)).version,
      },
      { clients: 20, attempts: 3 },
    );
    const [final] = await backend.read([{ environmentId: id }]);
    const values = Object.fromEntries(final?.variables.map((v) => [v.key, v.value as string]) ?? []);
    expect(checkWriterOutcomes(outcomes, { version: final?.version ?? -1, values }, 1)).toEqual([]);
    expect(vault.requests.filter((r) => r.startsWith('GET /v1/secret/metadata/')).length).toBeGreaterThan(0);
  });

  it('reads keys written in Vault by hand as secrets, and writes around them', async () => {
    const id = newEnvironment();
    await clientFor().writeData(
      `pave/component/default/${id.split('/')[1]}/production`,
      { MANUAL: 'by-hand' },
      0,
    );
    const [set] = await backend.read([{ environmentId: id }]);
    expect(set?.variables).toMatchObject([
      { key: 'MANUAL', value: 'by-hand', secret: true, version: 1, updatedBy: 'vault' },
    ]);
    expect(await write(id, 1, [{ key: 'OTHER', value: 'x' }])).toEqual({
      version: 2,
      changedKeys: ['OTHER'],
    });
    expect((await backend.read([{ environmentId: id }]))[0]?.variables.map((v) => v.key)).toEqual([
      'MANUAL',
      'OTHER',
    ]);
  });

  it('soft-deletes a deleted environment: empty at its last version, restorable in Vault', async () => {
    const id = newEnvironment();
    const path = `pave/component/default/${id.split('/')[1]}/production`;
    await write(id, 0, [{ key: 'A', value: '1' }]);
    await write(id, 1, [{ key: 'B', value: '2' }]);
    await backend.deleteEnvironment(id);
    expect((await backend.read([{ environmentId: id }]))[0]).toMatchObject({ version: 2, variables: [] });
    expect((await backend.read([{ environmentId: id, version: 1 }]))[0]).toBeNull();
    expect(vault.secrets.get(path)?.versions.get(1)?.deletion_time).not.toBe('');

    await clientFor().undelete(path, [1, 2]);
    expect((await backend.read([{ environmentId: id }]))[0]?.variables.map((v) => v.key)).toEqual(['A', 'B']);
    await backend.deleteEnvironment(id);
    expect(await write(id, 2, [{ key: 'C', value: '3' }])).toEqual({ version: 3, changedKeys: ['C'] });
  });

  it('lists only the versions Vault still keeps (max_versions)', async () => {
    const id = newEnvironment();
    for (let version = 0; version < 7; version++)
      await write(id, version, [{ key: 'N', value: String(version) }]);
    const history = await backend.versions(id, { first: 10 });
    expect(history.versions.map((v) => v.version)).toEqual([7, 6, 5, 4, 3]);
    expect((await backend.read([{ environmentId: id, version: 2 }]))[0]).toBeNull();
    expect(
      (await backend.versions(id, { first: 2, beforeVersion: 6 })).versions.map((v) => v.version),
    ).toEqual([5, 4]);
  });

  it('turns Vault failures into BACKEND_UNAVAILABLE: a bad token is not retryable, a sealed Vault is', async () => {
    const id = newEnvironment();
    const refused = createVaultBackend(clientFor('hvs.wrong'), 'pave');
    await expect(refused.read([{ environmentId: id }])).rejects.toMatchObject({
      message: 'Vault answered 403: permission denied',
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'vault', retryable: false },
    });
    vault.setSealed(true);
    try {
      await expect(write(id, 0, [{ key: 'A', value: 'x' }])).rejects.toMatchObject({
        message: 'Vault answered 503: Vault is sealed',
        extensions: { code: 'BACKEND_UNAVAILABLE', retryable: true },
      });
    } finally {
      vault.setSealed(false);
    }
    const nowhere = createVaultBackend(
      new VaultClient({ address: 'http://127.0.0.1:9', token: 't', mount: 'secret', timeoutMs: 1000 }),
      'pave',
    );
    await expect(nowhere.read([{ environmentId: id }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'vault', retryable: true },
    });
  });
});
