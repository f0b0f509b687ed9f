import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeploymentsSubgraph } from './fixtures/deploymentsSubgraph.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

describe('a query through the gateway', () => {
  let platform: TestPlatform;
  const deployments = createDeploymentsSubgraph();

  beforeAll(async () => {
    platform = await startTestPlatform({ modules: (defaults) => [...defaults, deployments.module] });
  });
  afterAll(() => platform?.stop());

  it('returns the demo components with their owners', async () => {
    const { status, data, errors } = await platform.graphql(`{
      entities(filter: { kind: "component" }, first: 100) {
        totalCount
        nodes { ref name ... on Component { lifecycle owner { ref kind } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    const hello = data.entities.nodes.find((n: { ref: string }) => n.ref === 'component:default/hello-web');
    expect(hello).toMatchObject({ name: 'hello-web', owner: { kind: 'Group' } });
    expect(data.entities.totalCount).toBe(data.entities.nodes.length);
  });

  it('crosses two subgraphs for a whole list with one _entities call', async () => {
    deployments.calls.batches = 0;
    deployments.calls.representations = 0;
    const { data, errors } = await platform.graphql(`{
      entities(filter: { kind: "component" }) { nodes { ... on Component { ref deployCount } } }
    }`);
    expect(errors).toBeUndefined();
    const nodes = data.entities.nodes as Array<{ ref: string; deployCount: number }>;
    expect(nodes.length).toBeGreaterThan(2);
    for (const node of nodes) expect(node.deployCount).toBe(node.ref.length);
    expect(deployments.calls).toEqual({ batches: 1, representations: nodes.length });
  });

  it('resolves an entity by a ref written the short way, in any case', async () => {
    const { data } = await platform.graphql('{ entity(ref: "Hello-Web") { ref kind } }');
    expect(data.entity).toEqual({ ref: 'component:default/hello-web', kind: 'Component' });
  });

  it('loads entities by refs in the order asked, null for unknown ones', async () => {
    const { data, errors } = await platform.graphql(
      '{ entitiesByRefs(refs: ["group:team-payments", "nope", "Hello-Web"]) { ref } }',
    );
    expect(errors).toBeUndefined();
    expect(data.entitiesByRefs).toEqual([
      { ref: 'group:default/team-payments' },
      null,
      { ref: 'component:default/hello-web' },
    ]);
  });

  it('pages with stable cursors', async () => {
    const query = `query Page($after: String) {
      entities(first: 2, after: $after) { edges { cursor node { ref } } pageInfo { hasNextPage endCursor } totalCount }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { data }: { data?: any } = await platform.graphql(query, { after });
      seen.push(...data.entities.edges.map((e: { node: { ref: string } }) => e.node.ref));
      if (!data.entities.pageInfo.hasNextPage) break;
      after = data.entities.pageInfo.endCursor;
    }
    const { data } = await platform.graphql('{ entities(first: 1000) { totalCount } }');
    expect(seen.length).toBe(data.entities.totalCount);
    expect([...seen].sort()).toEqual(seen);
  });

  it('answers bad input with BAD_USER_INPUT naming the field and the rule', async () => {
    const { errors } = await platform.graphql('{ entities(first: 5000) { totalCount } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await platform.graphql('{ entities(after: "nonsense") { totalCount } }');
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('tells the caller who they are', async () => {
    const { data } = await platform.graphql('{ viewer { subject kind admin } }');
    expect(data.viewer).toEqual({ subject: 'root', kind: 'root', admin: true });
  });
});
