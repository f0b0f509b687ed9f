import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const DEV = 'component:default/hello-web/dev';
const DEPLOY = `mutation($ref: String) { deploy(input: { environmentId: "${DEV}", ref: $ref }) { release { id } } }`;

describe('releases as commits to a configuration repository (gitops)', () => {
  let platform: TestPlatform;
  let repos: string;
  let origin: string;
  const graphql = (...args: Parameters<TestPlatform['graphql']>) => platform.graphql(...args);
  const deploy = async (ref: string | null) => {
    const { data, errors } = await graphql(DEPLOY, { ref });
    expect(errors).toBeUndefined();
    return waitForRelease(graphql, data.deploy.release.id);
  };

  beforeAll(async () => {
    repos = await mkdtemp(join(tmpdir(), 'pave-gitops-e2e-'));
    origin = join(repos, 'deploy-config.git');
    git(repos, 'init', '-q', '--bare', '-b', 'main', origin);
    platform = await startTestPlatform({
      yaml: `subgraphs:
  catalog:
    adapter: { kind: files, paths: [examples/catalog/all.yaml], watch: false }
  releases:
    adapter: { kind: gitops, repository: ${JSON.stringify(origin)}, path: "apps/{component}/{environment}.yaml" }
`,
    });
    await graphql(
      'mutation { createEnvironment(input: { componentRef: "hello-web", name: "dev", type: DEVELOPMENT }) { environment { id } } }',
    );
  });
  afterAll(async () => {
    await platform?.stop();
    await rm(repos, { recursive: true, force: true });
  });

  it('commits each release, and rolls back by committing the earlier image again', async () => {
    expect(await deploy('ghcr.io/acme/hello-web:1.0.0')).toMatchObject({
      number: 1,
      status: 'SUCCEEDED',
      artifact: { kind: 'IMAGE', id: 'ghcr.io/acme/hello-web:1.0.0' },
    });
    expect(await deploy('ghcr.io/acme/hello-web:2.0.0')).toMatchObject({ number: 2, status: 'SUCCEEDED' });
    expect(git(origin, 'show', 'main:apps/hello-web/dev.yaml')).toContain(
      'image: ghcr.io/acme/hello-web:2.0.0',
    );

    const { data } = await graphql(
      `mutation { rollback(input: { environmentId: "${DEV}", toNumber: 1 }) { release { id } } }`,
    );
    expect(await waitForRelease(graphql, data.rollback.release.id)).toMatchObject({
      number: 3,
      status: 'SUCCEEDED',
    });
    const file = git(origin, 'show', 'main:apps/hello-web/dev.yaml');
    expect(file).toContain('image: ghcr.io/acme/hello-web:1.0.0');
    expect(file).toContain('release: 3');
    expect(git(origin, 'log', '--format=%s', 'main').split('\n')).toEqual([
      'Release v3 of component:default/hello-web to dev',
      'Release v2 of component:default/hello-web to dev',
      'Release v1 of component:default/hello-web to dev',
    ]);
  });

  it('fails a deploy of something that is not an image or a revision, with the reason', async () => {
    expect(await deploy('main')).toMatchObject({
      status: 'FAILED',
      failureCode: 'INVALID_REF',
      failureReason: expect.stringContaining('neither an image reference'),
    });
    expect(git(origin, 'log', '-1', '--format=%s', 'main')).toBe(
      'Release v3 of component:default/hello-web to dev',
    );
  });
});
