import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave, spawnPave } from '../../cli/test/runPave.ts';
import { httpGet, waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import type { TestPlatform } from './harness.ts';
import { startSamplePlatform } from './samplePlatform.ts';

const DEV = 'component:default/hello-web/dev';
const SECRET = 's3cr3t-t0ken-4711';
const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (process|release|platform)(\[v\d+\])?(\/err)?: /;

/**
 * pave logs with the real binary: the sample app really runs in dev and logs each request it
 * serves, so a request to it is a line to find — with a secret in it masked by the logs API.
 */
describe('pave logs', () => {
  let platform: TestPlatform;
  let project: string;
  let appUrl: string;
  const env = (extra: Record<string, string> = {}) =>
    cleanEnv({
      HOME: platform.dir,
      PAVE_URL: platform.url,
      PAVE_TOKEN: platform.rootToken,
      CI: 'true',
      ...extra,
    });
  const pave = (args: string[], extra: Record<string, string> = {}) =>
    runPave(args, { cwd: project, env: env(extra) });
  /** Makes the app print a line, and waits until the logs API has it. */
  const request = async (path: string) => {
    expect((await httpGet(`${appUrl}${path}`)).status).toBe(404);
    const grep = path.split('?')[0] as string;
    const query = `query($grep: String) { environment(id: "${DEV}") { logs(filter: { grep: $grep }, first: 1) { nodes { line } } } }`;
    for (const deadline = Date.now() + 10_000; ; ) {
      const { data } = await platform.graphql(query, { grep });
      if (data?.environment?.logs?.nodes.length) return;
      if (Date.now() > deadline) throw new Error(`the logs never showed ${grep}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    const sample = await startSamplePlatform({ dev: 'DEVELOPMENT' });
    ({ platform, project } = sample);
    appUrl = sample.urls.dev;
    const set = await platform.graphql(
      `mutation { setVariables(input: { environmentId: "${DEV}", expectedVersion: 0, variables: [{ key: "API_TOKEN", value: "${SECRET}", secret: true }] }) { __typename } }`,
    );
    expect(set.errors).toBeUndefined();
    const deployed = await platform.graphql(
      `mutation { deploy(input: { environmentId: "${DEV}", ref: "main" }) { release { id } } }`,
    );
    expect(deployed.errors).toBeUndefined();
    expect((await waitForRelease(platform.graphql, deployed.data.deploy.release.id)).status).toBe(
      'SUCCEEDED',
    );
    await request('/first-request');
    await request(`/with-secret?token=${SECRET}`);
  });
  afterAll(() => platform?.stop());

  it('shows the newest lines, oldest first, secrets masked', async () => {
    const run = await pave(['logs', '-e', 'dev', '-n', '2']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines[1]).toMatch(/process\[v1\]: .*GET \/with-secret\?token=\[REDACTED\] 404/);

    const all = await pave(['logs', '-e', 'dev']);
    expect(all.stdout).toMatch(/ platform\[v1\]: /);
    expect(all.stdout).toMatch(/ process\[v1\]: hello-web listening on port \d+/);
    expect(all.stdout).not.toContain(SECRET);
  });

  it('filters with --grep (a regular expression) and --since', async () => {
    const regex = await pave(['logs', '-e', 'dev', '--grep', 'GET /(first|second)-request']);
    expect(regex.code).toBe(0);
    expect(regex.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/GET \/first-request 404/)]);
    const text = await pave(['logs', '-e', 'dev', '--grep', 'listening on']);
    expect(text.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/hello-web listening on port/)]);
    // Masked text cannot be searched for.
    const secret = await pave(['logs', '-e', 'dev', '--grep', SECRET]);
    expect(secret.stdout).toBe('');
    expect(secret.stderr).toBe('No lines in dev match.\n');

    const lastHour = await pave(['logs', '-e', 'dev', '--since', '1h', '--grep', 'first-request']);
    expect(lastHour.stdout).toContain('GET /first-request');
    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await pave(['logs', '-e', 'dev', '--since', future]);
    expect(none.stdout).toBe('');
    const bad = await pave(['logs', '-e', 'dev', '--since', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since: "yesterday" is neither a duration nor a date.');
  });

  it('prints JSON: the environment and its lines', async () => {
    const run = await pave(['logs', '-e', 'dev', '-n', '1', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.environment).toEqual({ id: DEV, name: 'dev' });
    expect(json.lines).toEqual([
      {
        time: expect.stringMatching(/Z$/),
        source: 'PROCESS',
        stream: 'STDOUT',
        level: 'INFO',
        releaseNumber: 1,
        line: expect.stringContaining(`token=[REDACTED]`),
        cursor: expect.any(String),
      },
    ]);
  });

  it('follows new lines with -f --json (one object per line) until interrupted, then exits 0', async () => {
    const tail = spawnPave(['logs', '-e', 'dev', '-f', '-n', '1', '--json'], {
      cwd: project,
      env: env(),
      timeoutMs: 30_000,
    });
    await tail.waitForStdout(/with-secret/);
    await httpGet(`${appUrl}/live-${SECRET}`);
    await tail.waitForStdout(/live-/);
    tail.kill('SIGINT');
    const { code, stdout, stderr } = await tail.done;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.line)).toEqual([
      expect.stringContaining('GET /with-secret?token=[REDACTED]'),
      expect.stringContaining('GET /live-[REDACTED] 404'),
    ]);
  });

  it('refuses a stranger, naming the owner, for a search and for a tail', async () => {
    const { data } = await platform.graphql(
      'mutation { createServiceToken(input: { name: "payments-ci", groups: ["group:default/team-payments"] }) { token } }',
    );
    const stranger = { PAVE_TOKEN: data.createServiceToken.token };
    for (const args of [
      ['logs', '-e', 'dev'],
      ['logs', '-e', 'dev', '-f'],
    ]) {
      const run = await pave(args, stranger);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Error: Not allowed: /);
      expect(run.stderr).toContain(
        'component:default/hello-web is owned by group:default/team-storefront: ask them (or a Pave admin) for access.',
      );
    }
  });

  it('resumes after the last line when the connection drops: nothing missed, nothing twice', async () => {
    const proxy = await startProxy(new URL(platform.url).port);
    try {
      const tail = spawnPave(['logs', '-e', 'dev', '-f', '-n', '1'], {
        cwd: project,
        env: env({ PAVE_URL: `http://127.0.0.1:${proxy.port}` }),
        timeoutMs: 30_000,
      });
      await tail.waitForStdout(/live-/);
      await httpGet(`${appUrl}/before-drop`);
      await tail.waitForStdout(/before-drop/);
      // Cut every connection and refuse new ones while the app prints on.
      proxy.drop();
      await tail.waitForStderr(/Connection lost \(.+\); resuming in/);
      await httpGet(`${appUrl}/while-away-1`);
      await httpGet(`${appUrl}/while-away-2`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      proxy.accept();
      await tail.waitForStderr(/Resumed after the last line shown\./, 20_000);
      await httpGet(`${appUrl}/after-resume`);
      await tail.waitForStdout(/after-resume/);
      tail.kill('SIGINT');
      const { code, stdout } = await tail.done;
      expect(code).toBe(0);
      const paths = stdout
        .trimEnd()
        .split('\n')
        .map((line) => /GET (\/\S+) /.exec(line)?.[1]);
      expect(paths).toEqual([
        expect.stringMatching(/^\/live-/),
        '/before-drop',
        '/while-away-1',
        '/while-away-2',
        '/after-resume',
      ]);
    } finally {
      await proxy.close();
    }
  });
});

/** A TCP proxy to the gateway whose connections a test can cut, as a network blip would. */
async function startProxy(targetPort: string) {
  const sockets = new Set<Socket>();
  let accepting = true;
  const server: Server = createServer((client) => {
    if (!accepting) return client.destroy();
    const upstream = tcpConnect(Number(targetPort), '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    drop() {
      accepting = false;
      for (const socket of sockets) socket.destroy();
    },
    accept() {
      accepting = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
