import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave, spawnPave } from '../../cli/test/runPave.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** `pave login`'s device flow (RFC 8628) end to end: the CLI polls, a person approves on the gateway's page. */
describe('pave login with a device code', () => {
  let platform: TestPlatform;
  let work: string;
  const env = (extra: Record<string, string> = {}) =>
    cleanEnv({
      HOME: work,
      XDG_CONFIG_HOME: join(work, 'config'),
      PAVE_URL: platform.url,
      CI: 'true',
      ...extra,
    });
  const form = (path: string, fields: Record<string, string>) =>
    fetch(`${platform.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
  const approve = (userCode: string, token: string, decision = 'approve') =>
    form('/device', { user_code: userCode, token, decision });

  beforeAll(async () => {
    platform = await startTestPlatform();
    work = await mkdtemp(join(tmpdir(), 'pave-cli-login-'));
  });
  afterAll(async () => {
    await platform?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('logs in as a new token with the approver’s groups, and logout revokes it', async () => {
    const created = await platform.graphql(
      'mutation { createServiceToken(input: { name: "jane", groups: ["group:default/team-payments"] }) { token } }',
    );
    const approverToken = created.data.createServiceToken.token as string;

    const login = spawnPave(['login'], { cwd: work, env: env(), timeoutMs: 40_000 });
    const prompt = await login.waitForStderr(/enter the code ([A-Z]{4}-[A-Z]{4})/);
    const userCode = /enter the code ([A-Z]{4}-[A-Z]{4})/.exec(prompt)?.[1] as string;
    expect(prompt).toContain(`open ${platform.url}/device and enter the code ${userCode}`);

    const page = await fetch(`${platform.url}/device?user_code=${userCode}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toContain(`value="${userCode}"`);

    const wrong = await approve(userCode, 'pave_svc_000000000000_wrong');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('This gateway does not accept that token.');
    const approved = await approve(userCode.toLowerCase(), approverToken);
    expect(approved.status).toBe(200);
    expect(await approved.text()).toContain('Device approved');

    const done = await login.done;
    expect(done.stderr).not.toMatch(/pave_svc_/);
    expect(done).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Logged in to .* as service:cli-jane-\d{4}-\d{2}-\d{2}\.\n$/),
    });
    expect(await approve(userCode, approverToken).then((r) => r.status)).toBe(400);

    const credentials = join(work, 'config/pave/credentials.json');
    expect((await stat(credentials)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(credentials, 'utf8')).gateways[platform.url];
    expect(stored).toMatchObject({ method: 'device', subject: expect.stringMatching(/^service:cli-jane-/) });
    expect(stored.token).not.toBe(approverToken);

    const whoami = JSON.parse((await runPave(['whoami', '--json'], { cwd: work, env: env() })).stdout);
    expect(whoami.viewer).toEqual({
      subject: stored.subject,
      kind: 'service',
      groups: ['group:default/team-payments'],
      admin: false,
    });

    const logout = await runPave(['logout'], { cwd: work, env: env() });
    expect(logout.stdout).toBe(`Logged out of ${platform.url} (its token is revoked).\n`);
    const revoked = await platform.graphql('{ viewer { subject } }', {}, stored.token);
    expect(revoked.status).toBe(401);
    // Only tokens a device login minted can be revoked this way: the approver's own stays valid.
    await form('/oauth/revoke', { token: approverToken });
    expect((await platform.graphql('{ viewer { subject } }', {}, approverToken)).data.viewer.subject).toBe(
      'service:jane',
    );
  });

  it('fails the login when the person denies it', async () => {
    const login = spawnPave(['login'], { cwd: work, env: env(), timeoutMs: 40_000 });
    const userCode = /enter the code ([A-Z]{4}-[A-Z]{4})/.exec(
      await login.waitForStderr(/enter the code [A-Z]{4}-[A-Z]{4}/),
    )?.[1];
    expect((await approve(userCode as string, platform.rootToken, 'deny')).status).toBe(200);
    const done = await login.done;
    expect(done.code).toBe(1);
    expect(done.stderr).toContain('Error: The login was denied in the browser.');
  });

  it('answers the token endpoint as RFC 8628 says: pending, slow_down, one token, then invalid_grant', async () => {
    const issued = await (await form('/oauth/device/code', { client_id: 'test-client' })).json();
    expect(issued).toMatchObject({
      device_code: expect.any(String),
      user_code: expect.stringMatching(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/),
      verification_uri: `${platform.url}/device`,
      verification_uri_complete: `${platform.url}/device?user_code=${issued.user_code}`,
      expires_in: 600,
      interval: 5,
    });
    const poll = async () => {
      const response = await form('/oauth/token', {
        grant_type: GRANT,
        device_code: issued.device_code,
        client_id: 'test-client',
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
      return { status: response.status, body: await response.json() };
    };
    expect(await poll()).toMatchObject({ status: 400, body: { error: 'authorization_pending' } });
    expect(await poll()).toMatchObject({ status: 400, body: { error: 'slow_down', interval: 10 } });
    await approve(issued.user_code, platform.rootToken);
    // Still too soon: the approval waits for a poll that respects the interval.
    expect(await poll()).toMatchObject({ status: 400, body: { error: 'slow_down', interval: 15 } });

    const other = await form('/oauth/token', {
      grant_type: 'password',
      device_code: issued.device_code,
      client_id: 'test-client',
    });
    expect(await other.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const wrongClient = await form('/oauth/token', {
      grant_type: GRANT,
      device_code: issued.device_code,
      client_id: 'someone-else',
    });
    expect(await wrongClient.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await fetch(`${platform.url}/oauth/token`)).status).toBe(405);
    expect((await form('/oauth/device/code', { client_id: 'bad id!' })).status).toBe(400);
  });

  it('serves its version without a token', async () => {
    const response = await fetch(`${platform.url}/version`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: 'pave-gateway',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  // Last: it locks this address out of the approval page for ten minutes.
  it('slows down guessing on the approval page: ten failures, then 429 even with a valid token', async () => {
    const issued = await (await form('/oauth/device/code', { client_id: 'pave-cli' })).json();
    // Earlier tests failed a few times from this address too: at most ten failures in all pass.
    const statuses: number[] = [];
    while (statuses.length < 11 && statuses.at(-1) !== 429) {
      statuses.push((await approve('BBBB-BBBB', platform.rootToken)).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true);
    const locked = await approve(issued.user_code, platform.rootToken);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await locked.text()).toContain('Too many failed attempts');
  });
});
