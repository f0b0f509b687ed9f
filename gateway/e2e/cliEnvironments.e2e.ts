import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave } from '../../cli/test/runPave.ts';
import { git, LOOP_YAML, waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

/** `pave info` on a platform that serves environments and releases: five subgraphs, one answer. */
describe('pave info with environments and releases', () => {
  let platform: TestPlatform;
  let project: string;
  const info = async (args: string[] = []) => {
    const run = await runPave(['info', ...args], {
      cwd: project,
      env: cleanEnv({
        HOME: platform.dir,
        PAVE_URL: platform.url,
        PAVE_TOKEN: platform.rootToken,
        CI: 'true',
      }),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return run.stdout;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({
      yaml: LOOP_YAML,
    });
    // The sample app is its own git repository, as a developer's checkout is.
    project = join(platform.dir, 'examples/hello-web');
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'hello-web');
    for (const name of ['dev', 'staging']) {
      const created = await platform.graphql(
        `mutation { createEnvironment(input: { componentRef: "hello-web", name: "${name}", type: ${name === 'dev' ? 'DEVELOPMENT' : 'STAGING'} }) { environment { id } } }`,
      );
      expect(created.errors).toBeUndefined();
    }
  });
  afterAll(() => platform?.stop());

  it('lists the environments with their URL and current release', async () => {
    const before = JSON.parse(await info(['--json']));
    expect(before.environments).toEqual([
      expect.objectContaining({
        name: 'dev',
        type: 'DEVELOPMENT',
        url: expect.stringMatching(/^http/),
        currentRelease: null,
      }),
      expect.objectContaining({ name: 'staging', type: 'STAGING', currentRelease: null }),
    ]);

    const deployed = await platform.graphql(
      'mutation { deploy(input: { environmentId: "component:default/hello-web/dev", ref: "main" }) { release { id } } }',
    );
    expect(deployed.errors).toBeUndefined();
    expect((await waitForRelease(platform.graphql, deployed.data.deploy.release.id)).status).toBe(
      'SUCCEEDED',
    );

    const after = JSON.parse(await info(['--json']));
    const dev = after.environments.find((env: { name: string }) => env.name === 'dev');
    expect(dev.currentRelease).toMatchObject({ version: 'v1', status: 'SUCCEEDED' });
    expect(after.component.ref).toBe('component:default/hello-web');

    const plain = await info(['-e', 'dev']);
    expect(plain).toMatch(/^ENVIRONMENT +TYPE +RELEASE +URL$/m);
    expect(plain).toMatch(
      new RegExp(`^dev \\* +development +v1 .+ ${dev.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
    );
    expect(plain).toMatch(/^staging +staging +none yet +http/m);
  });
});
