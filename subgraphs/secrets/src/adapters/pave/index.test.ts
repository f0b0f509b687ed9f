import { randomBytes } from 'node:crypto';
import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import { secretsMigrations } from '../../store/migrations.ts';
import { createPaveBackend } from './index.ts';
import { Keyring } from './keyring.ts';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('hex');
const keyring = (masterKey: string, previousMasterKeys?: string[]) =>
  Keyring.load({
    options: { kind: 'pave', masterKey, previousMasterKeys },
    env: {},
    dataDir: '/nonexistent',
    path: 'test',
  });

let counter = 0;
const newEnvironment = () => `component:default/app-${randomBytes(3).toString('hex')}/env${counter++}`;

describeEachStore('the pave secrets backend', (getStore) => {
  beforeAll(async () => {
    await migrate(getStore(), 'secrets', secretsMigrations);
  });

  it('reads an environment never written as version 0, empty; later versions do not exist', async () => {
    const backend = createPaveBackend(getStore(), await keyring(keyA));
    const id = newEnvironment();
    const [current, first] = await backend.read([{ environmentId: id }, { environmentId: id, version: 1 }]);
    expect(current).toEqual({
      environmentId: id,
      version: 0,
      updatedAt: null,
      updatedBy: null,
      variables: [],
    });
    expect(first).toBeNull();
  });

  it('writes versions, keeps every one readable and says who changed each variable', async () => {
    const backend = createPaveBackend(getStore(), await keyring(keyA));
    const id = newEnvironment();
    const one = await backend.write({
      environmentId: id,
      expectedVersion: 0,
      set: [
        { key: 'DATABASE_URL', value: 'postgres://db/app', secret: false },
        { key: 'API_TOKEN', value: 'tok-1' },
      ],
      unset: [],
      replace: false,
      actor: 'user:default/ada',
    });
    expect(one).toEqual({ version: 1, changedKeys: ['API_TOKEN', 'DATABASE_URL'] });
    const two = await backend.write({
      environmentId: id,
      expectedVersion: 1,
      set: [
        { key: 'API_TOKEN', value: 'tok-2' },
        { key: 'DATABASE_URL', value: 'postgres://db/app' },
      ],
      unset: [],
      replace: false,
      actor: 'user:default/grace',
      releaseId: 'release-7',
    });
    expect(two).toEqual({ version: 2, changedKeys: ['API_TOKEN'] });

    const [v1, v2, current] = await backend.read([
      { environmentId: id, version: 1 },
      { environmentId: id, version: 2 },
      { environmentId: id },
    ]);
    expect(v1?.variables.map((v) => [v.key, v.value, v.secret, v.version])).toEqual([
      ['API_TOKEN', 'tok-1', true, 1],
      ['DATABASE_URL', 'postgres://db/app', false, 1],
    ]);
    expect(current).toEqual(v2);
    expect(v2).toMatchObject({ version: 2, updatedBy: 'user:default/grace' });
    expect(v2?.variables.map((v) => [v.key, v.value, v.version, v.updatedBy])).toEqual([
      ['API_TOKEN', 'tok-2', 2, 'user:default/grace'],
      ['DATABASE_URL', 'postgres://db/app', 1, 'user:default/ada'],
    ]);
    const history = await backend.versions(id, { first: 10 });
    expect(history.total).toBe(2);
    expect(history.versions.map((v) => [v.version, v.createdBy, v.releaseId])).toEqual([
      [2, 'user:default/grace', 'release-7'],
      [1, 'user:default/ada', null],
    ]);
    expect(
      (await backend.versions(id, { first: 10, beforeVersion: 2 })).versions.map((v) => v.version),
    ).toEqual([1]);
  });

  it('refuses a stale expected version with CONFLICT and the current version, changing nothing', async () => {
    const backend = createPaveBackend(getStore(), await keyring(keyA));
    const id = newEnvironment();
    const write = (expectedVersion: number, value: string) =>
      backend.write({
        environmentId: id,
        expectedVersion,
        set: [{ key: 'A', value }],
        unset: [],
        replace: false,
        actor: 'x',
      });
    await write(0, 'first');
    await expect(write(0, 'second')).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 1 },
    });
    await expect(write(5, 'third')).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 1 },
    });
    const [set] = await backend.read([{ environmentId: id }]);
    expect(set?.variables.map((v) => v.value)).toEqual(['first']);
  });

  it('makes no version for a write that changes nothing, and removes with unset and replace', async () => {
    const backend = createPaveBackend(getStore(), await keyring(keyA));
    const id = newEnvironment();
    const base = { environmentId: id, unset: [], replace: false, actor: 'x' };
    await backend.write({
      ...base,
      set: [
        { key: 'A', value: '1' },
        { key: 'B', value: '2' },
        { key: 'C', value: '3' },
      ],
    });
    expect(await backend.write({ ...base, set: [{ key: 'A', value: '1' }] })).toEqual({
      version: 1,
      changedKeys: [],
    });
    expect(await backend.write({ ...base, set: [], unset: ['B', 'NOPE'] })).toEqual({
      version: 2,
      changedKeys: ['B'],
    });
    expect(await backend.write({ ...base, set: [{ key: 'A', value: '1' }], replace: true })).toEqual({
      version: 3,
      changedKeys: ['C'],
    });
    const [v2, v3] = await backend.read([
      { environmentId: id, version: 2 },
      { environmentId: id, version: 3 },
    ]);
    expect(v2?.variables.map((v) => v.key)).toEqual(['A', 'C']);
    expect(v3?.variables.map((v) => v.key)).toEqual(['A']);
  });

  it('keeps no plaintext value in the database, and binds each ciphertext to its place', async () => {
    const backend = createPaveBackend(getStore(), await keyring(keyA));
    const id = newEnvironment();
    const marker = `plaintext-marker-${randomBytes(8).toString('hex')}`;
    await backend.write({
      environmentId: id,
      set: [
        { key: 'SECRET', value: marker },
        { key: 'PLAIN', value: `${marker}-config`, secret: false },
      ],
      unset: [],
      replace: false,
      actor: 'x',
    });
    const dump = await getStore().query<{ row: string }>(
      `select t::text as row from secrets_variables t where environment_id = $1
       union all select t::text from secrets_data_keys t where environment_id = $1
       union all select t::text from secrets_versions t where environment_id = $1`,
      [id],
    );
    const text = dump.rows.map((r) => r.row).join('\n');
    expect(text).toContain('SECRET');
    expect(text).not.toContain(marker);
    expect(text).not.toContain(Buffer.from(marker).toString('hex'));

    // Moving one variable's ciphertext onto another makes it unreadable rather than wrong.
    await getStore().query(
      `update secrets_variables set ciphertext = (select ciphertext from secrets_variables where environment_id = $1 and key = 'SECRET')
        where environment_id = $1 and key = 'PLAIN'`,
      [id],
    );
    await expect(backend.read([{ environmentId: id }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'pave' },
    });
  });

  it('rotates the master key while old and new keys both read, then needs only the new one', async () => {
    const id = newEnvironment();
    const before = createPaveBackend(getStore(), await keyring(keyA));
    await before.write({
      environmentId: id,
      set: [{ key: 'A', value: 'kept' }],
      unset: [],
      replace: false,
      actor: 'x',
    });

    const during = createPaveBackend(getStore(), await keyring(keyB, [keyA]));
    expect((await during.read([{ environmentId: id }]))[0]?.variables[0]?.value).toBe('kept');
    const rotation = await during.rotateMasterKey!({ generateNewKey: false });
    expect(rotation.rewrapped).toBeGreaterThanOrEqual(1);
    expect(rotation.remaining).toBe(0);

    const after = createPaveBackend(getStore(), await keyring(keyB));
    expect((await after.read([{ environmentId: id }]))[0]?.variables[0]?.value).toBe('kept');
    const stale = createPaveBackend(getStore(), await keyring(keyA));
    await expect(stale.read([{ environmentId: id }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'pave', retryable: false },
    });
  });

  it('deletes every version of an environment, starting again from 0', async () => {
    const backend = createPaveBackend(getStore(), await keyring(keyB));
    const id = newEnvironment();
    await backend.write({
      environmentId: id,
      set: [{ key: 'A', value: '1' }],
      unset: [],
      replace: false,
      actor: 'x',
    });
    await backend.deleteEnvironment(id);
    expect((await backend.read([{ environmentId: id }]))[0]?.version).toBe(0);
    const { rows } = await getStore().query('select 1 from secrets_data_keys where environment_id = $1', [
      id,
    ]);
    expect(rows).toEqual([]);
  });
});
