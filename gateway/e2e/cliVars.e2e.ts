import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, PAVE_BIN, runPave, spawnPave } from '../../cli/test/runPave.ts';
import { describeWithTmux, TmuxSession } from '../../cli/test/tmux.ts';
import { LOOP_YAML } from '../../subgraphs/releases/src/testing/loop.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const DEV = 'component:default/hello-web/dev';
// A value that must never be printed: only compared, as a boolean, where it is expected.
const SECRET = `sk_live_${randomBytes(12).toString('hex')}`;

/** `pave env …`, `pave vars …` and `pave run` against a platform with environments and secrets. */
describe('pave env, vars and run', () => {
  let platform: TestPlatform;
  let project: string;
  const paveEnv = (extra: Record<string, string> = {}) =>
    cleanEnv({
      HOME: project,
      XDG_CONFIG_HOME: join(project, '.config'),
      PAVE_URL: platform.url,
      PAVE_TOKEN: platform.rootToken,
      CI: 'true',
      ...extra,
    });
  const pave = async (
    args: string[],
    options: { env?: Record<string, string>; stdin?: string; expectCode?: number } = {},
  ) => {
    const run = await runPave(args, { cwd: project, stdin: options.stdin, env: paveEnv(options.env) });
    // Whatever a command did, the secret's value is in neither stream unless a test asked for it.
    const leaked = run.stdout.includes(SECRET) || run.stderr.includes(SECRET);
    return { ...run, leaked };
  };
  const ok = async (args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) => {
    const run = await pave(args, options);
    // A failure names the command, never with the secret it was given.
    const label = `pave ${args.join(' ').replaceAll(SECRET, '<secret>')}`;
    expect(run.leaked, label).toBe(false);
    expect(run.stderr, label).not.toContain('bug in pave');
    expect(run.code, `${label}: ${run.stderr}`).toBe(0);
    return run;
  };
  const json = async (args: string[], options: { env?: Record<string, string> } = {}) =>
    JSON.parse((await ok([...args, '--json'], options)).stdout);

  beforeAll(async () => {
    platform = await startTestPlatform({
      yaml: LOOP_YAML,
    });
    project = await mkdtemp(join(tmpdir(), 'pave-cli-vars-'));
    await copyFile(
      join(platform.dir, 'examples/hello-web/catalog-info.yaml'),
      join(project, 'catalog-info.yaml'),
    );
  });
  afterAll(async () => {
    await platform?.stop();
    await rm(project, { recursive: true, force: true });
  });

  it('creates environments and previews, and lists them', async () => {
    expect(await json(['env', 'create', 'dev'])).toEqual({
      environment: expect.objectContaining({ id: DEV, name: 'dev', type: 'DEVELOPMENT', protected: false }),
    });
    await ok(['env', 'create', 'staging', '--type', 'staging']);
    const preview = await json(['env', 'create', '--preview', '--branch', 'feature/login', '--ttl', '2h']);
    expect(preview.environment).toMatchObject({
      name: 'preview-feature-login',
      type: 'PREVIEW',
      branch: 'feature/login',
    });
    const ttl = Date.parse(preview.environment.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(119 * 60_000);
    expect(ttl).toBeLessThanOrEqual(120 * 60_000);

    const listed = await json(['env', 'list'], { env: { PAVE_ENV: 'staging' } });
    expect(listed.component).toBe('component:default/hello-web');
    expect(listed.current).toBe('staging');
    expect(listed.environments.map((env: { name: string }) => env.name)).toEqual([
      'dev',
      'preview-feature-login',
      'staging',
    ]);
    const plain = (await ok(['env', 'list', '-e', 'dev'])).stdout;
    expect(plain).not.toContain('\u001b');
    expect(plain).toMatch(/^ENVIRONMENT +TYPE +NOTES +URL$/m);
    expect(plain).toMatch(/^dev \* +development +— +http/m);
    expect(plain).toMatch(
      /^preview-feature-login +preview +branch feature\/login, expires in (2 h|1 h 59 min) +http/m,
    );

    const badType = await pave(['env', 'create', 'qa', '--type', 'qa']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('--type must be one of development, staging, production');
    const noBranch = await pave(['env', 'create', '--preview']);
    expect(noBranch.code).toBe(2);
    expect(noBranch.stderr).toContain('--branch BRANCH is missing.');
    const badTtl = await pave(['env', 'create', '--preview', '--branch', 'x', '--ttl', '2 weeks']);
    expect(badTtl.code).toBe(2);
    expect(badTtl.stderr).toContain('--ttl: "2 weeks" is not a duration.');
    const noName = await pave(['env', 'create']);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('Name of the new environment: missing.');
  });

  it('needs an environment: names -e when none is chosen, lists the ones that exist for a wrong one', async () => {
    const none = await pave(['vars']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'No environment chosen; which one of component:default/hello-web: dev, preview-feature-login, staging.',
    );
    expect(none.stderr).toContain('--env/-e NAME');
    const wrong = await pave(['vars', '-e', 'prod']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      'Error: component:default/hello-web has no environment "prod" (from --env).\nIts environments: dev, preview-feature-login, staging.\n',
    );
  });

  it('sets variables, masks secrets unless revealed, and gets one value', async () => {
    const set = await json(['vars', 'set', '-e', 'dev', 'PORT=8080', 'LOG_LEVEL=debug', '--plain']);
    expect(set).toEqual({ environment: 'dev', version: 1, changedKeys: ['LOG_LEVEL', 'PORT'] });
    const secret = await ok(['vars', 'set', '-e', 'dev', `API_KEY=${SECRET}`]);
    expect(secret.stdout).toBe('Set API_KEY in dev (now version 2).\n');
    const fromStdin = await ok(['vars', 'set', '-e', 'dev', 'WEBHOOK_TOKEN=-'], { stdin: 'whk-123\n' });
    expect(fromStdin.stdout).toBe('Set WEBHOOK_TOKEN in dev (now version 3).\n');
    const again = await ok(['vars', 'set', '-e', 'dev', 'PORT=8080']);
    expect(again.stdout).toBe('Nothing changed in dev: it already was so (version 3).\n');

    const plain = await ok(['vars', '-e', 'dev']);
    expect(plain.stdout).toMatch(/^dev — version 3, by root /m);
    expect(plain.stdout).toMatch(/^API_KEY +secret +v2 by root, \d{4}-\d\d-\d\d \d\d:\d\d UTC +••••••••$/m);
    expect(plain.stdout).toMatch(/^PORT +config +v1 by root, .+ UTC +8080$/m);
    expect(plain.stdout).toContain('Secrets are masked: --reveal shows them');

    const masked = await json(['vars', 'list', '-e', 'dev']);
    expect(masked.version).toBe(3);
    expect(masked.environment).toBe('dev');
    expect(masked.variables.map((v: { key: string }) => v.key)).toEqual([
      'API_KEY',
      'LOG_LEVEL',
      'PORT',
      'WEBHOOK_TOKEN',
    ]);
    expect(masked.variables[0]).toEqual({
      key: 'API_KEY',
      value: null,
      secret: true,
      masked: true,
      version: 2,
      updatedBy: 'root',
      updatedAt: expect.any(String),
    });
    const revealed = await pave(['vars', '-e', 'dev', '--reveal', '--json']);
    expect(revealed.code).toBe(0);
    const apiKey = JSON.parse(revealed.stdout).variables[0];
    expect(apiKey.masked).toBe(false);
    expect(apiKey.value === SECRET).toBe(true);
    const webhook = JSON.parse(revealed.stdout).variables[3];
    expect(webhook).toMatchObject({ key: 'WEBHOOK_TOKEN', value: 'whk-123', secret: true });

    expect((await ok(['vars', 'get', 'PORT', '-e', 'dev'])).stdout).toBe('8080\n');
    const hidden = await pave(['vars', 'get', 'API_KEY', '-e', 'dev']);
    expect(hidden.code).toBe(1);
    expect(hidden.leaked).toBe(false);
    expect(hidden.stderr).toContain('API_KEY is a secret: its value is masked.');
    const shown = await pave(['vars', 'get', 'API_KEY', '-e', 'dev', '--reveal']);
    expect(shown.code).toBe(0);
    expect(shown.stdout === `${SECRET}\n`).toBe(true);
    const noKey = await pave(['vars', 'get', '-e', 'dev']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toBe('Error: Missing KEY.\nUsage: pave vars get KEY [--reveal]\n');
    const missing = await pave(['vars', 'get', 'NOPE', '-e', 'dev']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('NOPE is not set in dev.');

    // Every reveal above is in the platform's audit log, never a value.
    const audit = await platform.graphql(
      `{ secretsAuditLog(environmentId: "${DEV}", first: 50) { nodes { action keys client } } }`,
    );
    const reveals = audit.data.secretsAuditLog.nodes.filter((e: { action: string }) => e.action === 'REVEAL');
    expect(reveals).toContainEqual({
      action: 'REVEAL',
      keys: ['API_KEY'],
      client: expect.stringMatching(/^pave-cli\//),
    });
    expect(JSON.stringify(audit).includes(SECRET)).toBe(false);

    const badKey = await pave(['vars', 'set', '-e', 'dev', `1BAD=${SECRET}`]);
    expect(badKey.code).toBe(2);
    expect(badKey.leaked).toBe(false);
    expect(badKey.stderr).toContain('"1BAD" is not a variable name');
  });

  it('exports as .env, JSON and shell, leaving secrets out unless revealed', async () => {
    const env = await ok(['vars', 'export', '-e', 'dev']);
    expect(env.stdout).toBe('# secrets not revealed: API_KEY WEBHOOK_TOKEN\nLOG_LEVEL=debug\nPORT=8080\n');
    expect(env.stderr).toBe(
      'Left out 2 secret(s): API_KEY, WEBHOOK_TOKEN. --reveal includes them (audited).\n',
    );
    expect(JSON.parse((await ok(['vars', 'export', '-e', 'dev', '--format', 'json'])).stdout)).toEqual({
      LOG_LEVEL: 'debug',
      PORT: '8080',
    });
    expect(await json(['vars', 'export', '-e', 'dev'])).toEqual({ LOG_LEVEL: 'debug', PORT: '8080' });
    expect((await ok(['vars', 'export', '-e', 'dev', '-f', 'shell'])).stdout).toContain("export PORT='8080'");
    const revealed = await pave(['vars', 'export', '-e', 'dev', '--format', 'json', '--reveal']);
    expect(revealed.code).toBe(0);
    expect(JSON.parse(revealed.stdout).API_KEY === SECRET).toBe(true);
  });

  it('imports .env, JSON and shell files, with a dry run first', async () => {
    await writeFile(join(project, '.env.staging'), '# staging\nPORT=9090\nGREETING="hello there"\n');
    const dry = await json(['vars', 'import', '.env.staging', '-e', 'staging', '--dry-run', '--plain']);
    expect(dry).toEqual({
      environment: 'staging',
      dryRun: true,
      format: 'DOTENV',
      version: 0,
      added: ['PORT', 'GREETING'],
      overwritten: [],
      unchanged: [],
    });
    const dryPlain = await ok(['vars', 'import', '.env.staging', '-e', 'staging', '--dry-run']);
    expect(dryPlain.stdout).toBe(
      'Dry run: .env.staging would add 2 and overwrite 0 variable(s) in staging; nothing was changed.\n\n' +
        'added:        PORT, GREETING\noverwritten:  —\nunchanged:    —\n',
    );
    expect((await json(['vars', '-e', 'staging'])).variables).toEqual([]);
    const done = await ok(['vars', 'import', '.env.staging', '-e', 'staging', '--plain']);
    expect(done.stdout).toContain('Imported .env.staging into staging (now version 1).');
    expect(done.stdout).toMatch(/^added: +PORT, GREETING$/m);

    await writeFile(join(project, 'more.json'), JSON.stringify({ PORT: '9091', REGION: 'eu' }));
    const fromJson = await json(['vars', 'import', 'more.json', '-e', 'staging', '--plain']);
    expect(fromJson).toMatchObject({ format: 'JSON', version: 2, added: ['REGION'], overwritten: ['PORT'] });
    const shell = await ok(['vars', 'import', '-', '-e', 'staging', '--plain', '--json'], {
      stdin: "export REGION='us'\nexport TIER='gold'\n",
    });
    expect(JSON.parse(shell.stdout)).toMatchObject({
      format: 'SHELL',
      added: ['TIER'],
      overwritten: ['REGION'],
    });
    const staging = await json(['vars', '-e', 'staging']);
    expect(
      Object.fromEntries(staging.variables.map((v: { key: string; value: string }) => [v.key, v.value])),
    ).toEqual({ GREETING: 'hello there', PORT: '9091', REGION: 'us', TIER: 'gold' });
  });

  it('shows history and diffs, and rolls back after a confirmation', async () => {
    await ok(['vars', 'unset', 'LOG_LEVEL', '-e', 'dev']);
    const history = await json(['vars', 'history', '-e', 'dev']);
    expect(history.version).toBe(4);
    expect(
      history.versions.map((v: { version: number; changes: Array<{ key: string; change: string }> }) => [
        v.version,
        v.changes.map((c) => `${c.change} ${c.key}`),
      ]),
    ).toEqual([
      [4, ['REMOVED LOG_LEVEL']],
      [3, ['ADDED WEBHOOK_TOKEN']],
      [2, ['ADDED API_KEY']],
      [1, ['ADDED LOG_LEVEL', 'ADDED PORT']],
    ]);
    const plainHistory = (await ok(['vars', 'history', '-e', 'dev'])).stdout;
    expect(plainHistory).toMatch(/^v4 \* +\d{4}-\d\d-\d\d \d\d:\d\d UTC +root +-LOG_LEVEL$/m);
    expect(plainHistory).toMatch(/^v1 +.+ +root +\+LOG_LEVEL \+PORT$/m);

    const last = await json(['vars', 'diff', '-e', 'dev']);
    expect(last).toMatchObject({ from: { version: 3 }, to: { version: 4 } });
    expect(last.changes).toEqual([
      { key: 'LOG_LEVEL', change: 'REMOVED', secret: false, oldValue: 'debug', newValue: null },
    ]);
    const span = (await ok(['vars', 'diff', '1', 'v4', '-e', 'dev'])).stdout;
    expect(span).toMatch(/^dev: version 1 → 4$/m);
    expect(span).toMatch(/^\+ +API_KEY \(secret\) +— +••••••••$/m);
    expect(span).toMatch(/^- +LOG_LEVEL +debug +—$/m);

    const unconfirmed = await pave(['vars', 'rollback', '3', '-e', 'dev']);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('Pass --yes (-y) to confirm.');
    const rolled = await json(['vars', 'rollback', 'v3', '-e', 'dev', '--yes']);
    expect(rolled).toEqual({ environment: 'dev', rolledBackTo: 3, version: 5, changedKeys: ['LOG_LEVEL'] });
    expect((await ok(['vars', 'get', 'LOG_LEVEL', '-e', 'dev'])).stdout).toBe('debug\n');
  });

  it('compares two environments, secrets by value only when revealed', async () => {
    await ok(['vars', 'set', '-e', 'staging', `API_KEY=${SECRET}`, 'WEBHOOK_TOKEN=other']);
    const masked = await json(['vars', 'diff', '-e', 'dev', '--with', 'staging']);
    expect(masked.to).toEqual({ environment: 'staging', version: expect.any(Number) });
    expect(masked.notCompared).toEqual(['API_KEY', 'WEBHOOK_TOKEN']);
    expect(masked.changes.map((c: { key: string; change: string }) => `${c.change} ${c.key}`)).toEqual([
      'ADDED GREETING',
      'REMOVED LOG_LEVEL',
      'CHANGED PORT',
      'ADDED REGION',
      'ADDED TIER',
    ]);
    const revealed = await json(['vars', 'diff', '-e', 'dev', '--with', 'staging', '--reveal']);
    expect(revealed.notCompared).toEqual([]);
    // API_KEY is the same on both sides; WEBHOOK_TOKEN differs, and neither value is given.
    expect(revealed.changes.filter((c: { secret: boolean }) => c.secret)).toEqual([
      { key: 'WEBHOOK_TOKEN', change: 'CHANGED', secret: true, oldValue: null, newValue: null },
    ]);
  });

  it('says someone else changed the variables when they did in between, and changes nothing', async () => {
    // A proxy in front of the gateway makes another change just before pave's own arrives.
    const proxy = await startProxy(platform, async (body) => {
      if (!body.includes('setVariables(')) return;
      const { data } = await platform.graphql(`{ variableSet(environmentId: "${DEV}") { version } }`);
      const other = await platform.graphql(
        'mutation($input: SetVariablesInput!) { setVariables(input: $input) { changedKeys } }',
        {
          input: {
            environmentId: DEV,
            expectedVersion: data.variableSet.version,
            variables: [{ key: 'OTHER', value: 'x', secret: false }],
          },
        },
      );
      expect(other.errors).toBeUndefined();
    });
    try {
      const run = await pave(['vars', 'set', 'PORT=7070', '-e', 'dev'], { env: { PAVE_URL: proxy.url } });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'Error: Someone else changed the variables of dev while you were working (now at version 6).\n' +
          'Run the same command again: it starts from the latest version. Check the history first if unsure.\n',
      );
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
    }
    expect((await ok(['vars', 'get', 'PORT', '-e', 'dev'])).stdout).toBe('8080\n');
    expect((await ok(['vars', 'set', 'PORT=7070', '-e', 'dev'])).stdout).toBe(
      'Set PORT in dev (now version 7).\n',
    );
  });

  it('pave run gives a command the variables, its exit code and nothing printed of them', async () => {
    const script = [
      'const ok = process.env.API_KEY === process.env.EXPECTED_KEY;',
      "process.stdout.write('port=' + process.env.PORT + ' key=' + ok);",
      'process.exit(Number(process.argv[1]));',
    ].join(' ');
    const run = await pave(['run', '-e', 'dev', '--', 'node', '-e', script, '3'], {
      env: { EXPECTED_KEY: SECRET, PORT: '1' },
    });
    expect(run.leaked).toBe(false);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('port=7070 key=true');
    expect(run.code).toBe(3);
    const missing = await pave(['run', '-e', 'dev', '--', 'no-such-command-here']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toContain('no-such-command-here: command not found.');
  });

  it('pave run passes a signal sent to pave on to the command, and its end by a signal back', async () => {
    const handles = spawnPave(
      [
        'run',
        '-e',
        'dev',
        '--',
        'node',
        '-e',
        "process.on('SIGTERM', () => { console.log('stopping'); process.exit(7); }); console.error('ready'); setInterval(() => {}, 1000);",
      ],
      { cwd: project, env: paveEnv() },
    );
    await handles.waitForStderr(/ready/);
    handles.kill('SIGTERM');
    expect(await handles.done).toEqual({ code: 7, stdout: 'stopping\n', stderr: 'ready\n' });

    const dies = spawnPave(
      ['run', '-e', 'dev', '--', 'node', '-e', "console.error('ready'); setInterval(() => {}, 1000);"],
      { cwd: project, env: paveEnv() },
    );
    await dies.waitForStderr(/ready/);
    dies.kill('SIGTERM');
    // 128 + 15, as a shell reports a command that SIGTERM ended.
    expect((await dies.done).code).toBe(143);
  });

  it('clones an environment with its variables, and deletes only with a confirmation', async () => {
    const cloned = await json(['env', 'clone', 'dev', 'dev-copy']);
    expect(cloned).toMatchObject({
      environment: { name: 'dev-copy', type: 'DEVELOPMENT', clonedFrom: DEV },
      variablesCopied: true,
      problems: [],
    });
    const copy = await json(['vars', '-e', 'dev-copy']);
    expect(copy.variables.map((v: { key: string }) => v.key)).toEqual([
      'API_KEY',
      'LOG_LEVEL',
      'OTHER',
      'PORT',
      'WEBHOOK_TOKEN',
    ]);

    // The defaults never stand in for the environment to delete.
    const unnamed = await pave(['env', 'delete', '--yes'], { env: { PAVE_ENV: 'dev-copy' } });
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toBe('Error: Missing NAME.\nUsage: pave env delete NAME [--confirm NAME|--yes]\n');
    const refused = await pave(['env', 'delete', 'dev-copy']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Pass --confirm dev-copy (or --yes) to confirm.');
    const wrong = await pave(['env', 'delete', 'dev-copy', '--confirm', 'dev']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--confirm dev does not name dev-copy. Nothing was deleted.');
    const deleted = await json(['env', 'delete', 'dev-copy', '--confirm', 'dev-copy']);
    expect(deleted).toMatchObject({ deleted: 'component:default/hello-web/dev-copy', succeeded: true });
    const names = (await json(['env', 'list'])).environments.map((env: { name: string }) => env.name);
    expect(names).not.toContain('dev-copy');
  });

  it('opens an environment’s URL, or prints it without a browser', async () => {
    const { url } = await json(['env', 'open', 'dev']);
    expect(url).toMatch(/^http/);
    const printed = await ok(['env', 'open'], { env: { PAVE_ENV: 'dev', BROWSER: 'none' } });
    expect(printed.stdout).toBe(`${url}\n`);
  });

  it('explains who owns the component when the token may not change it, and a gateway that is down', async () => {
    const created = await platform.graphql(
      'mutation { createServiceToken(input: { name: "outsider", groups: ["group:default/team-payments"] }) { token } }',
    );
    const outsider = created.data.createServiceToken.token as string;
    const forbidden = await pave(['vars', 'set', 'PORT=1', '-e', 'dev'], { env: { PAVE_TOKEN: outsider } });
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toContain('Error: Not allowed: Only owners of component:default/hello-web');
    expect(forbidden.stderr).toContain('hello-web is owned by group:default/team-storefront');

    const down = await pave(['vars', '-e', 'dev'], { env: { PAVE_URL: 'http://127.0.0.1:9' } });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('Cannot reach the Pave gateway at http://127.0.0.1:9/graphql');
  });

  describeWithTmux('on a terminal (tmux)', () => {
    let terminal: TmuxSession | undefined;
    const start = (args: string) => {
      terminal = TmuxSession.start(`${process.execPath} ${PAVE_BIN} ${args}`, {
        cwd: project,
        env: cleanEnv({
          HOME: project,
          XDG_CONFIG_HOME: join(project, '.config'),
          PAVE_URL: platform.url,
          PAVE_TOKEN: platform.rootToken,
        }),
        width: 160,
      });
      return terminal;
    };
    afterEach(() => terminal?.kill());

    it('deletes an environment once its name is typed, and refuses a wrong name', async () => {
      await ok(['env', 'create', 'scratch']);
      const wrong = start('env delete scratch');
      await wrong.waitFor('(type scratch to confirm)');
      wrong.send('scratc', { literal: true });
      wrong.send('Enter');
      const refused = await wrong.waitFor('[exit 1]');
      expect(refused).toContain('Not confirmed: "scratc" is not "scratch". Nothing was changed.');
      expect((await json(['env', 'list'])).environments.map((e: { name: string }) => e.name)).toContain(
        'scratch',
      );
      wrong.kill();

      const right = start('env delete scratch');
      await right.waitFor(
        '? Delete scratch of component:default/hello-web, with its variables and releases?',
      );
      right.send('scratch', { literal: true });
      right.send('Enter');
      const done = await right.waitFor('[exit 0]');
      expect(done).toContain('✔ Deleted scratch.');
      expect((await json(['env', 'list'])).environments.map((e: { name: string }) => e.name)).not.toContain(
        'scratch',
      );
    });

    it('asks which environment when none is chosen, and masks a value typed at the prompt', async () => {
      const tty = start('vars set PIN');
      await tty.waitFor('No environment chosen; which one of component:default/hello-web');
      tty.send('Enter');
      await tty.waitFor('? Value of PIN');
      tty.send('4321', { literal: true });
      const typing = await tty.waitFor('****');
      expect(typing).not.toContain('4321');
      tty.send('Enter');
      const done = await tty.waitFor('[exit 0]');
      expect(done).toMatch(/✔ Set PIN in dev \(now version \d+\)\./);
      const pin = await pave(['vars', 'get', 'PIN', '-e', 'dev', '--reveal']);
      expect(pin.stdout).toBe('4321\n');
    });

    it('rolls back to a version picked from the history, after showing what changes and a y', async () => {
      const before = await json(['vars', 'history', '-e', 'dev', '-n', '2']);
      const [current, previous] = before.versions;
      const tty = start('vars rollback -e dev');
      await tty.waitFor('? Roll dev back to which version');
      tty.send('Enter');
      await tty.waitFor(`Rolling back dev to version ${previous.version} changes:`);
      const asked = await tty.waitFor(
        `Roll back the variables of dev from version ${current.version} to ${previous.version}? (y/N)`,
      );
      expect(asked).toMatch(/- +PIN \(secret\) +•••••••• +—/);
      expect(asked).not.toContain('4321');
      tty.send('y', { literal: true });
      const done = await tty.waitFor('[exit 0]');
      expect(done).toContain(
        `✔ Rolled back to version ${previous.version}: PIN in dev (now version ${current.version + 1}).`,
      );
      expect((await json(['vars', '-e', 'dev'])).variables.map((v: { key: string }) => v.key)).not.toContain(
        'PIN',
      );
    });
  });
});

/** An HTTP proxy to the platform that lets `before` act on each request body first. */
async function startProxy(
  platform: TestPlatform,
  before: (body: string) => Promise<void>,
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    await before(body);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        ([name]) => !['host', 'content-length', 'connection'].includes(name),
      ),
    ) as Record<string, string>;
    const upstream = await fetch(`${platform.url}${req.url}`, {
      method: req.method,
      headers,
      body: body || undefined,
    });
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
