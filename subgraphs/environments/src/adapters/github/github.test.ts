import { createMemoryBus, openPgliteStore, type Store, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The GitHub API double is shared with the releases adapter of the same name.
import { type GithubDouble, startGithubDouble } from '../../../../releases/src/testing/githubDouble.ts';
import type { EnvironmentsBackend } from '../../port.ts';
import type { EnvironmentRow } from '../../store/rows.ts';
import { createBackend, optionsSchema } from './index.ts';

const row = (name: string): EnvironmentRow => ({
  id: `component:default/hello-web/${name}`,
  component_ref: 'component:default/hello-web',
  name,
  type: 'development',
  protected: false,
  url: null,
  branch: null,
  expires_at: null,
  cloned_from: null,
  state: 'active',
  version: 1,
  created_by: 'user:default/test',
  created_at: new Date(),
  updated_at: new Date(),
  teardown_started_at: null,
});

describe('the github environments adapter, against a double of the GitHub REST API', () => {
  let gh: GithubDouble;
  let store: Store;
  let backend: EnvironmentsBackend;
  const deploy = async (environment: string, releaseNumber: number) => {
    const response = await fetch(`${gh.url}/repos/acme/hello-web/deployments`, {
      method: 'POST',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'main', environment, payload: { releaseNumber } }),
    });
    return ((await response.json()) as { id: number }).id;
  };

  beforeAll(async () => {
    gh = await startGithubDouble();
    gh.repositories.set('acme/hello-web', {
      defaultBranch: 'main',
      refs: new Map([['main', 'a'.repeat(40)]]),
    });
    store = await openPgliteStore(undefined);
    backend = await createBackend(
      optionsSchema.parse({ kind: 'github', baseUrl: gh.url, token: gh.token, owner: 'acme' }),
      {
        baseDir: '/',
        dataDir: '/nonexistent',
        store,
        bus: createMemoryBus(),
        log: silentLogger,
      },
    );
  });
  afterAll(async () => {
    await gh?.close();
    await store?.close();
  });

  it('makes a GitHub Environment per environment', async () => {
    expect(await backend.provision(row('staging'))).toEqual({ url: null });
    expect(gh.environments.get('acme/hello-web')).toEqual(new Set(['staging']));
  });

  it('reads status from the latest deployment’s latest status', async () => {
    expect((await backend.status([row('staging')]))[0]).toMatchObject({ state: 'empty' });
    const first = await deploy('staging', 1);
    expect((await backend.status([row('staging')]))[0]).toMatchObject({
      state: 'starting',
      releaseNumber: 1,
    });
    gh.postStatus(first, 'success', { description: 'Deployed' });
    expect((await backend.status([row('staging')]))[0]).toMatchObject({
      state: 'running',
      message: 'Deployed',
      releaseNumber: 1,
    });
    const second = await deploy('staging', 2);
    gh.postStatus(second, 'failure', { description: 'ImagePullBackOff' });
    expect((await backend.status([row('staging')]))[0]).toMatchObject({
      state: 'crashed',
      message: 'ImagePullBackOff',
      releaseNumber: 2,
    });
  });

  it('tears down: live deployments inactive, the GitHub Environment deleted', async () => {
    const steps = await backend.teardown(row('staging'));
    expect(steps).toEqual([
      { step: 'deployments', ok: true, detail: 'marked 1 live deployment(s) inactive' },
      { step: 'environment', ok: true, detail: 'deleted the GitHub environment staging of acme/hello-web' },
    ]);
    expect(
      gh.deployments.find((d) => d.payload && (d.payload as { releaseNumber: number }).releaseNumber === 1)
        ?.statuses[0]?.state,
    ).toBe('inactive');
    expect(gh.environments.get('acme/hello-web')?.has('staging')).toBe(false);
    expect((await backend.teardown(row('staging')))[1]).toMatchObject({
      ok: true,
      detail: expect.stringContaining('already gone'),
    });
  });

  it('says what GitHub said when it refuses', async () => {
    const refused = await createBackend(
      optionsSchema.parse({ kind: 'github', baseUrl: gh.url, token: 'ghp_wrong', owner: 'acme' }),
      {
        baseDir: '/',
        dataDir: '/nonexistent',
        store,
        bus: createMemoryBus(),
        log: silentLogger,
      },
    );
    await expect(refused.provision(row('dev'))).rejects.toThrow(
      'Could not create the environment on GitHub: GitHub answered 401: Bad credentials',
    );
  });
});
