import { createMemoryBus, openPgliteStore, type Store, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleasesBackend } from '../../port.ts';
import { type GithubDouble, startGithubDouble } from '../../testing/githubDouble.ts';
import { createBackend, optionsSchema } from './index.ts';

const MAIN = 'a'.repeat(40);
const BROKEN = 'b'.repeat(40);
const UNCHECKED = 'c'.repeat(40);

describe('the github adapter, against a double of the GitHub REST API', () => {
  let gh: GithubDouble;
  let store: Store;
  let backend: ReleasesBackend;
  let number = 0;
  /** How the deploying workflow answers each deployment, by SHA. */
  const outcome = new Map<string, 'success' | 'failure' | 'silent'>();

  const backendWith = (extra: Record<string, unknown> = {}) =>
    createBackend(
      optionsSchema.parse({
        kind: 'github',
        baseUrl: gh.url,
        token: gh.token,
        owner: 'acme',
        pollIntervalMs: 50,
        ...extra,
      }),
      { baseDir: '/', dataDir: '/nonexistent', store, bus: createMemoryBus(), log: silentLogger },
    );
  const release = async (ref: string | null, annotations: Record<string, string> = {}, using = backend) => {
    number += 1;
    const base = {
      environmentId: 'component:default/hello-web/preview-login',
      component: { ref: 'component:default/hello-web', location: null, annotations },
      release: { id: `r${number}`, number, cause: 'deploy' as const },
      signal: new AbortController().signal,
    };
    const artifact = await using.prepare({ ...base, ref, artifact: null });
    return { ...base, artifact, variables: [], configVersion: 4 };
  };

  beforeAll(async () => {
    gh = await startGithubDouble();
    gh.repositories.set('acme/hello-web', {
      defaultBranch: 'main',
      refs: new Map([
        ['main', MAIN],
        ['broken', BROKEN],
        ['unchecked', UNCHECKED],
      ]),
    });
    gh.failingChecks.add(UNCHECKED);
    gh.onDeployment = (deployment) => {
      const result = outcome.get(deployment.sha) ?? 'success';
      if (result === 'silent') return;
      gh.postStatus(deployment.id, 'in_progress');
      setTimeout(() => {
        gh.postStatus(deployment.id, result, {
          description: result === 'success' ? 'Deployed' : 'kubectl apply failed: ImagePullBackOff',
          environment_url: 'https://preview-login.hello-web.acme.example',
        });
      }, 100);
    };
    outcome.set(BROKEN, 'failure');
    store = await openPgliteStore(undefined);
    backend = await backendWith();
  });
  afterAll(async () => {
    await gh?.close();
    await store?.close();
  });

  it('resolves the default branch or a ref to a commit of the component’s repository', async () => {
    expect((await release(null)).artifact).toEqual({
      kind: 'commit',
      id: MAIN,
      ref: 'main',
      description: 'commit aaaaaaa (main) of acme/hello-web',
    });
    await expect(release('nope')).rejects.toMatchObject({
      code: 'INVALID_REF',
      message: 'GitHub: No commit found for SHA: nope (nope of acme/hello-web)',
    });
    await expect(release('main', { 'github.com/project-slug': 'acme/elsewhere' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('makes a deployment and succeeds with the workflow’s success status', async () => {
    await backend.apply(await release('main'));
    const [deployment] = gh.deployments;
    expect(deployment).toMatchObject({
      sha: MAIN,
      ref: MAIN,
      environment: 'preview-login',
      transient_environment: true,
      payload: { paveReleaseId: `r${number}`, releaseNumber: number, configVersion: 4 },
    });
    expect(deployment?.statuses[0]?.state).toBe('success');
  });

  it('fails with the workflow’s failure status and its description', async () => {
    await expect(backend.apply(await release('broken'))).rejects.toMatchObject({
      code: 'DEPLOY_FAILED',
      message: expect.stringContaining('ended failure: kubectl apply failed: ImagePullBackOff'),
    });
  });

  it('is a CONFLICT when GitHub refuses the commit for failing checks', async () => {
    await expect(backend.apply(await release('unchecked'))).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('Commit status checks failed'),
    });
    const lenient = await backendWith({ requiredContexts: [] });
    await lenient.apply(await release('unchecked', {}, lenient));
  });

  it('gives up when no final status comes, and says when the token is refused', async () => {
    outcome.set(MAIN, 'silent');
    const impatient = await backendWith({ timeoutSeconds: 1 });
    await expect(impatient.apply(await release('main', {}, impatient))).rejects.toMatchObject({
      code: 'UNHEALTHY',
      message: expect.stringMatching(/got no final status within 1 s/),
    });
    const refused = await backendWith({ token: 'ghp_wrong' });
    await expect(release('main', {}, refused)).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'github', retryable: false },
    });
  });
});
