import { createServer, type Server } from 'node:http';
import { listen } from '@pave/subgraph-kit';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const ISSUER = 'https://backstage.acme.test';

/** A JWKS endpoint as Backstage's auth backend (or any OIDC provider) serves it. */
async function startIssuer() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const url = await listen(server, '127.0.0.1', 0);
  const sign = (claims: Record<string, unknown>, options: { expiresIn?: string; key?: CryptoKey } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'key-1' })
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(options.key ?? privateKey);
  return { url: `${url}/jwks.json`, sign, close: () => server.close() };
}

describe('JWTs from a trusted issuer', () => {
  let issuer: Awaited<ReturnType<typeof startIssuer>>;
  let platform: TestPlatform;
  const viewer = (token: string) => platform.graphql('{ viewer { subject kind groups admin } }', {}, token);

  beforeAll(async () => {
    issuer = await startIssuer();
    platform = await startTestPlatform({
      yaml: [
        'gateway:',
        '  auth:',
        '    jwt:',
        `      - issuer: ${ISSUER}`,
        '        audience: pave',
        `        jwksUrl: ${issuer.url}`,
        '        groupsClaim: ent',
        '        adminGroups: [group:default/platform]',
        'subgraphs:',
        '  catalog:',
        '    adapter: { kind: files, paths: [examples/catalog/all.yaml] }',
      ].join('\n'),
    });
  });
  afterAll(async () => {
    await platform?.stop();
    issuer?.close();
  });

  const claims = {
    iss: ISSUER,
    aud: 'pave',
    sub: 'user:default/alice',
    ent: ['user:default/alice', 'group:default/team-storefront'],
  };

  it('accepts a valid token and takes the subject and groups from it', async () => {
    const { status, data } = await viewer(await issuer.sign(claims));
    expect(status).toBe(200);
    expect(data.viewer).toEqual({
      subject: 'user:default/alice',
      kind: 'user',
      groups: ['user:default/alice', 'group:default/team-storefront'],
      admin: false,
    });
  });

  it('makes members of an admin group admins', async () => {
    const { data } = await viewer(await issuer.sign({ ...claims, ent: ['group:default/platform'] }));
    expect(data.viewer.admin).toBe(true);
  });

  it.each([
    ['the wrong audience', { ...claims, aud: 'someone-else' }, {}],
    ['an unknown issuer', { ...claims, iss: 'https://evil.test' }, {}],
    ['no subject', { iss: ISSUER, aud: 'pave' }, {}],
    ['an expired token', claims, { expiresIn: '-1m' }],
  ])('refuses %s with 401', async (_what, body, options) => {
    const response = await viewer(await issuer.sign(body, options));
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const response = await viewer(await issuer.sign(claims, { key: privateKey }));
    expect(response.status).toBe(401);
  });
});
