import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  git,
  httpGet,
  waitForRelease,
  waitForReleaseNumber,
} from '../../subgraphs/releases/src/testing/loop.ts';
import { secretsSubgraph } from '../../subgraphs/secrets/src/index.ts';
import type { TestPlatform } from './harness.ts';
import { startSamplePlatform } from './samplePlatform.ts';

const HELLO = 'component:default/hello-web';
const DEV = `${HELLO}/dev`;
const STAGING = `${HELLO}/staging`;

const CREATE = `mutation($name: String!, $type: EnvironmentType!) {
  createEnvironment(input: { componentRef: "hello-web", name: $name, type: $type }) { environment { id url } }
}`;
const DEPLOY = `mutation($id: ID!, $ref: String) {
  deploy(input: { environmentId: $id, ref: $ref }) { release { id number status } }
}`;
const SET_GREETING = `mutation($id: ID!, $expected: Int!, $value: String!) {
  setVariables(input: { environmentId: $id, expectedVersion: $expected, variables: [{ key: "GREETING", value: $value, secret: false }] }) { __typename }
}`;

/**
 * Heroku's loop on one machine, through the real gateway: environments for the demo app, a deploy
 * reached over HTTP, a config change making a release, a rollback, a promotion, a preview that
 * expires — and deploys that fail leaving the previous release serving.
 */
