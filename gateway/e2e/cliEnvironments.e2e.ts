import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave } from '../../cli/test/runPave.ts';
import { waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import type { TestPlatform } from './harness.ts';
import { startSamplePlatform } from './samplePlatform.ts';

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
    ({ platform, project } = await startSamplePlatform({ dev: 'DEVELOPMENT', staging: 'STAGING' }));
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
