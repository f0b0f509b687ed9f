import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave } from '../../cli/test/runPave.ts';
import { git, httpGet, waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import type { TestPlatform } from './harness.ts';
import { startSamplePlatform } from './samplePlatform.ts';

const HELLO = 'component:default/hello-web';

/**
 * deploy, releases, promote and rollback with the real `pave` binary against an embedded platform
 * whose releases really build and run the sample app. Off a terminal (CI=true): plain lines per
 * phase, JSON with --json, and no prompt ever waits.
 */
describe('pave deploy, releases, promote, rollback', () => {
  let platform: TestPlatform;
  let project: string;
  let urls: Record<string, string>;
  const pave = (args: string[], extra: Record<string, string> = {}) =>
    runPave(args, {
      cwd: project,
      env: cleanEnv({
        HOME: platform.dir,
        PAVE_URL: platform.url,
        PAVE_TOKEN: platform.rootToken,
        CI: 'true',
        ...extra,
      }),
      timeoutMs: 60_000,
    });

  beforeAll(async () => {
    ({ platform, project, urls } = await startSamplePlatform({
      dev: 'DEVELOPMENT',
      staging: 'STAGING',
      prod: 'PRODUCTION',
    }));
  });
  afterAll(() => platform?.stop());

  it('deploys a branch and prints each phase until it succeeds', async () => {
    const run = await pave(['deploy', 'main', '-e', 'dev']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const commit = git(project, 'rev-parse', '--short', 'main');
    expect(run.stdout.split('\n')).toEqual([
      'Deploy main to dev: v1',
      'v1 PENDING    Deploy main',
      expect.stringMatching(/^v1 DEPLOYING {2}/),
      expect.stringMatching(/^v1 SUCCEEDED {2}in \d+\.\d s: commit [0-9a-f]{7}/),
      '',
    ]);
    expect(run.stdout).toContain(commit.slice(0, 7));
    expect((await httpGet(urls.dev as string)).body).toContain('<code>v1</code>');
  });

  it('exits 1 with the reason when the release fails, and the previous release still serves', async () => {
    const run = await pave(['deploy', 'no-such-branch', '-e', 'dev']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^v2 FAILED {5}INVALID_REF: .*no-such-branch/m);
    expect(run.stderr).toMatch(/^Error: v2 failed in dev: INVALID_REF: /m);
    expect(run.stderr).toContain('v1 still serves. pave logs -e dev --since 15m shows what happened.');
    expect((await httpGet(urls.dev as string)).body).toContain('<code>v1</code>');
  });

  it('lists the releases, newest first, the current one marked', async () => {
    const plain = await pave(['releases', '-e', 'dev']);
    expect(plain.code).toBe(0);
    const lines = plain.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Releases of ${HELLO} in dev`);
    expect(lines[1]).toMatch(/^VERSION +STATUS +DESCRIPTION +ARTIFACT +BY +CREATED$/);
    expect(lines[2]).toMatch(/^v2 +FAILED +Deploy no-such-branch +— +root +\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(lines[3]).toMatch(/^v1 \* +SUCCEEDED +Deploy main +commit [0-9a-f]{7}/);

    const listed = await pave(['releases', 'list', '-e', 'dev', '-n', '1', '--json']);
    expect(listed.code).toBe(0);
    const json = JSON.parse(listed.stdout);
    expect(json).toMatchObject({ environment: { id: `${HELLO}/dev`, name: 'dev' }, totalCount: 2 });
    expect(json.releases).toHaveLength(1);
    expect(Object.keys(json.releases[0])).toEqual([
      'version',
      'number',
      'id',
      'environment',
      'status',
      'cause',
      'description',
      'artifact',
      'configVersion',
      'current',
      'createdBy',
      'createdAt',
      'startedAt',
      'finishedAt',
      'failureCode',
      'failureReason',
      'from',
    ]);
  });

  it('shows one release in full', async () => {
    const plain = await pave(['releases', 'info', 'v1', '-e', 'dev']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`v1 of ${HELLO} in dev`);
    expect(plain.stdout).toMatch(/^status: +SUCCEEDED \(current\)$/m);
    expect(plain.stdout).toMatch(/^artifact: +commit [0-9a-f]{7}.* \(commit [0-9a-f]{40}, from main\)$/m);
    expect(plain.stdout).toMatch(/^created by: +root$/m);
    const failed = JSON.parse((await pave(['releases', 'info', '2', '-e', 'dev', '--json'])).stdout);
    expect(failed).toMatchObject({
      version: 'v2',
      status: 'FAILED',
      failureCode: 'INVALID_REF',
      artifact: null,
    });
    const missing = await pave(['releases', 'info', 'v9', '-e', 'dev']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Error: dev has no release v9.');
  });

  it('promotes dev to staging: the same artifact', async () => {
    const run = await pave(['promote', '--from', 'dev', '--to', 'staging', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const release = JSON.parse(run.stdout);
    expect(release).toMatchObject({
      version: 'v1',
      status: 'SUCCEEDED',
      cause: 'PROMOTE',
      environment: { name: 'staging' },
      from: { version: 'v1', environmentId: `${HELLO}/dev` },
    });
    expect((await httpGet(urls.staging as string)).body).toContain('Hello from Pave');
  });

  it('asks before promoting to production, and refuses without an answer off a terminal', async () => {
    const refused = await pave(['promote', '--from', 'staging', '--to', 'prod']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'Error: Promote v1 of staging to prod, a protected production environment? Refusing without a confirmation.',
    );
    expect(refused.stderr).toContain('Pass --yes (-y) to confirm.');
    const { data } = await platform.graphql(
      `{ environment(id: "${HELLO}/prod") { releases { totalCount } } }`,
    );
    expect(data.environment.releases.totalCount).toBe(0);

    const noTarget = await pave(['promote', '--from', 'staging']);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toBe(
      'Error: Missing --to NAME: the environment to promote to.\nLike pave promote --from dev --to staging.\n',
    );

    const confirmed = await pave(['promote', '--from', 'staging', '--to', 'prod', '-y']);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toMatch(/^v1 SUCCEEDED /m);
  });

  it('says the source has no release when there is nothing to promote', async () => {
    const empty = await platform.graphql(
      'mutation { createEnvironment(input: { componentRef: "hello-web", name: "qa", type: STAGING }) { environment { id } } }',
    );
    expect(empty.errors).toBeUndefined();
    const run = await pave(['promote', '--from', 'qa', '--to', 'staging']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Error: qa has no release to promote.\nDeploy to it first: pave deploy -e qa.\n');
  });

  it('rolls back to the previous successful release, after a confirmation', async () => {
    const again = await pave(['deploy', '-e', 'dev', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ version: 'v3', status: 'SUCCEEDED' });

    const unconfirmed = await pave(['rollback', '-e', 'dev']);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('Roll back dev from v3 to v1 (Deploy main)?');

    const run = await pave(['rollback', '-e', 'dev', '--yes']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Roll back dev to v1: v4');
    expect(run.stdout).toMatch(/^v4 SUCCEEDED /m);
    const plainInfo = await pave(['releases', 'info', 'v4', '-e', 'dev']);
    expect(plainInfo.stdout).toMatch(/^from: +v1 of dev$/m);
    expect(plainInfo.stdout).toMatch(/^cause: +rollback$/m);
    const info = JSON.parse((await pave(['releases', 'info', 'v4', '-e', 'dev', '--json'])).stdout);
    expect(info).toMatchObject({ cause: 'ROLLBACK', current: true, from: { version: 'v1' } });
    expect((await httpGet(urls.dev as string)).body).toContain('<code>v4</code>');
  });

  it('returns at once with --no-wait, and explains the CONFLICT of a second release in flight', async () => {
    // A commit that takes 3 s to start serving holds its release in DEPLOYING that long.
    git(project, 'checkout', '-q', '-b', 'slow-start');
    const server = join(project, 'server.js');
    const text = await readFile(server, 'utf8');
    const slow = text
      .replace('server.listen(port, () => {', 'setTimeout(() => server.listen(port, () => {')
      .replace('});\n\nfunction shutdown', '}), 3000);\n\nfunction shutdown');
    expect(slow).not.toBe(text);
    await writeFile(server, slow);
    git(project, 'commit', '-q', '-am', 'start slowly');
    git(project, 'checkout', '-q', 'main');

    const started = await pave(['deploy', 'slow-start', '-e', 'dev', '--no-wait', '--json']);
    expect(started.code).toBe(0);
    const release = JSON.parse(started.stdout);
    expect(release).toMatchObject({ version: 'v5', status: 'PENDING', description: 'Deploy slow-start' });
    const second = await pave(['deploy', 'main', '-e', 'dev']);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(
      new RegExp(
        `^Error: Another release is in flight: Release v5 of ${HELLO}/dev is still (pending|deploying); wait for it to finish`,
      ),
    );
    expect(second.stderr).toContain('pave releases info v5 shows how it goes.');
    expect((await waitForRelease(platform.graphql, release.id)).status).toBe('SUCCEEDED');
  });

  it('needs an environment, and names -e when nobody can be asked', async () => {
    const run = await pave(['deploy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `Error: No environment chosen for ${HELLO}.\nName one with --env/-e NAME, PAVE_ENV=NAME or pave env use NAME.\n`,
    );
    // The project's default from `pave env use` serves every release command.
    expect((await pave(['env', 'use', 'staging'])).code).toBe(0);
    const listed = JSON.parse((await pave(['releases', '--json'])).stdout);
    expect(listed.environment).toEqual({ id: `${HELLO}/staging`, name: 'staging' });
    expect((await pave(['env', 'use', '--clear'])).code).toBe(0);
    const unknown = await pave(['releases'], { PAVE_ENV: 'nope' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`Error: ${HELLO} has no environment "nope".`);
  });

  it('says who owns the component when a stranger deploys to a protected environment', async () => {
    const { data } = await platform.graphql(
      'mutation { createServiceToken(input: { name: "payments-ci", groups: ["group:default/team-payments"] }) { token } }',
    );
    const run = await pave(['deploy', '-e', 'prod'], { PAVE_TOKEN: data.createServiceToken.token });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Error: Not allowed: ${HELLO}/prod is protected: only owners of ${HELLO} (group:default/team-storefront) may deploy to it.\n` +
        `${HELLO} is owned by group:default/team-storefront: ask them (or a Pave admin) for access.\n`,
    );
  });

  it('says when the gateway is down', async () => {
    const closed = await closedPort();
    const run = await pave(['deploy', '-e', 'dev'], { PAVE_URL: `http://127.0.0.1:${closed}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Error: Cannot reach the Pave gateway at http://127.0.0.1:${closed}/graphql: ECONNREFUSED.\n` +
        `Is it running? PAVE_URL picks another gateway (now http://127.0.0.1:${closed}).\n`,
    );
  });
});

/** A port nothing listens on: one the system just gave out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
