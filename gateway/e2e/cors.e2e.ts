import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const PORTAL = 'http://portal.acme.test:3000';
const ELSEWHERE = 'https://evil.test';

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('CORS for browser clients on other origins', () => {
  let open: TestPlatform;
  let closed: TestPlatform;
  const catalog =
    'subgraphs:\n  catalog:\n    adapter: { kind: files, paths: [examples/catalog/all.yaml] }\n';

  beforeAll(async () => {
    [open, closed] = await Promise.all([
      startTestPlatform({ yaml: `gateway:\n  cors:\n    origins: ["${PORTAL}"]\n${catalog}` }),
      startTestPlatform({ yaml: catalog }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([open?.stop(), closed?.stop()]);
  });

  it('answers a preflight from a configured origin with what the browser needs', async () => {
    const response = await preflight(`${open.url}/graphql`, PORTAL);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets the configured origin read the answer of a real request', async () => {
    const response = await fetch(`${open.url}/graphql`, {
      method: 'POST',
      headers: {
        origin: PORTAL,
        'content-type': 'application/json',
        authorization: `Bearer ${open.rootToken}`,
      },
      body: JSON.stringify({ query: '{ viewer { subject } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(await response.json()).toEqual({ data: { viewer: { subject: 'root' } } });
  });

  it('never allows an origin that is not configured', async () => {
    const response = await preflight(`${open.url}/graphql`, ELSEWHERE);
    expect(response.headers.get('access-control-allow-origin')).not.toBe(ELSEWHERE);
  });

  it('allows no cross-origin access when no origin is configured', async () => {
    const response = await preflight(`${closed.url}/graphql`, PORTAL);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a malformed origin in the configuration with a clear message', async () => {
    await expect(
      startTestPlatform({ yaml: `gateway:\n  cors:\n    origins: ["portal.acme.test/path"]\n` }),
    ).rejects.toThrow(/gateway\.cors\.origins\[0\].*an origin such as/);
  });
});
