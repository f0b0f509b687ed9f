/**
 * The catalog through the gateway, as a client sees it: Backstage's example entities of every
 * kind, their relations, search, facets, ordered pages and finding a working directory's component.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const examples = new URL(
  '../../subgraphs/catalog/src/__fixtures__/backstage-examples/all.yaml',
  import.meta.url,
).pathname;

describe('the catalog through the gateway', () => {
  let platform: TestPlatform;
  let serviceToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform({
      yaml: [
        'subgraphs:',
        '  catalog:',
        `    adapter: { kind: files, paths: [examples/catalog/all.yaml, ${JSON.stringify(examples)}], watch: false }`,
        '',
      ].join('\n'),
    });
    const created = await platform.graphql(
      'mutation { createServiceToken(input: { name: "cli", groups: [] }) { token } }',
    );
    serviceToken = created.data.createServiceToken.token;
  });
  afterAll(() => platform?.stop());

  it('serves every kind with typed relations, to callers who are not admins too', async () => {
    const { data, errors } = await platform.graphql(
      `{
        api: entity(ref: "api:wayback-archive") { __typename ... on API { type apiProvidedBy { ref owner { ref } } } }
        group: entity(ref: "group:team-a") { __typename ... on Group { parent { ref parent { ref } } members { name } } }
        system: entity(ref: "system:audio-playback") { __typename ... on System { domain { ref owner { __typename ref } } components { ref } } }
        template: entity(ref: "template:react-ssr-template") { __typename ... on Template { owner { ref } } }
        location: entity(ref: "location:example-all") { __typename ... on Location { targets } }
      }`,
      {},
      serviceToken,
    );
    expect(errors).toBeUndefined();
    expect(data.api).toEqual({
      __typename: 'API',
      type: 'openapi',
      apiProvidedBy: [{ ref: 'component:default/wayback-archive', owner: { ref: 'group:default/team-a' } }],
    });
    expect(data.group.parent).toEqual({
      ref: 'group:default/backstage',
      parent: { ref: 'group:default/infrastructure' },
    });
    expect(data.group.members).toHaveLength(4);
    expect(data.system).toEqual({
      __typename: 'System',
      domain: {
        ref: 'domain:default/playback',
        owner: { __typename: 'User', ref: 'user:default/frank.tiernan' },
      },
      components: [{ ref: 'component:default/playback-order' }],
    });
    expect(data.template).toEqual({ __typename: 'Template', owner: { ref: 'group:default/team-a' } });
    expect(data.location.targets).toContain('./components.yaml');
  });

  it("serves an API's definition read from the file its $text placeholder names", async () => {
    const { data, errors } = await platform.graphql(
      '{ entity(ref: "api:products-graphql") { ... on API { definition raw } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.entity.definition).toMatch(/^type Query \{/);
    expect(data.entity.raw.spec.definition).toBe(data.entity.definition);
  });

  it('searches, counts facets and pages in any order', async () => {
    const { data, errors } = await platform.graphql(`{
      search(query: "wayback arch", first: 5) { totalCount nodes { ref } }
      facets(field: TYPE, filter: { kind: "API" }) { value count }
      byTitle: entities(filter: { kind: "component", tag: "java" }, orderBy: { field: NAME, direction: DESC }, first: 2) {
        totalCount edges { node { name } } pageInfo { hasNextPage endCursor }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.search.nodes.map((n: { ref: string }) => n.ref)).toEqual(
      expect.arrayContaining(['component:default/wayback-archive', 'api:default/wayback-archive']),
    );
    expect(data.facets).toEqual([
      { value: 'openapi', count: 5 },
      { value: 'graphql', count: 1 },
    ]);
    expect(data.byTitle.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'playback-order',
      'artist-lookup',
    ]);
    expect(data.byTitle.pageInfo.hasNextPage).toBe(false);
  });

  it("finds a working directory's component from its git remote", async () => {
    const { data, errors } = await platform.graphql(
      'query($url: String!, $path: String) { componentsBySource(repositoryUrl: $url, path: $path) { ref } }',
      { url: 'git@github.com:acme/orders-service.git', path: 'worker' },
      serviceToken,
    );
    expect(errors).toBeUndefined();
    expect(data.componentsBySource[0]).toEqual({ ref: 'component:default/orders-worker' });
  });

  it('reports relations to entities that do not exist without failing the rest', async () => {
    const { data } = await platform.graphql('{ catalogProblems { reason entityRef } }');
    expect(data.catalogProblems).toContainEqual({
      reason: 'relation ownedBy group:backstage/techdocs-core: no such entity in the catalog',
      entityRef: 'template:default/pull-request',
    });
  });
});
