import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type GraphQL,
  httpGet,
  LOOP_YAML,
  waitForRelease,
} from '../../subgraphs/releases/src/testing/loop.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const DEV = 'component:default/hello-web/dev';

/** The embedded platform on a data directory that outlives it, as `pnpm start` twice would use it. */
async function start(dir: string) {
  const config = await loadConfig({ cwd: dir, env: { PAVE_DATA_DIR: join(dir, '.pave') } });
  const platform = await startPlatform({
    config,
    log: createLogger({ write: () => {} }),
    port: 0,
  });
  const graphql: GraphQL = async (query, variables) => {
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.rootToken}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...(await response.json()) };
  };
  return { platform, graphql };
}

describe('a restart of Pave', () => {
  let dir: string;
  let running: Platform | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pave-restart-'));
    await cp(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
    await writeFile(join(dir, 'pave.yaml'), LOOP_YAML);
  });
  afterAll(async () => {
    await running?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('brings every environment back to its current release, with its variables, at the same address', async () => {
    const first = await start(dir);
    running = first.platform;
    const created = await first.graphql(
      'mutation { createEnvironment(input: { componentRef: "hello-web", name: "dev", type: DEVELOPMENT }) { environment { url } } }',
    );
    const url = created.data.createEnvironment.environment.url as string;
    const set =
      await first.graphql(`mutation { setVariables(input: { environmentId: "${DEV}", expectedVersion: 0,
      variables: [{ key: "GREETING", value: "Still here", secret: false }] }) { __typename } }`);
    expect(set.errors).toBeUndefined();
    const deployed = await first.graphql(
      `mutation { deploy(input: { environmentId: "${DEV}" }) { release { id } } }`,
    );
    expect((await waitForRelease(first.graphql, deployed.data.deploy.release.id)).status).toBe('SUCCEEDED');
    expect((await httpGet(url)).body).toContain('Still here');

    await first.platform.close();
    running = undefined;
    await expect(httpGet(url)).rejects.toThrow();

    const second = await start(dir);
    running = second.platform;
    await expect
      .poll(async () => (await httpGet(url).catch(() => ({ status: 0, body: '' }))).body, {
        timeout: 20_000,
        interval: 200,
      })
      .toContain('Still here');
    expect((await httpGet(url)).body).toContain('<code>v1</code>');
    const { data } = await second.graphql(
      `{ environment(id: "${DEV}") { url status { state releaseNumber } currentRelease { number } } }`,
    );
    expect(data.environment).toEqual({
      url,
      status: { state: 'RUNNING', releaseNumber: 1 },
      currentRelease: { number: 1 },
    });
  });
});
