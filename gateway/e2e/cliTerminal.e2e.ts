import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { cleanEnv, PAVE_BIN } from '../../cli/test/runPave.ts';
import { describeWithTmux, TmuxSession } from '../../cli/test/tmux.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

/** pave on a real terminal: Ink draws, a prompt is answered with the keyboard, the device login waits. */
describeWithTmux('pave on a terminal (tmux)', () => {
  let platform: TestPlatform;
  let work: string;
  let terminal: TmuxSession | undefined;
  const start = (args: string, cwd: string, extra: Record<string, string> = {}) => {
    terminal = TmuxSession.start(`${process.execPath} ${PAVE_BIN} ${args}`, {
      cwd,
      env: cleanEnv({ HOME: work, XDG_CONFIG_HOME: join(work, 'config'), PAVE_URL: platform.url, ...extra }),
    });
    return terminal;
  };

  beforeAll(async () => {
    expect(TmuxSession.available(), 'tmux is required: apt-get install -y tmux').toBe(true);
    platform = await startTestPlatform();
    work = await mkdtemp(join(tmpdir(), 'pave-cli-tty-'));
  });
  afterEach(() => terminal?.kill());
  afterAll(async () => {
    await platform?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('asks which component when the folder has several, and shows the one picked', async () => {
    const pair = join(work, 'pair');
    await mkdir(pair, { recursive: true });
    await writeFile(
      join(pair, 'catalog-info.yaml'),
      'kind: Component\nmetadata:\n  name: orders-service\n---\nkind: Component\nmetadata:\n  name: orders-worker\n',
    );
    const tty = start('info', pair, { PAVE_TOKEN: platform.rootToken });
    const prompt = await tty.waitFor('? catalog-info.yaml describes 2 components; which one');
    expect(prompt).toContain('❯ component:default/orders-service');
    expect(prompt).toContain('  component:default/orders-worker');
    tty.send('Down');
    await tty.waitFor('❯ component:default/orders-worker');
    tty.send('Enter');
    const shown = await tty.waitFor('[exit 0]');
    expect(shown).toContain(
      '? catalog-info.yaml describes 2 components; which one component:default/orders-worker',
    );
    expect(shown).toContain('Orders worker — component:default/orders-worker');
    expect(shown).toMatch(/owner +Payments \(group:default\/team-payments\)/);
  });

  it('logs in with a device code: shows the code, waits, and says who you are once approved', async () => {
    const tty = start('login --no-browser', work);
    const screen = await tty.waitFor(/enter this code:\s+([A-Z]{4}-[A-Z]{4})/);
    expect(screen).toContain(`Open ${platform.url}/device and enter this code:`);
    expect(screen).toContain('Waiting for you to approve it in the browser…');
    const userCode = /enter this code:\s+([A-Z]{4}-[A-Z]{4})/.exec(screen)?.[1] as string;

    const approval = await fetch(`${platform.url}/device`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user_code: userCode, token: platform.rootToken, decision: 'approve' }),
    });
    expect(approval.status).toBe(200);

    const done = await tty.waitFor('[exit 0]', 20_000);
    expect(done).toMatch(/✔ Logged in to .* as service:cli-root-\d{4}-\d{2}-\d{2}\./);
    expect(done).not.toContain('Waiting for you to approve');
    const stored = JSON.parse(await readFile(join(work, 'config/pave/credentials.json'), 'utf8'));
    expect(stored.gateways[platform.url]).toMatchObject({
      method: 'device',
      subject: expect.stringMatching(/^service:cli-root-/),
    });
  });
});
