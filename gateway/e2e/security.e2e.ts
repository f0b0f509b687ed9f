import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

describe('gateway security and limits', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({
      yaml: `gateway:\n  limits:\n    depth: 4\n    aliases: 3\n    tokens: 300\n    cost: 200\n    bodyBytes: 4096\nsubgraphs:\n  catalog:\n    adapter:\n      kind: files\n      paths: [examples/catalog/all.yaml]\n`,
    });
  });
  afterAll(() => platform?.stop());

  it('refuses a request without a token with 401 UNAUTHENTICATED', async () => {
    const response = await platform.graphql('{ entities { totalCount } }', {}, null);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  });

  it('refuses a wrong token the same way', async () => {
    const response = await platform.graphql('{ entities { totalCount } }', {}, 'pave_root_not-the-token');
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a direct call to a subgraph that the gateway did not sign', async () => {
    const catalog = platform.capabilities.find((c) => c.module.name === 'catalog');
    const response = await fetch(catalog!.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.rootToken}` },
      body: JSON.stringify({ query: '{ entities { totalCount } }' }),
    });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await fetch(catalog!.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pave-identity': 'eyJhbGciOiJIUzI1NiJ9.e30.AAAA' },
      body: JSON.stringify({ query: '{ entities { totalCount } }' }),
    });
    expect(forged.status).toBe(401);
  });

  it('refuses a query deeper than the limit before running it', async () => {
    const { data, errors } = await platform.graphql(
      '{ entity(ref: "hello-web") { ... on Component { owner { ... on Group { parent { ... on Group { children { ... on Group { members { name } } } } } } } } } }',
    );
    expect(data).toBeUndefined();
    expect(errors?.[0]).toMatchObject({
      message: 'The query is 6 levels deep; the limit is 4.',
      extensions: { code: 'BAD_USER_INPUT', field: 'query', rule: 'depth at most 4' },
    });
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = await platform.graphql(
      '{ a: viewer { kind } b: viewer { kind } c: viewer { kind } d: viewer { kind } }',
    );
    expect(aliases.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'aliases at most 3',
    });
    const long = await platform.graphql(`{ ${'viewer { kind } '.repeat(100)} }`);
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'tokens at most 300',
    });
  });

  it('refuses a query whose estimated cost is over the limit', async () => {
    const cheap = await platform.graphql('{ entities(first: 5) { nodes { ref } } }');
    expect(cheap.errors, JSON.stringify(cheap.errors)).toBeUndefined();
    const costly = await platform.graphql('{ entities { nodes { relations { targetRef } } } }');
    expect(costly.data ?? null).toBeNull();
    expect(costly.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/estimated cost is \d+; the limit is 200/),
      extensions: { code: 'BAD_USER_INPUT', field: 'query', rule: 'estimated cost at most 200' },
    });
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await platform.graphql(`{ viewer { kind } } # ${'x'.repeat(5000)}`);
    expect(response.status).toBe(413);
  });

  it('creates, uses and revokes a service token, storing only its hash', async () => {
    const created = await platform.graphql(
      'mutation { createServiceToken(input: { name: "ci" }) { token serviceToken { id name admin } } }',
    );
    expect(created.errors).toBeUndefined();
    const { token, serviceToken } = created.data.createServiceToken;
    expect(token).toMatch(/^pave_svc_/);
    const asService = await platform.graphql('{ viewer { subject kind admin } }', {}, token);
    expect(asService.data.viewer).toEqual({ subject: 'service:ci', kind: 'service', admin: false });
    const notAdmin = await platform.graphql('{ serviceTokens { id } }', {}, token);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { data } = await platform.graphql('{ serviceTokens { id name revokedAt } }');
    expect(data.serviceTokens).toContainEqual({ id: serviceToken.id, name: 'ci', revokedAt: null });

    await platform.graphql('mutation($id: ID!) { revokeServiceToken(id: $id) { revokedAt } }', {
      id: serviceToken.id,
    });
    const revoked = await platform.graphql('{ viewer { subject } }', {}, token);
    expect(revoked.status).toBe(401);
  });

  it('logs one line per request with the caller, and never a token', async () => {
    await platform.graphql('query WhoAmI { viewer { subject } }');
    const line = platform.logLines.map((l) => JSON.parse(l)).find((l) => l.operation === 'WhoAmI');
    expect(line).toMatchObject({ msg: 'request', status: 200, caller: 'root' });
    expect(typeof line.durationMs).toBe('number');
    expect(platform.logLines.join('\n')).not.toContain(platform.rootToken);
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    await platform.graphql('{ entities { totalCount } }');
    expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${platform.url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${platform.url}/metrics`)).text();
    expect(metrics).toMatch(/pave_gateway_requests_total\{operation="WhoAmI",status="200"\} \d+/);
    expect(metrics).toContain('pave_gateway_subgraph_request_duration_seconds_bucket');
  });
});
