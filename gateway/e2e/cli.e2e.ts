import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave } from '../../cli/test/runPave.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

/** The real `pave` binary, run as a child process from project folders, against an embedded platform. */
describe('pave against the Platform API', () => {
  let platform: TestPlatform;
  let work: string;
  let project: string;
  const pave = (
    args: string[],
    options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {},
  ) =>
    runPave(args, {
      cwd: options.cwd ?? project,
      stdin: options.stdin,
      env: cleanEnv({
        HOME: work,
        XDG_CONFIG_HOME: join(work, 'config'),
        PAVE_URL: platform.url,
        CI: 'true',
        ...options.env,
      }),
    });
  const asRoot = (args: string[], options: { cwd?: string } = {}) =>
    pave(args, { ...options, env: { PAVE_TOKEN: platform.rootToken } });

  beforeAll(async () => {
    platform = await startTestPlatform();
    work = await mkdtemp(join(tmpdir(), 'pave-cli-e2e-'));
    project = join(work, 'hello-web');
    await mkdir(join(project, 'src'), { recursive: true });
    await copyFile(
      join(platform.dir, 'examples/hello-web/catalog-info.yaml'),
      join(project, 'catalog-info.yaml'),
    );
  });
  afterAll(async () => {
    await platform?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('pave info --json describes the component of the working directory', async () => {
    const run = await asRoot(['info', '--json'], { cwd: join(project, 'src') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      component: {
        ref: 'component:default/hello-web',
        name: 'hello-web',
        title: 'Hello web',
        description: "A tiny web page that greets visitors; Pave's runnable sample app",
        type: 'website',
        lifecycle: 'production',
        owner: { ref: 'group:default/team-storefront', title: 'Storefront' },
        system: { ref: 'system:default/storefront', title: 'Storefront' },
        tags: ['website', 'node'],
        links: [{ url: 'https://hello.acme.example', title: 'Website' }],
      },
      context: { source: 'catalog-info.yaml', origin: join(project, 'catalog-info.yaml') },
      environment: null,
      // hello-web has no environments yet in this test.
      environments: [],
    });
  });

  it('prints plain text without escape codes when not on a terminal', async () => {
    const run = await asRoot(['info']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'Hello web — component:default/hello-web',
        'owner:        Storefront (group:default/team-storefront)',
        'system:       Storefront (system:default/storefront)',
        'Website  https://hello.acme.example',
      ]),
    );
  });

  it('finds the component of a monorepo folder from the git remote', async () => {
    const repo = join(work, 'orders-checkout');
    await mkdir(join(repo, 'worker/src'), { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', 'git@github.com:acme/orders-service.git']);
    const inWorker = await asRoot(['info', '--json'], { cwd: join(repo, 'worker/src') });
    expect(JSON.parse(inWorker.stdout).component.ref).toBe('component:default/orders-worker');
    expect(JSON.parse(inWorker.stdout).context).toEqual({
      source: 'git remote',
      origin: 'git@github.com:acme/orders-service.git',
    });
    const atRoot = await asRoot(['info', '--json'], { cwd: repo });
    expect(JSON.parse(atRoot.stdout).component.ref).toBe('component:default/orders-service');
  });

  it('lists the candidates and names the flag when it cannot choose without asking', async () => {
    const pair = join(work, 'pair');
    await mkdir(pair, { recursive: true });
    await writeFile(
      join(pair, 'catalog-info.yaml'),
      'kind: Component\nmetadata:\n  name: orders-service\n---\nkind: Component\nmetadata:\n  name: orders-worker\n',
    );
    const run = await asRoot(['info'], { cwd: pair });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Error: catalog-info.yaml describes 2 components; which one: component:default/orders-service, component:default/orders-worker.\n' +
        'Name it with --component/-c REF or PAVE_COMPONENT=REF.\n',
    });
    const chosen = await asRoot(['info', '--json', '-c', 'orders-worker'], { cwd: pair });
    expect(JSON.parse(chosen.stdout).context).toEqual({ source: '--component', origin: null });
  });

  it('says plainly when the catalog has no such component', async () => {
    const run = await asRoot(['info', '-c', 'no-such-thing']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Error: The catalog has no component "no-such-thing".\npave took it from --component; --component/-c names another.\n',
    );
  });

  it('searches the catalog, as a table or as JSON', async () => {
    const table = await asRoot(['search', 'pay', '--kind', 'api']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^REF +OWNER +TITLE$/);
    expect(table.stdout).toMatch(/^api:default\/payments-api +group:default\/team-payments +Payments API$/m);
    const json = JSON.parse((await asRoot(['search', 'pay', '--kind', 'api', '--json'])).stdout);
    expect(json.query).toBe('pay');
    expect(json.results.map((r: { ref: string }) => r.ref)).toContain('api:default/payments-api');
    expect(json.results.every((r: { kind: string }) => r.kind === 'API')).toBe(true);
  });

  it('reports the CLI and gateway versions, without needing a login', async () => {
    const run = await pave(['version', '--json']);
    expect(run.code).toBe(0);
    const version = JSON.parse(run.stdout);
    expect(version.gateway.url).toBe(platform.url);
    expect(version.gateway.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(version.cli).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('stores a pasted token (never PAVE_TOKEN), uses it, and forgets it on logout without revoking it', async () => {
    const created = await platform.graphql(
      'mutation { createServiceToken(input: { name: "laptop", groups: ["group:default/team-storefront"] }) { token } }',
    );
    const token = created.data.createServiceToken.token as string;

    const login = await pave(['login', '--token', '-', '--json'], { stdin: `${token}\n` });
    expect(login.code).toBe(0);
    const credentials = join(work, 'config/pave/credentials.json');
    expect(JSON.parse(login.stdout)).toEqual({
      gateway: platform.url,
      subject: 'service:laptop',
      method: 'token',
      credentials,
    });
    expect((await stat(credentials)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(credentials, 'utf8')).gateways[platform.url].token).toBe(token);

    const whoami = JSON.parse((await pave(['whoami', '--json'])).stdout);
    expect(whoami).toEqual({
      gateway: platform.url,
      tokenFrom: 'credentials',
      viewer: {
        subject: 'service:laptop',
        kind: 'service',
        groups: ['group:default/team-storefront'],
        admin: false,
      },
    });

    // PAVE_TOKEN wins over the stored login and is never written down.
    const viaEnv = JSON.parse(
      (await pave(['whoami', '--json'], { env: { PAVE_TOKEN: platform.rootToken } })).stdout,
    );
    expect(viaEnv.viewer.subject).toBe('root');
    expect(await readFile(credentials, 'utf8')).not.toContain(platform.rootToken);

    const logout = await pave(['logout']);
    expect(logout).toMatchObject({ code: 0, stdout: `Logged out of ${platform.url}.\n` });
    const after = await pave(['whoami']);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('Run pave login.');
    // A pasted token may serve elsewhere: logout forgot it but did not revoke it.
    const still = await platform.graphql('{ viewer { subject } }', {}, token);
    expect(still.data.viewer.subject).toBe('service:laptop');
  });

  it('refuses to store a token the gateway does not accept', async () => {
    const run = await pave(['login', '--token', 'pave_svc_000000000000_nope']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The gateway at ${platform.url} does not accept this token.`);
    expect(run.stderr).not.toContain('pave_svc_000000000000_nope');
  });
});
