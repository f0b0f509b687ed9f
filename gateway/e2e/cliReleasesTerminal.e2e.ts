import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { cleanEnv, PAVE_BIN } from '../../cli/test/runPave.ts';
import { describeWithTmux, TmuxSession } from '../../cli/test/tmux.ts';
import { git, httpGet, waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import type { TestPlatform } from './harness.ts';
import { startSamplePlatform } from './samplePlatform.ts';

const DEV = 'component:default/hello-web/dev';

describeWithTmux('pave releases and logs on a terminal (tmux)', () => {
  let platform: TestPlatform;
  let project: string;
  let appUrl: string;
  let terminal: TmuxSession | undefined;
  const start = (args: string) => {
    terminal = TmuxSession.start(`${process.execPath} ${PAVE_BIN} ${args}`, {
      cwd: project,
      env: cleanEnv({ HOME: platform.dir, PAVE_URL: platform.url, PAVE_TOKEN: platform.rootToken }),
      width: 120,
    });
    return terminal;
  };
  const deploy = async () => {
    const { data, errors } = await platform.graphql(
      `mutation { deploy(input: { environmentId: "${DEV}", ref: "main" }) { release { id } } }`,
    );
    expect(errors).toBeUndefined();
    expect((await waitForRelease(platform.graphql, data.deploy.release.id)).status).toBe('SUCCEEDED');
  };

  beforeAll(async () => {
    expect(TmuxSession.available(), 'tmux is required: apt-get install -y tmux').toBe(true);
    const sample = await startSamplePlatform({
      dev: 'DEVELOPMENT',
      staging: 'DEVELOPMENT',
      prod: 'PRODUCTION',
    });
    ({ platform, project } = sample);
    appUrl = sample.urls.dev;
  });
  afterEach(() => terminal?.kill());
  afterAll(() => platform?.stop());

  it('draws a deploy live and leaves its phases on the screen', async () => {
    const tty = start('deploy main -e dev');
    const done = await tty.waitFor('[exit 0]', 30_000);
    expect(done).toMatch(/✔ Deploy main to dev · v1 · PENDING → DEPLOYING → SUCCEEDED \(\d+\.\d s\)/);
    expect(done).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
  });

  it('asks which environment when none is chosen', async () => {
    const tty = start('releases');
    await tty.waitFor('? Which environment');
    tty.send('Enter');
    const shown = await tty.waitFor('[exit 0]');
    expect(shown).toContain('Releases of component:default/hello-web in dev');
    expect(shown).toMatch(/v1 \* +SUCCEEDED +Deploy main/);
  });

  it('rolls back once the confirmation is answered at the prompt', async () => {
    await deploy(); // v2, so that v1 is the previous one
    const tty = start('rollback -e dev');
    await tty.waitFor('? Roll back dev from v2 to v1 (Deploy main)? (y/N)');
    tty.send('y', { literal: true });
    const done = await tty.waitFor('[exit 0]', 30_000);
    expect(done).toMatch(/✔ Roll back dev to v1 · v3 · PENDING → DEPLOYING → SUCCEEDED/);
    const { data } = await platform.graphql(
      `{ environment(id: "${DEV}") { currentRelease { version cause } } }`,
    );
    expect(data.environment.currentRelease).toEqual({ version: 'v3', cause: 'ROLLBACK' });
  });

  it('declining the rollback changes nothing', async () => {
    const tty = start('rollback -e dev');
    await tty.waitFor('(y/N)');
    tty.send('n', { literal: true });
    const done = await tty.waitFor('[exit 1]');
    expect(done).toContain('Cancelled. Nothing was changed.');
    const { data } = await platform.graphql(`{ environment(id: "${DEV}") { releases { totalCount } } }`);
    expect(data.environment.releases.totalCount).toBe(3);
  });

  it('asks where to promote to, then promotes to production once its name is typed', async () => {
    const tty = start('promote -e dev');
    const asked = await tty.waitFor('? Promote dev to which environment');
    expect(asked).toContain('❯ prod');
    expect(asked).toContain('  staging');
    expect(asked).not.toMatch(/^ {2}dev$/m);
    tty.send('Enter');
    await tty.waitFor(
      '? Promote v3 of dev to prod, a protected production environment? (type prod to confirm)',
    );
    tty.send('prod', { literal: true });
    tty.send('Enter');
    const done = await tty.waitFor('[exit 0]', 30_000);
    expect(done).toMatch(/✔ Promote v3 of dev to prod · v1 · PENDING → DEPLOYING → SUCCEEDED/);
  });

  it('Ctrl-C while a release deploys stops following it, and the release goes on', async () => {
    // A commit that takes 3 s to start serving keeps its release DEPLOYING that long.
    git(project, 'checkout', '-q', '-b', 'slow-start');
    const server = join(project, 'server.js');
    const text = await readFile(server, 'utf8');
    await writeFile(
      server,
      text
        .replace('server.listen(port, () => {', 'setTimeout(() => server.listen(port, () => {')
        .replace('});\n\nfunction shutdown', '}), 3000);\n\nfunction shutdown'),
    );
    git(project, 'commit', '-q', '-am', 'start slowly');
    git(project, 'checkout', '-q', 'main');
    const tty = start('deploy slow-start -e staging');
    await tty.waitFor(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Deploy slow-start to staging · v1 · PENDING → DEPLOYING/);
    tty.send('C-c');
    const done = await tty.waitFor('[exit 130]');
    expect(done).toContain('Error: Stopped following v1; the release goes on.');
    expect(done).toContain('pave releases -e staging shows how it ends.');
    const { data } = await platform.graphql(
      `{ environment(id: "${DEV.replace('/dev', '/staging')}") { releases { nodes { id } } } }`,
    );
    const release = await waitForRelease(platform.graphql, data.environment.releases.nodes[0].id);
    expect(release.status).toBe('SUCCEEDED');
  });

  it('pave logs -f shows lines as they arrive, and Ctrl-C stops it with exit code 0', async () => {
    const tty = start('logs -e dev -f -n 3');
    await tty.waitFor('Following dev; Ctrl-C stops.');
    await httpGet(`${appUrl}/first-live-line`);
    await tty.waitFor(/process\[v3\]: .*GET \/first-live-line 404/);
    await httpGet(`${appUrl}/second-live-line`);
    await tty.waitFor(/GET \/second-live-line 404/);
    // In colour: the source in cyan (SGR 36), as on any terminal.
    expect(tty.screen({ escapes: true })).toContain('\u001b[36mprocess[v3]:');
    tty.send('C-c');
    const done = await tty.waitFor('[exit 0]');
    expect(done.match(/first-live-line/g)).toHaveLength(1);
  });
});
