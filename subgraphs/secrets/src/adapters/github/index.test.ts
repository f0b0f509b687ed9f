import { openPgliteStore, type Store } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecretsBackend } from '../../port.ts';
import { checkWriterOutcomes, runConcurrentWriters } from '../../testing/concurrentWriters.ts';
import { type GithubDouble, startGithubDouble } from '../../testing/githubDouble.ts';
import { GithubEnvironments } from './client.ts';
import { createGithubBackend } from './index.ts';

let counter = 0;

describe('the github secrets backend (against a GitHub REST double)', () => {
  let github: GithubDouble;
  let store: Store;
  let backend: SecretsBackend;
  const backendWith = (token: string) =>
    createGithubBackend(
      new GithubEnvironments({ token, baseUrl: github.url }),
      { owner: 'acme', repositories: {} },
      store,
    );
  const newEnvironment = () => {
    const name = `app-${counter++}`;
    github.createEnvironment('acme', name, 'production');
    return {
      id: `component:default/${name}/production`,
      held: () => github.environments.get(`acme/${name}/production`),
    };
  };
  const write = (
    environmentId: string,
    expectedVersion: number | undefined,
    set: Array<{ key: string; value: string; secret?: boolean }>,
    unset: string[] = [],
  ) =>
    backend.write({ environmentId, expectedVersion, set, unset, replace: false, actor: 'user:default/ada' });

  beforeAll(async () => {
    github = await startGithubDouble();
    store = await openPgliteStore(undefined);
    backend = backendWith(github.token);
  });
  afterAll(async () => {
    await github?.close();
    await store?.close();
  });

  it('seals secrets with the environment key, keeps config vars as variables, and never reads secrets back', async () => {
    const { id, held } = newEnvironment();
    expect(
      await write(id, 0, [
        { key: 'API_TOKEN', value: 'tok-1' },
        { key: 'LOG_LEVEL', value: 'info', secret: false },
      ]),
    ).toEqual({
      version: 1,
      changedKeys: ['API_TOKEN', 'LOG_LEVEL'],
    });
    expect(held()?.secrets.get('API_TOKEN')?.value).toBe('tok-1');
    expect(held()?.variables.get('LOG_LEVEL')?.value).toBe('info');
    expect(JSON.parse(held()?.variables.get('PAVE_META')?.value ?? '{}')).toMatchObject({
      version: 1,
      by: 'user:default/ada',
    });

    const [set] = await backend.read([{ environmentId: id }]);
    expect(set?.variables.map((v) => [v.key, v.value, v.secret, v.version])).toEqual([
      ['API_TOKEN', null, true, 1],
      ['LOG_LEVEL', 'info', false, 1],
    ]);
    expect(backend.revealable).toBe(false);
    // GitHub cannot say whether a secret is unchanged, so writing it again is a change.
    expect(
      await write(id, 1, [
        { key: 'API_TOKEN', value: 'tok-1' },
        { key: 'LOG_LEVEL', value: 'info' },
      ]),
    ).toEqual({
      version: 2,
      changedKeys: ['API_TOKEN'],
    });
    expect((await backend.read([{ environmentId: id, version: 1 }]))[0]).toBeNull();
    expect((await backend.versions(id, { first: 5 })).versions.map((v) => v.version)).toEqual([2]);
  });

  it('moves a key between secrets and variables when its kind changes, and removes it on unset', async () => {
    const { id, held } = newEnvironment();
    await write(id, 0, [{ key: 'MODE', value: 'quiet' }]);
    await write(id, 1, [{ key: 'MODE', value: 'loud', secret: false }]);
    expect(held()?.secrets.has('MODE')).toBe(false);
    expect(held()?.variables.get('MODE')?.value).toBe('loud');
    await write(id, 2, [], ['MODE']);
    expect(held()?.variables.has('MODE')).toBe(false);
    expect((await backend.read([{ environmentId: id }]))[0]).toMatchObject({ version: 3, variables: [] });
  });

  it('reads many variables through GitHub pagination', async () => {
    const { id } = newEnvironment();
    const many = Array.from({ length: 75 }, (_, i) => ({ key: `VAR_${i}`, value: String(i), secret: false }));
    await write(id, 0, many);
    expect((await backend.read([{ environmentId: id }]))[0]?.variables).toHaveLength(75);
  });

  it('serialises writers through Pave: every acknowledged write is there, the others got CONFLICT', async () => {
    const { id } = newEnvironment();
    const outcomes = await runConcurrentWriters(
      {
        currentVersion: async () => (await backend.read([{ environmentId: id }]))[0]?.version ?? -1,
        set: async (expectedVersion, variables) =>
          (
            await write(
              id,
              expectedVersion,
              variables.map((v) => ({ ...v, secret: false })),
            )
          ).version,
      },
      { clients: 10, attempts: 3 },
    );
    const [final] = await backend.read([{ environmentId: id }]);
    const values = Object.fromEntries(final?.variables.map((v) => [v.key, v.value as string]) ?? []);
    expect(checkWriterOutcomes(outcomes, { version: final?.version ?? -1, values }, 0)).toEqual([]);
  });

  it('refuses names GitHub cannot keep, and reports GitHub failures as BACKEND_UNAVAILABLE', async () => {
    const { id } = newEnvironment();
    await expect(write(id, 0, [{ key: 'lower_case', value: 'x' }])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input' },
    });
    await expect(backendWith('nope').read([{ environmentId: id }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'github', retryable: false },
    });
    github.rateLimit(1);
    await expect(backend.read([{ environmentId: id }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'github', retryable: true },
    });
    expect(
      (await backend.read([{ environmentId: 'component:default/no-such-repo/production' }]))[0]?.version,
    ).toBe(0);
  });
});
