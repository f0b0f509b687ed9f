import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, httpGet, waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import type { TestPlatform } from './harness.ts';
import { startSamplePlatform } from './samplePlatform.ts';

const HELLO = 'component:default/hello-web';
const DEV = `${HELLO}/dev`;
const DEPLOY = `mutation($id: ID!, $ref: String) {
  deploy(input: { environmentId: $id, ref: $ref }) { release { id number status } }
}`;
const SECRET = 'pave-e2e-very-secret-value-8c1f';

describe('releases through the gateway', () => {
  let platform: TestPlatform;
  let source: string;
  let url: string;
  const graphql = (...args: Parameters<TestPlatform['graphql']>) => platform.graphql(...args);

  beforeAll(async () => {
    const sample = await startSamplePlatform({ dev: 'DEVELOPMENT' });
    ({ platform, project: source } = sample);
    url = sample.urls.dev;
    git(source, 'checkout', '-q', '-b', 'crashes');
    const crashing =
      "node -e \"require('http').createServer((q, s) => s.end('up')).listen(process.env.PORT); setTimeout(() => process.exit(3), 3000)\"";
    await writeFile(join(source, 'pave.yaml'), `run: ${JSON.stringify(crashing)}\n`);
    git(source, 'commit', '-q', '-am', 'exit after a while');
    git(source, 'checkout', '-q', 'main');
  });
  afterAll(() => platform?.stop());

  it('lets only owners of the component (and admins) release it', async () => {
    const token = async (name: string, group: string) =>
      (
        await graphql(
          `mutation { createServiceToken(input: { name: "${name}", groups: ["${group}"] }) { token } }`,
        )
      ).data.createServiceToken.token as string;
    const outsider = await token('payments-ci', 'group:default/team-payments');
    for (const mutation of [
      `deploy(input: { environmentId: "${DEV}" })`,
      `rollback(input: { environmentId: "${DEV}", toNumber: 1 })`,
    ]) {
      const refused = await graphql(`mutation { ${mutation} { release { id } } }`, {}, outsider);
      expect(refused.errors?.[0], mutation).toMatchObject({
        message: expect.stringMatching(
          /^Only owners of component:default\/hello-web \(group:default\/team-storefront\) and admins may (deploy to|roll back) /,
        ),
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const releases = await graphql(`{ environment(id: "${DEV}") { releases { totalCount } } }`);
    expect(releases.data).toEqual({ environment: { releases: { totalCount: 0 } } });
  });

  it('refuses what it cannot release', async () => {
    const code = async (query: string) => (await graphql(query)).errors?.[0]?.extensions;
    expect(
      await code(
        `mutation { deploy(input: { environmentId: "${DEV}", ref: "--upload-pack=x" }) { release { id } } }`,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.ref',
    });
    expect(
      await code(`mutation { deploy(input: { environmentId: "${HELLO}/nope" }) { release { id } } }`),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await code(
        `mutation { promote(input: { fromEnvironmentId: "${DEV}", toEnvironmentId: "${DEV}" }) { release { id } } }`,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await code(`mutation { rollback(input: { environmentId: "${DEV}", toNumber: 7 }) { release { id } } }`),
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.toNumber',
    });
  });

  it('follows a release over a subscription, and refuses a second deploy while one is in flight', async () => {
    const client = createClient({
      url: `${platform.url}/graphql`,
      headers: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    const seen: Array<{ number: number; status: string }> = [];
    const finished = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no SUCCEEDED within 30 s: ${JSON.stringify(seen)}`)),
        30_000,
      );
      const stop = client.subscribe<{ releaseStatus: { number: number; status: string } }>(
        { query: `subscription { releaseStatus(environmentId: "${DEV}") { number status } }` },
        {
          next: ({ data }) => {
            if (data) seen.push(data.releaseStatus);
            if (data?.releaseStatus.status === 'SUCCEEDED') {
              clearTimeout(timer);
              stop();
              resolve();
            }
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [first, second] = await Promise.all([
      graphql(DEPLOY, { id: DEV, ref: 'main' }),
      graphql(DEPLOY, { id: DEV, ref: 'main' }),
    ]);
    const refused = [first, second].find((r) => r.errors);
    const accepted = [first, second].find((r) => !r.errors);
    expect(refused?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(accepted?.data.deploy.release).toMatchObject({ number: 1, status: 'PENDING' });
    await finished;
    client.dispose();
    expect(seen.at(-1)).toEqual({ number: 1, status: 'SUCCEEDED' });
    expect(seen.map((s) => s.number)).toEqual(seen.map(() => 1));
    expect((await httpGet(url)).body).toContain('<code>v1</code>');
    const byNumber = await graphql(
      `{ environment(id: "${DEV}") { v1: release(number: 1) { id status } v9: release(number: 9) { id } } }`,
    );
    expect(byNumber.data.environment).toEqual({
      v1: { id: accepted?.data.deploy.release.id, status: 'SUCCEEDED' },
      v9: null,
    });
  });

  it('never writes a secret value to the logs', async () => {
    const version =
      (await graphql(`{ variableSet(environmentId: "${DEV}") { version } }`)).data.variableSet?.version ?? 0;
    const set =
      await graphql(`mutation { setVariables(input: { environmentId: "${DEV}", expectedVersion: ${version},
      variables: [{ key: "API_TOKEN", value: "${SECRET}", secret: true }] }) { __typename } }`);
    expect(set.errors).toBeUndefined();
    await expect
      .poll(
        async () =>
          (await graphql(`{ environment(id: "${DEV}") { currentRelease { number cause } } }`)).data
            .environment,
        {
          timeout: 20_000,
        },
      )
      .toEqual({ currentRelease: { number: 2, cause: 'CONFIG' } });
    const { data } = await graphql(`{ release(id: "${(await current()).id}") { configVersion } }`);
    expect(data.release.configVersion).toBe(version + 1);
    expect(platform.logLines.join('\n')).not.toContain(SECRET);
  });

  it('shows a crashing app in the environment’s status and restarts it', async () => {
    const { data } = await graphql(DEPLOY, { id: DEV, ref: 'crashes' });
    expect((await waitForRelease(graphql, data.deploy.release.id)).status).toBe('SUCCEEDED');
    await expect
      .poll(
        async () =>
          (await graphql(`{ environment(id: "${DEV}") { status { state message restarts } } }`)).data
            .environment.status,
        {
          timeout: 10_000,
          interval: 100,
        },
      )
      .toMatchObject({
        state: 'CRASHED',
        message: expect.stringMatching(/^crashed \(exit code 3\), restarting in/),
      });
    await expect
      .poll(
        async () =>
          (await graphql(`{ environment(id: "${DEV}") { status { state restarts } } }`)).data.environment
            .status,
        {
          timeout: 10_000,
          interval: 100,
        },
      )
      .toMatchObject({ state: 'RUNNING', restarts: expect.any(Number) });
    expect((await httpGet(url)).body).toBe('up');
    // Roll back to the steady release so the crash loop ends.
    const back = await graphql(
      `mutation { rollback(input: { environmentId: "${DEV}", toNumber: 2 }) { release { id } } }`,
    );
    expect((await waitForRelease(graphql, back.data.rollback.release.id)).status).toBe('SUCCEEDED');
    expect((await httpGet(url)).body).toContain('Hello from Pave');
  });

  async function current() {
    const { data } = await graphql(`{ environment(id: "${DEV}") { currentRelease { id } } }`);
    return data.environment.currentRelease as { id: string };
  }
});
