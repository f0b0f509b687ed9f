import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecretsBackend } from '../../port.ts';
import { checkWriterOutcomes, runConcurrentWriters } from '../../testing/concurrentWriters.ts';
import { type KubernetesDouble, startKubernetesDouble } from '../../testing/kubernetesDouble.ts';
import { SecretsApi } from './client.ts';
import { kubernetesOptionsSchema } from './config.ts';
import { createKubernetesBackend } from './index.ts';
import { namesOf } from './objects.ts';

let counter = 0;
const newEnvironment = () => `component:default/kube-${counter++}/production`;

describe('the kubernetes secrets backend (against an API server double)', () => {
  let cluster: KubernetesDouble;
  let backend: SecretsBackend;
  const apiFor = (token: string) =>
    new SecretsApi(
      kubernetesOptionsSchema.parse({
        kind: 'kubernetes',
        namespace: 'apps',
        server: cluster.url,
        token,
        insecureSkipTlsVerify: true,
      }),
      '/',
    );

  beforeAll(async () => {
    cluster = await startKubernetesDouble();
    backend = createKubernetesBackend(apiFor(cluster.token), { namePrefix: 'pave', keepVersions: 3 });
  });
  afterAll(() => cluster?.close());

  const write = (
    environmentId: string,
    expectedVersion: number | undefined,
    set: Array<{ key: string; value: string; secret?: boolean }>,
  ) =>
    backend.write({
      environmentId,
      expectedVersion,
      set,
      unset: [],
      replace: false,
      actor: 'user:default/ada',
    });

  it('keeps the variables as a Secret pods can mount, and earlier versions as immutable copies', async () => {
    const id = newEnvironment();
    const { live } = namesOf('pave', id);
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
    const secret = cluster.secrets.get(`apps/${live}`);
    expect(Buffer.from(secret?.data.TOKEN ?? '', 'base64').toString()).toBe('t2');
    expect(secret?.metadata.annotations?.['pave.dev/environment-id']).toBe(id);
    expect(cluster.secrets.get(`apps/${live}-v1`)?.immutable).toBe(true);

    const [v1, current] = await backend.read([{ environmentId: id, version: 1 }, { environmentId: id }]);
    expect(v1?.variables.map((v) => [v.key, v.value, v.secret, v.version])).toEqual([
      ['DB', 'postgres://x', false, 1],
      ['TOKEN', 't1', true, 1],
    ]);
    expect(current?.variables.map((v) => [v.key, v.value, v.version])).toEqual([
      ['DB', 'postgres://x', 1],
      ['TOKEN', 't2', 2],
    ]);
    expect((await backend.read([{ environmentId: id, version: 3 }]))[0]).toBeNull();
    expect((await backend.versions(id, { first: 10 })).versions.map((v) => [v.version, v.createdBy])).toEqual(
      [
        [2, 'user:default/ada'],
        [1, 'user:default/ada'],
      ],
    );
  });

  it('keeps only keepVersions versions, and deletes them all with the environment', async () => {
    const id = newEnvironment();
    for (let version = 0; version < 5; version++)
      await write(id, version, [{ key: 'N', value: String(version) }]);
    expect((await backend.versions(id, { first: 10 })).versions.map((v) => v.version)).toEqual([5, 4, 3]);
    expect((await backend.read([{ environmentId: id, version: 2 }]))[0]).toBeNull();
    expect((await backend.read([{ environmentId: id, version: 4 }]))[0]?.variables[0]?.value).toBe('3');
    await backend.deleteEnvironment(id);
    expect((await backend.read([{ environmentId: id }]))[0]?.version).toBe(0);
    expect([...cluster.secrets.keys()].filter((key) => key.includes(namesOf('pave', id).live))).toEqual([]);
  });

  it('turns a stale resourceVersion (409) into CONFLICT, and keeps every acknowledged write', async () => {
    const id = newEnvironment();
    await write(id, 0, [{ key: 'A', value: '1' }]);
    await expect(write(id, 0, [{ key: 'A', value: '2' }])).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 1 },
    });
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
    expect(cluster.requests.some((r) => r.startsWith('PUT'))).toBe(true);
  });

  it('reports an unauthorised token, throttling and an unreachable server as BACKEND_UNAVAILABLE', async () => {
    const id = newEnvironment();
    const refused = createKubernetesBackend(apiFor('wrong'), { namePrefix: 'pave', keepVersions: 3 });
    await expect(refused.read([{ environmentId: id }])).rejects.toMatchObject({
      message: 'Kubernetes answered 401: Unauthorized',
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'kubernetes', retryable: false },
    });
    cluster.throttle(1);
    await expect(backend.read([{ environmentId: id }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', retryable: true },
    });
    const nowhere = createKubernetesBackend(
      new SecretsApi(
        kubernetesOptionsSchema.parse({
          kind: 'kubernetes',
          server: 'http://127.0.0.1:9',
          token: 't',
          insecureSkipTlsVerify: true,
        }),
        '/',
      ),
      { namePrefix: 'pave', keepVersions: 3 },
    );
    await expect(nowhere.read([{ environmentId: id }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'kubernetes', retryable: true },
    });
  });
});
