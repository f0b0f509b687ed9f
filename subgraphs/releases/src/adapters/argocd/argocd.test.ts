import { createMemoryBus, openPgliteStore, type Store, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleasesBackend } from '../../port.ts';
import { type ArgoDouble, startArgoDouble } from '../../testing/argocdDouble.ts';
import { applicationName, createBackend, optionsSchema } from './index.ts';

const DEV = 'component:default/hello-web/dev';
const MAIN = '1'.repeat(40);
const BROKEN = '2'.repeat(40);
const SICK = '3'.repeat(40);

describe('the argocd adapter, against a double of the Argo CD API', () => {
  let argo: ArgoDouble;
  let store: Store;
  let backend: ReleasesBackend;
  let number = 0;

  const release = async (ref: string | null, using = backend) => {
    number += 1;
    const base = {
      environmentId: DEV,
      component: { ref: 'component:default/hello-web', location: null, annotations: {} },
      release: { id: `r${number}`, number, cause: 'deploy' as const },
      signal: new AbortController().signal,
    };
    const artifact = await using.prepare({ ...base, ref, artifact: null });
    return { ...base, artifact, variables: [], configVersion: null };
  };
  const backendWith = async (options: Record<string, unknown>) =>
    createBackend(
      optionsSchema.parse({
        kind: 'argocd',
        url: argo.url,
        token: argo.token,
        pollIntervalMs: 50,
        ...options,
      }),
      {
        baseDir: '/',
        dataDir: '/nonexistent',
        store,
        bus: createMemoryBus(),
        log: silentLogger,
      },
    );

  beforeAll(async () => {
    argo = await startArgoDouble();
    argo.refs.set('main', MAIN);
    argo.refs.set('broken', BROKEN);
    argo.refs.set('sick', SICK);
    argo.failing.add(BROKEN);
    argo.degraded.add(SICK);
    argo.addApplication('hello-web-dev');
    store = await openPgliteStore(undefined);
    backend = await backendWith({});
  });
  afterAll(async () => {
    await argo?.close();
    await store?.close();
  });

  it('names an application after the environment', () => {
    expect(applicationName('{component}-{environment}', DEV)).toBe('hello-web-dev');
    expect(applicationName('{namespace}.{component}.{environment}', DEV)).toBe('default.hello-web.dev');
  });

  it('resolves a branch to its commit, points the application at it and waits for a healthy sync', async () => {
    const request = await release('main');
    expect(request.artifact).toEqual({
      kind: 'commit',
      id: MAIN,
      ref: 'main',
      description: `revision 1111111 (main)`,
    });
    await backend.apply(request);
    const app = argo.applications.get('hello-web-dev');
    expect(app?.spec.source?.targetRevision).toBe(MAIN);
    expect(app?.status).toMatchObject({
      sync: { status: 'Synced', revision: MAIN },
      health: { status: 'Healthy' },
    });
    expect(app?.status?.history?.map((h) => h.revision)).toEqual([MAIN]);
  });

  it('fails with Argo CD’s reason when the sync fails or the application comes up degraded', async () => {
    await expect(backend.apply(await release('broken'))).rejects.toMatchObject({
      code: 'SYNC_FAILED',
      message: expect.stringContaining('one or more objects failed to apply'),
    });
    await expect(backend.apply(await release('sick'))).rejects.toMatchObject({
      code: 'UNHEALTHY',
      message: expect.stringContaining('exceeded its progress deadline'),
    });
  });

  it('refuses a revision the repository does not have', async () => {
    await expect(release('no-such-branch')).rejects.toMatchObject({
      code: 'INVALID_REF',
      message: expect.stringContaining("Unable to resolve 'no-such-branch' to a commit SHA"),
    });
    await expect(release(null)).rejects.toMatchObject({ code: 'INVALID_REF' });
  });

  it('is a CONFLICT while another sync of the application runs', async () => {
    const request = await release('main');
    argo.startOperation('hello-web-dev', 'main');
    await expect(backend.apply(request)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await backend.apply(request);
  });

  it('says when Argo CD refuses the token or does not know the application', async () => {
    const wrongToken = await backendWith({ token: 'nope' });
    await expect(release('main', wrongToken)).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'argocd', retryable: false },
    });
    const unknown = await backendWith({ application: '{component}-{environment}-eu' });
    const request = await release('main');
    await expect(unknown.apply(request)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Argo CD: applications.argoproj.io "hello-web-dev-eu" not found',
    });
  });
});
