import { createServer, type Server } from 'node:http';
import { listen } from '@pave/subgraph-kit';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const ENV = 'component:default/hello-web/dev';
const REVEAL = `query($id: ID!) { variableSet(environmentId: $id) { variables(reveal: true) { key value masked } } }`;

/**
 * A Backstage backend's auth endpoints as they matter to Pave: user tokens are ES256 JWTs with
 * `iss` = the backend's auth URL, `aud` = `backstage`, `sub` = the user's entity ref and `ent` = the
 * ownership refs (the user and their groups); the keys are at `<auth URL>/.well-known/jwks.json`.
 */
async function startBackstageAuth() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'backstage-1', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/api/auth/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const base = await listen(server, '127.0.0.1', 0);
  const issuer = `${base}/api/auth`;
  const userToken = (user: string, groups: string[]) =>
    new SignJWT({ ent: [`user:default/${user}`, ...groups.map((g) => `group:default/${g}`)] })
      .setProtectedHeader({ alg: 'ES256', kid: 'backstage-1', typ: 'vnd.backstage.user' })
      .setIssuer(issuer)
      .setAudience('backstage')
      .setSubject(`user:default/${user}`)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
  return { issuer, jwksUrl: `${issuer}/.well-known/jwks.json`, userToken, close: () => server.close() };
}

describe('Backstage user tokens', () => {
  let backstage: Awaited<ReturnType<typeof startBackstageAuth>>;
  let platform: TestPlatform;

  beforeAll(async () => {
    backstage = await startBackstageAuth();
    platform = await startTestPlatform({
      yaml: [
        'gateway:',
        '  auth:',
        '    jwt:',
        `      - issuer: ${backstage.issuer}`,
        '        audience: backstage',
        `        jwksUrl: ${backstage.jwksUrl}`,
        '        groupsClaim: ent',
        '        adminGroups: [group:default/platform]',
        'subgraphs:',
        '  catalog:',
        '    adapter: { kind: files, paths: [examples/catalog/all.yaml] }',
      ].join('\n'),
    });
    const created = await platform.graphql(
      'mutation { createEnvironment(input: { componentRef: "hello-web", name: "dev", type: DEVELOPMENT }) { environment { id } } }',
    );
    expect(created.errors).toBeUndefined();
    const set = await platform.graphql(
      `mutation { setVariables(input: { environmentId: "${ENV}", expectedVersion: 0,
         variables: [{ key: "API_KEY", value: "s3cr3t-value", secret: true }] }) { variableSet { version } } }`,
    );
    expect(set.errors).toBeUndefined();
  });
  afterAll(async () => {
    await platform?.stop();
    backstage?.close();
  });

  it('knows the user by their entity ref and their groups from `ent`', async () => {
    const token = await backstage.userToken('jane', ['team-storefront']);
    const { status, data } = await platform.graphql('{ viewer { subject kind groups admin } }', {}, token);
    expect(status).toBe(200);
    expect(data.viewer).toEqual({
      subject: 'user:default/jane',
      kind: 'user',
      groups: ['user:default/jane', 'group:default/team-storefront'],
      admin: false,
    });
  });

  it('makes a member of the owning group an owner in Pave: she may reveal a secret', async () => {
    // hello-web's catalog-info.yaml says `owner: team-storefront`; the token says group:default/team-storefront.
    const token = await backstage.userToken('jane', ['team-storefront']);
    const { data, errors } = await platform.graphql(REVEAL, { id: ENV }, token);
    expect(errors).toBeUndefined();
    expect(data.variableSet.variables).toEqual([{ key: 'API_KEY', value: 's3cr3t-value', masked: false }]);
  });

  it('refuses the reveal to a user whose groups do not own the component', async () => {
    const token = await backstage.userToken('bob', ['team-payments']);
    const { data, errors } = await platform.graphql(REVEAL, { id: ENV }, token);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(data ?? null)).not.toContain('s3cr3t-value');
  });

  it('makes members of an admin group admins', async () => {
    const token = await backstage.userToken('root-of-all', ['platform']);
    const { data } = await platform.graphql('{ viewer { admin } }', {}, token);
    expect(data.viewer.admin).toBe(true);
  });

  it('refuses a Backstage token meant for another audience', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ ent: ['group:default/platform'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'backstage-1' })
      .setIssuer(backstage.issuer)
      .setAudience('backstage')
      .setSubject('user:default/mallory')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await platform.graphql('{ viewer { subject } }', {}, forged)).status).toBe(401);
  });
});
