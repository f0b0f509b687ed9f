import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../errors.ts';
import { DEVICE_CODE_GRANT, type DeviceGrant, pollForToken, startDeviceAuthorization } from './deviceFlow.ts';

/**
 * The token endpoint's answers in RFC 8628 terms, one per poll, from a script. The real gateway's
 * endpoint is exercised end to end in gateway/e2e/cliLogin.e2e.ts; this covers each answer fast.
 */
describe('the device flow client', () => {
  let server: Server;
  let url: string;
  let script: Array<{ status: number; body: Record<string, unknown> }> = [];
  const polls: URLSearchParams[] = [];

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/oauth/device/code') {
        res.end(
          JSON.stringify({
            device_code: 'dc',
            user_code: 'WDJB-MJHT',
            verification_uri: `${url}/device`,
            verification_uri_complete: `${url}/device?user_code=WDJB-MJHT`,
            expires_in: 600,
            interval: 5,
            client: form.get('client_id'),
          }),
        );
        return;
      }
      polls.push(form);
      const next = script.shift() ?? { status: 500, body: {} };
      res.statusCode = next.status;
      res.end(JSON.stringify(next.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const grant = (): DeviceGrant => ({
    deviceCode: 'dc',
    userCode: 'WDJB-MJHT',
    verificationUri: `${url}/device`,
    expiresIn: 600,
    interval: 5,
  });
  /** Records each wait instead of waiting; the clock moves by what was waited. */
  const fakeTime = () => {
    let now = 0;
    const waits: number[] = [];
    return {
      waits,
      sleep: async (ms: number) => {
        waits.push(ms);
        now += ms;
      },
      now: () => now,
    };
  };

  it('reads the device authorization answer', async () => {
    const started = await startDeviceAuthorization(url);
    expect(started).toEqual({
      deviceCode: 'dc',
      userCode: 'WDJB-MJHT',
      verificationUri: `${url}/device`,
      verificationUriComplete: `${url}/device?user_code=WDJB-MJHT`,
      expiresIn: 600,
      interval: 5,
    });
  });

  it('polls every interval while pending, five seconds slower after slow_down, until the token comes', async () => {
    script = [
      { status: 400, body: { error: 'authorization_pending' } },
      { status: 400, body: { error: 'slow_down' } },
      { status: 400, body: { error: 'authorization_pending' } },
      { status: 200, body: { access_token: 'pave_svc_0123456789ab_s', token_type: 'Bearer' } },
    ];
    polls.length = 0;
    const time = fakeTime();
    expect(await pollForToken(url, grant(), time)).toBe('pave_svc_0123456789ab_s');
    expect(time.waits).toEqual([5000, 5000, 10000, 10000]);
    expect(polls[0]?.get('grant_type')).toBe(DEVICE_CODE_GRANT);
    expect(polls[0]?.get('device_code')).toBe('dc');
    expect(polls[0]?.get('client_id')).toBe('pave-cli');
  });

  it('stops with a clear error when the code is denied or expires', async () => {
    script = [{ status: 400, body: { error: 'access_denied' } }];
    await expect(pollForToken(url, grant(), fakeTime())).rejects.toThrow(
      'The login was denied in the browser.',
    );
    script = [{ status: 400, body: { error: 'expired_token' } }];
    await expect(pollForToken(url, grant(), fakeTime())).rejects.toThrow(
      'The code expired before anyone approved it.',
    );
  });

  it('gives up by itself once the code’s lifetime has passed', async () => {
    script = Array.from({ length: 200 }, () => ({ status: 400, body: { error: 'authorization_pending' } }));
    const error = await pollForToken(url, { ...grant(), expiresIn: 12 }, fakeTime()).catch((e) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error.message).toBe('The code expired before anyone approved it.');
    script = [];
  });

  it('reports any other refusal with the gateway’s description', async () => {
    script = [
      {
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Unknown or already used device code.' },
      },
    ];
    await expect(pollForToken(url, grant(), fakeTime())).rejects.toThrow(
      'The gateway refused the login: Unknown or already used device code.',
    );
  });

  it('says so when the gateway has no device endpoint', async () => {
    const bare = createServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    try {
      const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
      const error = await startDeviceAuthorization(bareUrl).catch((e) => e);
      expect(error.message).toBe(`The gateway at ${bareUrl} does not offer device login.`);
      expect(error.hint).toContain('pave login --token');
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  });
});
