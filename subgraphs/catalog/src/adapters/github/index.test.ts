import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../port.ts';
import { type GithubDouble, startGithubDouble } from './githubDouble.ts';
import { createGithubBackend } from './index.ts';
import { rateLimitOf } from './rateLimit.ts';

const TOKEN = 'ghp_test-token-value-0123456789';
const component = (name: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`;

let github: GithubDouble;
beforeEach(async () => {
  github = await startGithubDouble({
    organization: 'acme',
    token: TOKEN,
    maxPerPage: 2,
    repositories: [
      { name: 'orders', branches: { main: { 'catalog-info.yaml': component('orders') } } },
      { name: 'no-catalog', branches: { main: { 'README.md': '# hi' } } },
      { name: 'old', archived: true, branches: { main: { 'catalog-info.yaml': component('old') } } },
      { name: 'forked', fork: true, branches: { main: { 'catalog-info.yaml': component('forked') } } },
      {
        name: 'payments',
        branches: { trunk: { 'catalog-info.yaml': `${component('payments')}---\n${component('ledger')}` } },
      },
    ],
  });
});
afterEach(async () => {
  await github.close();
});

const backend = (options: Record<string, unknown> = {}) =>
  createGithubBackend({
    kind: 'github',
    organization: 'acme',
    token: TOKEN,
    baseUrl: github.url,
    watch: false,
    concurrency: 1,
    ...options,
  });
const names = (snapshot: CatalogSnapshot) => snapshot.entities.map((e) => e.entity.metadata.name).sort();
const ORDERS = 'url:https://github.example/acme/orders/blob/main/catalog-info.yaml';
/** The organisation's location: its web address, which for this double is the double's own. */
const ORG = () => `url:${github.url}/acme`;
const PAYMENTS = 'url:https://github.example/acme/payments/blob/trunk/catalog-info.yaml';
const KEPT = 'nothing is removed from the catalog until GitHub can be read to the end';

describe('createGithubBackend', () => {
  it("reads every page of the organisation's repositories and each one's catalog file", async () => {
    const snapshot = await backend().read();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.complete).toBe(true);
    expect(names(snapshot)).toEqual(['ledger', 'orders', 'payments']);
    expect(snapshot.entities.find((e) => e.entity.metadata.name === 'orders')).toMatchObject({
      location: ORDERS,
      entity: { metadata: { annotations: { 'backstage.io/managed-by-location': ORDERS } } },
    });
    expect(snapshot.entities.filter((e) => e.location === PAYMENTS)).toHaveLength(2);
    expect(github.requests.filter((p) => p === '/orgs/acme/repos')).toHaveLength(3);
    expect(github.requests).not.toContain('/repos/acme/old/contents/catalog-info.yaml');
    expect(github.requests).not.toContain('/repos/acme/forked/contents/catalog-info.yaml');

    const all = await backend({ includeArchived: true, includeForks: true }).read();
    expect(names(all)).toEqual(['forked', 'ledger', 'old', 'orders', 'payments']);
  });

  it('asks again with ETags, so unchanged files cost no rate limit', async () => {
    const adapter = backend();
    await adapter.read();
    const before = github.rateLimit.remaining;
    expect(names(await adapter.read())).toEqual(['ledger', 'orders', 'payments']);
    // The three listing pages and the 404 of the repository without a catalog file; no file again.
    expect(before - github.rateLimit.remaining).toBe(4);

    const orders = github.repositories[0];
    if (orders?.branches.main) orders.branches.main['catalog-info.yaml'] = component('orders-v2');
    expect(names(await adapter.read())).toEqual(['ledger', 'orders-v2', 'payments']);
  });

  it('stops at a rate limit with an incomplete snapshot, and waits for the reset', async () => {
    const adapter = backend();
    expect((await adapter.read()).complete).toBe(true);
    github.rateLimit.remaining = 4; // the three listing pages and one file
    const orders = github.repositories[0];
    if (orders?.branches.main) orders.branches.main['catalog-info.yaml'] = component('orders-v2');

    const limited = await adapter.read();
    expect(names(limited)).toEqual(['orders-v2']);
    expect(limited.complete).toBe(false);
    const reset = new Date(github.rateLimit.reset * 1000).toISOString();
    expect(limited.problems).toEqual([
      {
        location: 'url:https://github.example/acme/no-catalog/blob/main/catalog-info.yaml',
        reason: 'cannot read: HTTP 403: API rate limit exceeded for user ID 1.',
      },
      {
        location: ORG(),
        reason: `GitHub rate limit reached (API rate limit exceeded for user ID 1.); 1 repositories not read, next attempt after ${reset}`,
      },
      {
        location: ORG(),
        reason: `2 of the organisation's catalog files or repository pages could not be read; ${KEPT}`,
      },
    ]);

    const asked = github.requests.length;
    const waiting = await adapter.read();
    expect(github.requests.length).toBe(asked);
    expect(waiting).toEqual({
      entities: [],
      problems: [
        {
          location: ORG(),
          reason: `GitHub rate limit reached (API rate limit exceeded for user ID 1.); not asked again before ${reset}; ${KEPT}`,
        },
      ],
      complete: false,
    });
  });

  it('gives an incomplete snapshot when the listing fails part-way, reading what it listed', async () => {
    github.listingFailsFromPage = 2;
    const snapshot = await backend().read();
    expect(names(snapshot)).toEqual(['orders']);
    expect(snapshot.complete).toBe(false);
    expect(snapshot.problems).toEqual([
      { location: ORG(), reason: 'cannot list the repositories of acme: HTTP 502: Server Error' },
      {
        location: ORG(),
        reason: `1 of the organisation's catalog files or repository pages could not be read; ${KEPT}`,
      },
    ]);

    github.secondaryRetryAfter = 30;
    const limited = await backend().read();
    expect(limited.entities).toEqual([]);
    expect(limited.complete).toBe(false);
    expect(limited.problems[0]?.reason).toBe(
      'cannot list the repositories of acme: HTTP 403: You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    );
  });

  it('reports failing repositories, bad YAML and bad credentials, never the token', async () => {
    github.failing.add('orders');
    const payments = github.repositories[4];
    if (payments?.branches.trunk) payments.branches.trunk['catalog-info.yaml'] = 'kind: [';
    const snapshot = await backend().read();
    expect(snapshot.entities).toEqual([]);
    expect(snapshot.complete).toBe(false);
    expect(snapshot.problems).toEqual([
      { location: ORDERS, reason: 'cannot read: HTTP 500: Server Error' },
      { location: PAYMENTS, reason: expect.stringMatching(/^invalid YAML at line 2, column 1: /) },
      { location: ORG(), reason: expect.stringMatching(/^1 of the organisation's catalog files/) },
    ]);

    const denied = await backend({ token: 'wrong-token-secret' }).read();
    expect(denied.problems).toEqual([
      { location: ORG(), reason: 'cannot list the repositories of acme: HTTP 401: Bad credentials' },
      { location: ORG(), reason: expect.stringMatching(/could not be read; nothing is removed/) },
    ]);
    expect(JSON.stringify(denied)).not.toContain('wrong-token-secret');
  });

  it('resolves placeholders through the contents API, in the same repository or the organisation', async () => {
    const api = (name: string, definition: string) =>
      `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ${name}\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition: ${definition}\n`;
    github.repositories.push({
      name: 'apis',
      branches: {
        main: {
          'catalog-info.yaml': [
            api('local', '{ $text: ./specs/openapi.yaml }'),
            api('absolute', '{ $text: "https://github.example/acme/payments/blob/trunk/schema.graphql" }'),
            api('missing', '{ $text: ./specs/nope.yaml }'),
            api('foreign', '{ $text: "https://github.example/evil/x/blob/main/a.yaml" }'),
            api('elsewhere', '{ $text: "https://example.com/openapi.yaml" }'),
          ].join('---\n'),
          'specs/openapi.yaml': 'openapi: 3.0.0\n',
        },
      },
    });
    const payments = github.repositories[4];
    if (payments?.branches.trunk) payments.branches.trunk['schema.graphql'] = 'type Query { a: Int }\n';
    const adapter = backend();
    const snapshot = await adapter.read();
    const definition = (name: string) =>
      snapshot.entities.find((e) => e.entity.metadata.name === name)?.entity.spec?.definition;
    expect(definition('local')).toBe('openapi: 3.0.0\n');
    expect(definition('absolute')).toBe('type Query { a: Int }\n');
    const LOCATION = 'url:https://github.example/acme/apis/blob/main/catalog-info.yaml';
    expect(definition('missing')).toEqual({ $text: './specs/nope.yaml' });
    expect(snapshot.problems).toEqual([
      {
        location: LOCATION,
        entityRef: 'api:default/missing',
        keepStored: true,
        reason:
          'placeholder $text "./specs/nope.yaml" at spec.definition: specs/nope.yaml does not exist in acme/apis at main (document at line 21)',
      },
      {
        location: LOCATION,
        entityRef: 'api:default/foreign',
        keepStored: true,
        reason: expect.stringMatching(
          /reads only …\/blob\/<ref>\/<path> URLs of acme's repositories on github\.example/,
        ),
      },
      {
        location: LOCATION,
        entityRef: 'api:default/elsewhere',
        keepStored: true,
        reason: expect.stringMatching(/reads only …\/blob\/<ref>\/<path> URLs of acme's repositories/),
      },
    ]);
    expect(github.requests).not.toContain('/repos/evil/x/contents/a.yaml');

    // Unchanged targets are asked for with their ETag and cost no rate limit.
    const before = github.rateLimit.remaining;
    await adapter.read();
    expect(before - github.rateLimit.remaining).toBe(5); // three listing pages, two 404s
  });

  it('reads a branch other than the default when told', async () => {
    const snapshot = await backend({ branch: 'trunk' }).read();
    expect(names(snapshot)).toEqual(['ledger', 'payments']);
    expect(snapshot.problems).toEqual([]);
  });
});

describe('rateLimitOf', () => {
  const failure = (status: number, headers: Record<string, string>) => ({
    status,
    message: 'limited - https://docs.github.com/rest',
    response: { headers },
  });
  it('reads retry-after, then x-ratelimit-reset, and knows a plain 403 is not a limit', () => {
    const now = Date.parse('2026-11-01T00:00:00Z');
    expect(rateLimitOf(failure(429, { 'retry-after': '7' }), now)).toEqual({
      until: new Date(now + 7000),
      message: 'limited',
    });
    expect(
      rateLimitOf(
        failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 60) }),
        now,
      )?.until,
    ).toEqual(new Date(now + 60_000));
    expect(rateLimitOf(failure(403, { 'x-ratelimit-remaining': '12' }), now)).toBeUndefined();
    expect(rateLimitOf(failure(404, {}), now)).toBeUndefined();
  });
});