describe('the deploy loop, end to end', () => {
  let platform: TestPlatform;
  const urls: Record<string, string> = {};
  const graphql = (...args: Parameters<TestPlatform['graphql']>) => platform.graphql(...args);

  const page = async (environment: string) => {
    const answer = await httpGet(urls[environment] as string);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const configVersion = async (id: string) => {
    const { data, errors } = await graphql(
      'query($id: ID!) { variableSet(environmentId: $id) { version } }',
      { id },
    );
    expect(errors).toBeUndefined();
    return (data.variableSet?.version ?? 0) as number;
  };

  let source: string;
  beforeAll(async () => {
    // The environments are made by the tests: making them is part of the loop.
    ({ platform, project: source } = await startSamplePlatform());
  });
  afterAll(() => platform?.stop());

  it('runs with the real secrets subgraph', () => {
    expect(platform.capabilities.map((c) => c.module.name)).toEqual(
      expect.arrayContaining(['catalog', 'environments', 'secrets', 'releases']),
    );
    expect(platform.capabilities.find((c) => c.module.name === 'secrets')?.module).toBe(secretsSubgraph);
  });

  it('creates dev and staging for the demo app', async () => {
    for (const [name, type] of [
      ['dev', 'DEVELOPMENT'],
      ['staging', 'STAGING'],
    ]) {
      const { data, errors } = await graphql(CREATE, { name, type });
      expect(errors).toBeUndefined();
      expect(data.createEnvironment.environment.id).toBe(`${HELLO}/${name}`);
      urls[`${HELLO}/${name}`] = data.createEnvironment.environment.url;
    }
    expect(urls[DEV]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { data } = await graphql(`{ entity(ref: "hello-web") { ... on Component {
      environments { totalCount nodes { name type protected status { state } } } } } }`);
    expect(data.entity.environments).toEqual({
      totalCount: 2,
      nodes: [
        { name: 'dev', type: 'DEVELOPMENT', protected: false, status: { state: 'EMPTY' } },
        { name: 'staging', type: 'STAGING', protected: false, status: { state: 'EMPTY' } },
      ],
    });
  });

  it('deploys to dev and serves the app there', async () => {
    const { data, errors } = await graphql(DEPLOY, { id: DEV });
    expect(errors).toBeUndefined();
    expect(data.deploy.release).toMatchObject({ number: 1, status: 'PENDING' });
    const release = await waitForRelease(graphql, data.deploy.release.id);
    expect(release).toMatchObject({
      status: 'SUCCEEDED',
      cause: 'DEPLOY',
      artifact: { kind: 'COMMIT', id: git(source, 'rev-parse', 'main') },
    });
    const body = await page(DEV);
    expect(body).toContain('Hello from Pave');
    expect(body).toContain('<code>v1</code>');
  });

  it('makes a new release when a variable changes, and the app serves the new value', async () => {
    const { errors } = await graphql(SET_GREETING, {
      id: DEV,
      expected: await configVersion(DEV),
      value: 'Hello from config',
    });
    expect(errors).toBeUndefined();
    const release = await waitForReleaseNumber(graphql, DEV, 2);
    expect(release).toMatchObject({ number: 2, status: 'SUCCEEDED', cause: 'CONFIG' });
    const body = await page(DEV);
    expect(body).toContain('Hello from config');
    expect(body).toContain('<code>v2</code>');
  });

  it('rolls back to v1: its artifact and its config', async () => {
    const { data, errors } = await graphql(
      'mutation { rollback(input: { environmentId: "component:default/hello-web/dev", toNumber: 1 }) { release { id number } } }',
    );
    expect(errors).toBeUndefined();
    const release = await waitForRelease(graphql, data.rollback.release.id);
    expect(release).toMatchObject({ number: 3, status: 'SUCCEEDED', cause: 'ROLLBACK' });
    const body = await page(DEV);
    expect(body).toContain('Hello from Pave');
    expect(body).not.toContain('Hello from config');
    expect(body).toContain('<code>v3</code>');
    // Restoring the config made no release of its own.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { data: after } = await graphql(
      `{ environment(id: "${DEV}") { currentRelease { number } releases { totalCount } } }`,
    );
    expect(after.environment).toEqual({ currentRelease: { number: 3 }, releases: { totalCount: 3 } });
  });

  it('promotes dev to staging: the same artifact, reachable there', async () => {
    const { data, errors } = await graphql(
      `mutation { promote(input: { fromEnvironmentId: "${DEV}", toEnvironmentId: "${STAGING}" }) { release { id } } }`,
    );
    expect(errors).toBeUndefined();
    const release = await waitForRelease(graphql, data.promote.release.id);
    const { data: dev } = await graphql(
      `{ environment(id: "${DEV}") { currentRelease { artifact { id } } } }`,
    );
    expect(release).toMatchObject({ number: 1, status: 'SUCCEEDED', cause: 'PROMOTE' });
    expect(release.artifact?.id).toBe(dev.environment.currentRelease.artifact.id);
    expect(await page(STAGING)).toContain('<code>v1</code>');
  });

  it('deploys a preview’s branch, and tears the preview down once its time-to-live has passed', async () => {
    git(source, 'checkout', '-q', '-b', 'feature/quick');
    await writeFile(
      join(source, 'server.js'),
      (await readFile(join(source, 'server.js'), 'utf8')).replaceAll(
        'Hello from Pave',
        'Hello from a branch',
      ),
    );
    git(source, 'commit', '-q', '-am', 'a branch greets differently');
    git(source, 'checkout', '-q', 'main');
    const { data, errors } = await graphql(`mutation {
      createPreviewEnvironment(input: { componentRef: "hello-web", branch: "feature/quick", ttlSeconds: 8 }) {
        environment { id name type url expiresAt }
      } }`);
    expect(errors).toBeUndefined();
    const preview = data.createPreviewEnvironment.environment;
    expect(preview).toMatchObject({ name: 'preview-feature-quick', type: 'PREVIEW' });
    urls[preview.id] = preview.url;
    const deployed = await graphql(DEPLOY, { id: preview.id });
    const release = await waitForRelease(graphql, deployed.data.deploy.release.id);
    expect(release).toMatchObject({
      status: 'SUCCEEDED',
      artifact: { id: git(source, 'rev-parse', 'feature/quick') },
    });
    expect(await page(preview.id)).toContain('Hello from a branch');

    await expect
      .poll(async () => (await graphql(`{ environment(id: "${preview.id}") { id } }`)).data.environment, {
        timeout: 20_000,
        interval: 250,
      })
      .toBeNull();
    await expect(httpGet(preview.url)).rejects.toThrow();
    const { data: record } = await graphql(`{ environmentTeardowns(componentRef: "hello-web") {
      nodes { environmentId reason actor succeeded steps { step ok } } } }`);
    expect(record.environmentTeardowns.nodes[0]).toMatchObject({
      environmentId: preview.id,
      reason: 'EXPIRED',
      actor: 'system:environments',
      succeeded: true,
    });
    expect(record.environmentTeardowns.nodes[0].steps.map((s: { step: string }) => s.step)).toEqual([
      'processes',
      'address',
      'variables and releases',
    ]);
  });

  describe('a deploy that fails', () => {
    beforeAll(async () => {
      git(source, 'checkout', '-q', '-b', 'broken-build', 'main');
      await writeFile(join(source, 'pave.yaml'), 'build: echo compiling; exit 1\nrun: node server.js\n');
      git(source, 'commit', '-q', '-am', 'break the build');
      git(source, 'checkout', '-q', '-b', 'never-healthy', 'main');
      await writeFile(
        join(source, 'pave.yaml'),
        'run: node server.js\nhealthcheck: { path: /ready, timeoutSeconds: 2 }\n',
      );
      git(source, 'commit', '-q', '-am', 'check a path that is not there');
      git(source, 'checkout', '-q', 'main');
    });

    for (const [ref, code, reason] of [
      ['broken-build', 'BUILD_FAILED', 'The build "echo compiling; exit 1" exited with code 1.'],
      ['never-healthy', 'UNHEALTHY', 'The app did not become healthy within 2 s (GET /ready: HTTP 404).'],
    ] as const) {
      it(`(${ref}) leaves the previous release serving and is marked failed with the reason`, async () => {
        const { data, errors } = await graphql(DEPLOY, { id: DEV, ref });
        expect(errors).toBeUndefined();
        const release = await waitForRelease(graphql, data.deploy.release.id);
        expect(release).toMatchObject({ status: 'FAILED', failureCode: code, failureReason: reason });
        expect(await page(DEV)).toContain('<code>v3</code>');
        const { data: env } = await graphql(
          `{ environment(id: "${DEV}") { currentRelease { number } status { state releaseNumber } } }`,
        );
        expect(env.environment).toEqual({
          currentRelease: { number: 3 },
          status: { state: 'RUNNING', releaseNumber: 3 },
        });
      });
    }

    it('deploys a good commit by its branch', async () => {
      const head = git(source, 'rev-parse', 'main');
      const { data } = await graphql(DEPLOY, { id: DEV, ref: 'main' });
      const release = await waitForRelease(graphql, data.deploy.release.id);
      expect(release).toMatchObject({ status: 'SUCCEEDED', artifact: { kind: 'COMMIT', id: head } });
      expect(await page(DEV)).toContain(`<code>v${release.number}</code>`);
    });
  });
});
