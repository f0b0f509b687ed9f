import { type AddressInfo, createServer } from 'node:net';
import { CallerToken, type Identity } from '@pave/subgraph-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../port.ts';
import { type BackstageDouble, startBackstageDouble } from './backstageDouble.ts';
import { createBackstageBackend } from './index.ts';

const SERVICE_TOKEN = 'svc-token-for-pave-0123';
const USER_TOKEN = 'user-token-of-a-caller-4567';

const component = (name: string, lifecycle = 'production') => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    uid: `uid-${name}`,
    etag: `etag-${name}`,
    annotations: {
      'backstage.io/managed-by-location': `url:https://github.com/acme/${name}/blob/main/catalog-info.yaml`,
    },
  },
  spec: { type: 'service', lifecycle, owner: 'group:default/team-a' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
});
const team = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

let backstage: BackstageDouble;
beforeEach(async () => {
  backstage = await startBackstageDouble({
    tokens: [SERVICE_TOKEN, USER_TOKEN],
    entities: [
      team,
      component('orders'),
      component('payments'),
      component('legacy', 'deprecated'),
      component('web'),
    ],
  });
});
afterEach(async () => {
  await backstage.close();
});

const backend = (options: Record<string, unknown> = {}) =>
  createBackstageBackend({
    kind: 'backstage',
    baseUrl: backstage.url,
    token: SERVICE_TOKEN,
    pageSize: 2,
    watch: false,
    ...options,
  });
const names = (snapshot: CatalogSnapshot) => snapshot.entities.map((e) => e.entity.metadata.name).sort();
/** An address where nothing listens any more. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
const location = () => `backstage:${backstage.url}/api/catalog`;
const KEPT = '; nothing is removed from the catalog until Backstage can be read to the end';

describe('createBackstageBackend', () => {
  it('reads every page through the cursors, with the service token, dropping Backstage relations', async () => {
    const snapshot = await backend().read();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.complete).toBe(true);
    expect(names(snapshot)).toEqual(['legacy', 'orders', 'payments', 'team-a', 'web']);
    expect(new Set(snapshot.entities.map((e) => e.location))).toEqual(new Set([location()]));
    const orders = snapshot.entities.find((e) => e.entity.metadata.name === 'orders')?.entity;
    expect(orders).not.toHaveProperty('relations');
    expect(orders?.metadata.annotations?.['backstage.io/managed-by-location']).toContain('acme/orders');
    expect(backstage.requests).toHaveLength(3);
    expect(backstage.requests.every((r) => r.token === SERVICE_TOKEN)).toBe(true);
  });

  it('passes its filters to Backstage', async () => {
    const snapshot = await backend({
      filter: ['kind=component,spec.lifecycle=production', 'kind=group'],
    }).read();
    expect(names(snapshot)).toEqual(['orders', 'payments', 'team-a', 'web']);
  });

  it('reports an unreachable, unauthorised or failing catalog against its location', async () => {
    const denied = await backend({ token: 'not-a-valid-token-secret' }).read();
    expect(denied).toEqual({
      entities: [],
      problems: [{ location: location(), reason: `HTTP 401 AuthenticationError: Illegal token${KEPT}` }],
      complete: false,
    });
    expect(JSON.stringify(denied)).not.toContain('not-a-valid-token-secret');

    const previous = process.env.BACKSTAGE_TOKEN;
    delete process.env.BACKSTAGE_TOKEN;
    try {
      const anonymous = await backend({ token: undefined }).read();
      expect(anonymous.problems).toEqual([
        { location: location(), reason: `HTTP 401 AuthenticationError: Missing credentials${KEPT}` },
      ]);
    } finally {
      if (previous !== undefined) process.env.BACKSTAGE_TOKEN = previous;
    }

    backstage.unavailable = true;
    expect((await backend().read()).problems).toEqual([
      { location: location(), reason: `HTTP 503 ServiceUnavailableError: Service Unavailable${KEPT}` },
    ]);

    const url = await closedPortUrl();
    const down = await createBackstageBackend({
      kind: 'backstage',
      baseUrl: url,
      token: SERVICE_TOKEN,
      watch: false,
    }).read();
    expect(down.problems).toEqual([
      {
        location: `backstage:${url}/api/catalog`,
        reason: `cannot reach the Backstage catalog: ECONNREFUSED${KEPT}`,
      },
    ]);
  });

  it('gives an incomplete snapshot with the pages read when a later page fails', async () => {
    backstage.unavailableAfter = 1;
    const snapshot = await backend().read();
    expect(names(snapshot)).toEqual(['legacy', 'orders']);
    expect(snapshot.complete).toBe(false);
    expect(snapshot.problems).toEqual([
      {
        location: location(),
        reason: `HTTP 503 ServiceUnavailableError: Service Unavailable; 2 entities read before${KEPT}`,
      },
    ]);
  });

  it('reports invalid entities by ref, and reads the others', async () => {
    backstage.entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'bad name!' },
    });
    const snapshot = await backend().read();
    expect(names(snapshot)).toHaveLength(5);
    expect(snapshot.problems).toEqual([
      {
        location: location(),
        entityRef: 'component:default/bad name!',
        reason: expect.stringMatching(/^invalid entity: /),
      },
    ]);
  });

  it("fetches entities by ref with the caller's own Backstage token, else the service token", async () => {
    const adapter = backend();
    const issuer = `${backstage.url}/api/auth`;
    const alice: Identity = { subject: 'user:default/alice', kind: 'user', groups: [], admin: false };
    const found = await adapter.getMany(
      ['component:default/orders', 'component:default/nope', 'group:default/team-a'],
      { ...alice, token: new CallerToken(USER_TOKEN, issuer) },
    );
    expect(found.map((e) => e?.entity.metadata.name ?? null)).toEqual(['orders', null, 'team-a']);
    expect(found[0]?.location).toBe(location());
    expect(backstage.requests.at(-1)).toEqual({
      method: 'POST',
      path: '/api/catalog/entities/by-refs',
      token: USER_TOKEN,
    });

    // No token of its own, or one another issuer gave: the service token, never the other token.
    await adapter.getMany(['component:default/web'], alice);
    expect(backstage.requests.at(-1)?.token).toBe(SERVICE_TOKEN);
    await adapter.getMany(['component:default/web'], {
      ...alice,
      token: new CallerToken('okta-token-never-sent', 'https://login.example.com'),
    });
    expect(backstage.requests.at(-1)?.token).toBe(SERVICE_TOKEN);
    expect(JSON.stringify(backstage.requests)).not.toContain('okta-token-never-sent');

    // A Backstage token Backstage refuses is the caller's problem, said without the token.
    const refused = adapter.getMany(['component:default/web'], {
      ...alice,
      token: new CallerToken('stolen-token', issuer),
    });
    await expect(refused).rejects.toThrow(
      "Backstage refused the caller's token: HTTP 401 AuthenticationError: Illegal token",
    );
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    backstage.unavailable = true;
    await expect(adapter.getMany(['component:default/web'], alice)).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'backstage', retryable: true },
    });
  });

  it('takes the issuer of its user tokens from the configuration', async () => {
    const adapter = backend({ userTokenIssuer: 'https://backstage.acme.test/api/auth' });
    const alice: Identity = { subject: 'user:default/alice', kind: 'user', groups: [], admin: false };
    await adapter.getMany(['component:default/web'], {
      ...alice,
      token: new CallerToken(USER_TOKEN, 'https://backstage.acme.test/api/auth'),
    });
    expect(backstage.requests.at(-1)?.token).toBe(USER_TOKEN);
  });
});
