/**
 * A Backstage user's own token, through the gateway to Backstage: a caller who signed in to Pave
 * with a Backstage JWT reads catalog entities as themselves (Backstage's permissions apply); other
 * callers read what Pave loaded with the adapter's service token. The token goes to the catalog
 * subgraph and on to Backstage's by-refs only, and is never logged.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import {
  CALLER_TOKEN_HEADER,
  CallerToken,
  IDENTITY_HEADER,
  type Identity,
  IdentitySigner,
  listen,
  loadIdentityKey,
} from '@pave/subgraph-kit';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BackstageDouble,
  startBackstageDouble,
} from '../../subgraphs/catalog/src/adapters/backstage/backstageDouble.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const SERVICE_TOKEN = 'pave-service-token-for-backstage';

const component = (name: string, owner: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner },
});

/** Backstage's auth backend as far as Pave sees it: a JWKS, and user tokens signed with its key. */
async function startBackstageAuth(backstageUrl: string) {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'backstage-1', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const url = await listen(server, '127.0.0.1', 0);
  const issuer = `${backstageUrl}/api/auth`;
  const sign = (sub: string) =>
    new SignJWT({ sub, ent: [sub], aud: 'backstage' })
      .setProtectedHeader({ alg: 'ES256', kid: 'backstage-1' })
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  return { jwksUrl: `${url}/jwks.json`, issuer, sign, close: () => server.close() };
}

describe("the caller's Backstage token, passed through to Backstage", () => {
  let backstage: BackstageDouble;
  let auth: Awaited<ReturnType<typeof startBackstageAuth>>;
  let platform: TestPlatform;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    const tokens = [SERVICE_TOKEN];
    backstage = await startBackstageDouble({
      tokens,
      entities: [component('orders', 'user:default/alice'), component('payments', 'user:default/bob')],
    });
    auth = await startBackstageAuth(backstage.url);
    alice = await auth.sign('user:default/alice');
    bob = await auth.sign('user:default/bob');
    tokens.push(alice, bob);
    // Backstage's permissions, as this test's organisation sets them: users see what they own.
    backstage.mayRead = (token, entity) =>
      token === SERVICE_TOKEN ||
      (token === alice && entity.spec.owner === 'user:default/alice') ||
      (token === bob && entity.spec.owner === 'user:default/bob');

    platform = await startTestPlatform({
      yaml: [
        'gateway:',
        '  auth:',
        '    jwt:',
        `      - issuer: ${auth.issuer}`,
        '        audience: backstage',
        `        jwksUrl: ${auth.jwksUrl}`,
        '        groupsClaim: ent',
        '        passTokenTo: [catalog]',
        'subgraphs:',
        '  catalog:',
        `    adapter: { kind: backstage, baseUrl: ${backstage.url}, token: ${SERVICE_TOKEN}, watch: false }`,
      ].join('\n'),
    });
  });
  afterAll(async () => {
    await platform?.stop();
    auth?.close();
    await backstage?.close();
  });

  const byRefs = '{ entitiesByRefs(refs: ["orders", "payments"]) { ref } }';
  const lastByRefs = () =>
    backstage.requests.filter((r) => r.path === '/api/catalog/entities/by-refs').at(-1);

  it("asks Backstage's by-refs with the caller's own token, so its permissions apply", async () => {
    const asAlice = await platform.graphql(byRefs, {}, alice);
    expect(asAlice.errors).toBeUndefined();
    expect(asAlice.data.entitiesByRefs).toEqual([{ ref: 'component:default/orders' }, null]);
    expect(lastByRefs()?.token).toBe(alice);

    const asBob = await platform.graphql(byRefs, {}, bob);
    expect(asBob.data.entitiesByRefs).toEqual([null, { ref: 'component:default/payments' }]);
    expect(lastByRefs()?.token).toBe(bob);
  });

  it('serves other callers from what was loaded with the service token, without asking Backstage', async () => {
    const before = backstage.requests.length;
    const asRoot = await platform.graphql(byRefs);
    expect(asRoot.data.entitiesByRefs).toEqual([
      { ref: 'component:default/orders' },
      { ref: 'component:default/payments' },
    ]);
    expect(backstage.requests.length).toBe(before);
    expect(
      backstage.requests.filter((r) => r.path.endsWith('/by-query')).every((r) => r.token === SERVICE_TOKEN),
    ).toBe(true);
  });

  it('answers FORBIDDEN, without the token, when Backstage refuses it', async () => {
    const revoked = await auth.sign('user:default/mallory'); // valid for Pave, unknown to Backstage
    const response = await platform.graphql('{ entity(ref: "orders") { ref } }', {}, revoked);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(response)).not.toContain(revoked);
  });

  it('lets a subgraph accept only the token the signed identity vouches for', async () => {
    const signer = new IdentitySigner(await loadIdentityKey({ dataDir: join(platform.dir, '.pave') }));
    const catalog = platform.capabilities.find((c) => c.module.name === 'catalog');
    const call = (identity: Identity, callerToken: string) =>
      fetch(catalog?.server.url ?? '', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: signer.sign(identity),
          [CALLER_TOKEN_HEADER]: callerToken,
        },
        body: JSON.stringify({ query: '{ entity(ref: "orders") { ref } }' }),
      });
    const user: Identity = { subject: 'user:default/bob', kind: 'user', groups: [], admin: false };
    // Bob's identity, signed, with Alice's token slipped in: refused.
    const vouched = { ...user, token: new CallerToken(bob, auth.issuer) };
    expect((await call(vouched, alice)).status).toBe(401);
    expect((await call(user, alice)).status).toBe(401);
    const ok = await call(vouched, bob);
    expect(ok.status).toBe(200);
    expect((await ok.json()).data.entity).toBeNull(); // Bob may not see orders
    expect(lastByRefs()?.token).toBe(bob);
  });

  it('never logs a token', () => {
    const logs = platform.logLines.join('\n');
    expect(logs).not.toContain(alice);
    expect(logs).not.toContain(bob);
    expect(logs).not.toContain(SERVICE_TOKEN);
  });
});
