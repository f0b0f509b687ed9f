import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import {
  createMemoryBus,
  type EventBus,
  openPgliteStore,
  type RuntimeLogLine,
  type Store,
  silentLogger,
  TOPICS,
} from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupAlive } from './process/group.ts';
import { LocalRuntime } from './runtime.ts';
import { copyHelloWeb, tempDir } from './testing/fixtures.ts';

/** GET over a fresh connection, so no keep-alive socket outlives a switch-over. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', reject);
    req.end();
  });
}

describe('the local runtime', () => {
  const env = 'component:default/hello-web/dev';
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let store: Store;
  let bus: EventBus;
  let runtime: LocalRuntime;
  const lines: RuntimeLogLine[] = [];
  let source: Awaited<ReturnType<typeof copyHelloWeb>>;
  const open = () =>
    LocalRuntime.open({
      dataDir: path.join(temp.dir, 'data'),
      store,
      bus,
      log: silentLogger,
      settings: {
        stopGraceMs: 3_000,
        restartBackoff: { initialMs: 200, maxMs: 1_000, resetAfterMs: 60_000 },
      },
    });

  beforeAll(async () => {
    temp = await tempDir();
    store = await openPgliteStore(undefined);
    bus = createMemoryBus();
    await bus.subscribe<RuntimeLogLine>(TOPICS.runtimeLog, (event) => {
      lines.push(event.data);
    });
    source = await copyHelloWeb(path.join(temp.dir, 'src'));
    runtime = await open();
  });
  afterAll(async () => {
    await runtime?.close();
    await bus?.close();
    await store?.close();
    await temp?.remove();
  });

  it('gives an environment a stable address that says when nothing runs yet', async () => {
    const { url } = await runtime.openEnvironment(env);
    expect(await runtime.openEnvironment(env)).toEqual({ url });
    const answer = await get(url);
    expect(answer).toEqual({ status: 503, body: 'No release is running in this environment yet.\n' });
    expect(await runtime.status(env)).toMatchObject({ state: 'empty', url });
  });

  it('starts a release with its variables, PORT and PAVE_RELEASE, and streams what it prints', async () => {
    const built = await runtime.build({ environmentId: env, releaseNumber: 1, component: source.component });
    await runtime.start({
      environmentId: env,
      releaseNumber: 1,
      built,
      variables: [{ key: 'GREETING', value: 'Hello from v1' }],
    });
    const { url } = await runtime.openEnvironment(env);
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Hello from v1');
    expect(page.body).toContain('<code>v1</code>');
    expect(await runtime.status(env)).toMatchObject({ state: 'running', releaseNumber: 1, restarts: 0 });
    await expect
      .poll(() => lines.filter((l) => l.source === 'process').map((l) => l.line))
      .toContainEqual(expect.stringMatching(/^hello-web listening on port \d+ \(release v1\)$/));
    expect(lines).toContainEqual(
      expect.objectContaining({
        source: 'platform',
        environmentId: env,
        line: `release v1 is serving at ${url}`,
      }),
    );
  });

  it('switches to a new release only once it is healthy, then stops the old process', async () => {
    const before = await runtime.status(env);
    const built = await runtime.build({ environmentId: env, releaseNumber: 2, component: source.component });
    await runtime.start({
      environmentId: env,
      releaseNumber: 2,
      built,
      variables: [{ key: 'GREETING', value: 'Hello from v2' }],
    });
    const { url } = await runtime.openEnvironment(env);
    expect((await get(url)).body).toContain('Hello from v2');
    const after = await runtime.status(env);
    expect(after?.pid).not.toBe(before?.pid);
    expect(groupAlive(before?.pid ?? -1)).toBe(false);
  });

  it('keeps the running release when the new one never becomes healthy', async () => {
    await writeFile(
      path.join(source.appDir, 'pave.yaml'),
      'run: node server.js\nhealthcheck: { path: /not-there, timeoutSeconds: 1 }\n',
    );
    const built = await runtime.build({ environmentId: env, releaseNumber: 3, component: source.component });
    const failure = await runtime
      .start({ environmentId: env, releaseNumber: 3, built, variables: [] })
      .catch((error) => error);
    expect(failure).toMatchObject({
      code: 'UNHEALTHY',
      message: 'The app did not become healthy within 1 s (GET /not-there: HTTP 404).',
    });
    const { url } = await runtime.openEnvironment(env);
    expect((await get(url)).body).toContain('Hello from v2');
    expect(await runtime.status(env)).toMatchObject({ state: 'running', releaseNumber: 2 });
  });

  it('restarts a crashed app with back-off and says so', async () => {
    const { pid } = (await runtime.status(env)) ?? {};
    process.kill(pid ?? -1, 'SIGKILL');
    await expect
      .poll(() => runtime.status(env))
      .toMatchObject({
        state: 'crashed',
        restarts: 1,
        message: 'crashed (killed by SIGKILL), restarting in 200 ms',
      });
    await expect
      .poll(() => runtime.status(env), { timeout: 10_000 })
      .toMatchObject({ state: 'running', releaseNumber: 2 });
    const { url } = await runtime.openEnvironment(env);
    expect((await get(url)).body).toContain('Hello from v2');
    expect(lines.map((l) => l.line)).toContain('app crashed (killed by SIGKILL), restarting in 200 ms');
  });

  it('masks the values of secret variables in what the app prints', async () => {
    await writeFile(
      path.join(source.appDir, 'pave.yaml'),
      'run: echo "token is $API_TOKEN, greeting is $GREETING" && node server.js\nhealthcheck: /healthz\n',
    );
    const built = await runtime.build({ environmentId: env, releaseNumber: 4, component: source.component });
    await runtime.start({
      environmentId: env,
      releaseNumber: 4,
      built,
      variables: [
        { key: 'API_TOKEN', value: 's3cr3t-value', secret: true },
        { key: 'GREETING', value: 'Hi' },
      ],
    });
    await runtime.flushLogs();
    const printed = lines.filter((l) => l.releaseNumber === 4 && l.source === 'process').map((l) => l.line);
    expect(printed).toContain('token is [REDACTED], greeting is Hi');
    expect(JSON.stringify(lines)).not.toContain('s3cr3t-value');
  });

  it('comes back at the same address after a restart, and stops everything on close', async () => {
    const { url } = await runtime.openEnvironment(env);
    const { pid } = (await runtime.status(env)) ?? {};
    await runtime.close();
    expect(groupAlive(pid ?? -1)).toBe(false);
    await expect(get(url)).rejects.toThrow();

    runtime = await open();
    await runtime.reopenAll();
    expect((await runtime.status(env))?.url).toBe(url);
    expect((await get(url)).status).toBe(503);
  });

  it('forgets a torn-down environment', async () => {
    const { url } = await runtime.openEnvironment(env);
    expect(await runtime.closeEnvironment(env)).toEqual({ stoppedProcesses: 0 });
    await expect(get(url)).rejects.toThrow();
    expect(await runtime.status(env)).toBeUndefined();
    const built = await runtime.build({ environmentId: env, releaseNumber: 5, component: source.component });
    await expect(
      runtime.start({ environmentId: env, releaseNumber: 5, built, variables: [] }),
    ).rejects.toMatchObject({
      code: 'NO_ENVIRONMENT',
    });
  });

  it('stops the apps an earlier Pave left running, when it starts again', async () => {
    const qa = 'component:default/hello-web/qa';
    await runtime.openEnvironment(qa);
    const built = await runtime.build({ environmentId: qa, releaseNumber: 1, component: source.component });
    await runtime.start({ environmentId: qa, releaseNumber: 1, built, variables: [] });
    const pid = (await runtime.status(qa))?.pid ?? -1;
    expect(groupAlive(pid)).toBe(true);
    // As if this Pave had been killed: the next one opens the same store, and nothing stopped the app.
    const next = await open();
    await expect.poll(() => groupAlive(pid)).toBe(false);
    await next.close();
  });
});
