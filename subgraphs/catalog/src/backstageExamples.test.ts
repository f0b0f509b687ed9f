/**
 * Backstage's example catalog (every kind, in __fixtures__/backstage-examples) loads through the
 * files adapter, is ingested on each store, and resolves its relations through GraphQL the way
 * Backstage's catalog relates the same entities.
 */
import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import { createFilesBackend } from './adapters/files/index.ts';
import { ingestSnapshot } from './store/ingest.ts';
import { catalogMigrations } from './store/migrations.ts';
import { catalogExecutor } from './testing/executor.ts';

const fixtures = new URL('./__fixtures__/backstage-examples/', import.meta.url).pathname;
const refs = (list: Array<{ ref: string }> | null | undefined) => (list ?? []).map((e) => e.ref).sort();

describeEachStore('Backstage example entities', (getStore) => {
  let run: ReturnType<typeof catalogExecutor>;
  const query = async (source: string, variables?: Record<string, unknown>) => {
    const result = await run(source, variables);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };

  beforeAll(async () => {
    await migrate(getStore(), 'catalog', catalogMigrations);
    const backend = createFilesBackend(
      { kind: 'files', paths: ['all.yaml'], watch: false },
      { baseDir: fixtures },
    );
    await ingestSnapshot(getStore(), await backend.read());
    run = catalogExecutor(getStore());
  });

  it('loads every kind, each as its own GraphQL type', async () => {
    const data = await query('{ facets(field: KIND) { value count } }');
    expect(data.facets).toEqual([
      { value: 'group', count: 8 },
      { value: 'component', count: 7 },
      { value: 'user', count: 5 },
      { value: 'api', count: 3 },
      { value: 'system', count: 3 },
      { value: 'template', count: 3 },
      { value: 'domain', count: 2 },
      { value: 'location', count: 1 },
      { value: 'resource', count: 1 },
    ]);
    const types = await query(`{ entities(first: 1000) { nodes { __typename kind } } }`);
    const pairs = new Set(
      types.entities.nodes.map((n: { __typename: string; kind: string }) => `${n.kind}=${n.__typename}`),
    );
    expect([...pairs].sort()).toEqual([
      'API=API',
      'Component=Component',
      'Domain=Domain',
      'Group=Group',
      'Location=Location',
      'Resource=Resource',
      'System=System',
      'Template=Template',
      'User=User',
    ]);
  });

  it('relates the organisation: parents, children, members', async () => {
    const data = await query(`{
      acme: entity(ref: "group:acme-corp") { ... on Group { type parent { ref } children { ref } } }
      backstage: entity(ref: "group:backstage") { ... on Group { parent { ref } children { ref } profile { displayName email } } }
      teamA: entity(ref: "group:team-a") { ... on Group { parent { ref } children { ref } members { ref name profile { displayName } } profile { displayName email picture } } }
      guest: entity(ref: "user:development/guest") { ... on User { namespace memberOf { ref } } }
    }`);
    expect(data.acme).toEqual({
      type: 'organization',
      parent: null,
      children: [{ ref: 'group:default/infrastructure' }],
    });
    expect(data.backstage.parent).toEqual({ ref: 'group:default/infrastructure' });
    expect(refs(data.backstage.children)).toEqual(['group:default/team-a', 'group:default/team-b']);
    expect(data.backstage.profile).toEqual({ displayName: 'Backstage', email: 'backstage@example.com' });
    expect(data.teamA.parent).toEqual({ ref: 'group:default/backstage' });
    expect(data.teamA.children).toEqual([]);
    expect(refs(data.teamA.members)).toEqual([
      'user:default/breanna.davison',
      'user:default/guest',
      'user:default/janelle.dawe',
      'user:development/guest',
    ]);
    expect(data.teamA.profile).toEqual({
      displayName: null,
      email: 'team-a@example.com',
      picture: 'https://example.com/identicon/team-a.svg',
    });
    expect(data.guest).toEqual({ namespace: 'development', memberOf: [{ ref: 'group:default/team-a' }] });
  });

  it('relates components, APIs, resources, systems and domains in both directions', async () => {
    const data = await query(`{
      lookup: entity(ref: "artist-lookup") { ... on Component {
        type lifecycle owner { __typename ref } system { ref domain { ref owner { ref } } }
        dependsOn { __typename ref } links { url title icon type }
        annotation(key: "backstage.io/techdocs-ref")
      } }
      db: entity(ref: "resource:artists-db") { ... on Resource { type dependencyOf { ref } system { ref } owner { ref } } }
      search: entity(ref: "wayback-search") { ... on Component { providesApis { ref } consumesApis { ref } } }
      archiveApi: entity(ref: "api:wayback-archive") { ... on API { apiProvidedBy { ref } apiConsumedBy { ref } definition raw } }
      searchApi: entity(ref: "api:wayback-search") { ... on API { apiConsumedBy { ref } } }
      spotify: entity(ref: "api:spotify") { ... on API { definition system { ref } apiProvidedBy { ref } } }
      archive: entity(ref: "wayback-archive") { ... on Component { subcomponents { ref } dependsOn { ref } hasPart { ref } } }
      ingestion: entity(ref: "wayback-archive-ingestion") { ... on Component { subcomponentOf { ref } partOf { ref } dependencyOf { ref } } }
      portal: entity(ref: "system:artist-engagement-portal") { ... on System { domain { ref } components { ref } resources { ref } apis { ref } hasPart { ref } } }
      playback: entity(ref: "domain:playback") { ... on Domain { owner { __typename ref } systems { ref } hasPart { ref } } }
      frank: entity(ref: "user:frank.tiernan") { ... on User { owns { ref } memberOf { ref } } }
      searcher: entity(ref: "component:test/searcher") { ... on Component { owner { ref } consumesApis { ref } } }
    }`);
    expect(data.lookup).toMatchObject({
      type: 'service',
      lifecycle: 'experimental',
      owner: { __typename: 'Group', ref: 'group:default/team-a' },
      system: {
        ref: 'system:default/artist-engagement-portal',
        domain: { ref: 'domain:default/artists', owner: { ref: 'group:default/team-a' } },
      },
      dependsOn: [{ __typename: 'Resource', ref: 'resource:default/artists-db' }],
      annotation: 'url:https://github.com/example/backstage/tree/master',
    });
    expect(data.lookup.links[1]).toEqual({
      url: 'https://example.com/help',
      title: 'Support',
      icon: 'help',
      type: 'support',
    });
    expect(data.db).toEqual({
      type: 'database',
      dependencyOf: [{ ref: 'component:default/artist-lookup' }],
      system: { ref: 'system:default/artist-engagement-portal' },
      owner: { ref: 'group:default/team-a' },
    });
    expect(data.search).toEqual({
      providesApis: [{ ref: 'api:default/wayback-search' }],
      consumesApis: [{ ref: 'api:default/wayback-archive' }],
    });
    expect(data.archiveApi.apiProvidedBy).toEqual([{ ref: 'component:default/wayback-archive' }]);
    expect(data.archiveApi.apiConsumedBy).toEqual([{ ref: 'component:default/wayback-search' }]);
    expect(data.archiveApi.definition).toBeNull(); // an unresolved $text placeholder…
    expect(data.archiveApi.raw.spec.definition).toEqual({ $text: expect.stringContaining('wayback') }); // …kept as read
    expect(refs(data.searchApi.apiConsumedBy)).toEqual(['component:test/searcher']);
    expect(data.spotify).toEqual({
      definition: expect.stringContaining('Spotify Web API'),
      system: { ref: 'system:default/podcast' },
      apiProvidedBy: [{ ref: 'component:default/podcast-api' }],
    });
    expect(data.archive).toEqual({
      subcomponents: [{ ref: 'component:default/wayback-archive-ingestion' }],
      // `dependencyOf` on the ingestion component is a dependsOn of the archive, as in Backstage.
      dependsOn: [{ ref: 'component:default/wayback-archive-ingestion' }],
      hasPart: [{ ref: 'component:default/wayback-archive-ingestion' }],
    });
    expect(data.ingestion).toEqual({
      subcomponentOf: { ref: 'component:default/wayback-archive' },
      partOf: [{ ref: 'component:default/wayback-archive' }],
      dependencyOf: [{ ref: 'component:default/wayback-archive' }],
    });
    expect(data.portal.domain).toEqual({ ref: 'domain:default/artists' });
    expect(data.portal.components).toEqual([{ ref: 'component:default/artist-lookup' }]);
    expect(data.portal.resources).toEqual([{ ref: 'resource:default/artists-db' }]);
    expect(data.portal.apis).toEqual([]);
    expect(refs(data.portal.hasPart)).toEqual([
      'component:default/artist-lookup',
      'resource:default/artists-db',
    ]);
    expect(data.playback.owner).toEqual({ __typename: 'User', ref: 'user:default/frank.tiernan' });
    expect(refs(data.playback.systems)).toEqual(['system:default/audio-playback', 'system:default/podcast']);
    expect(data.frank).toEqual({
      owns: [{ ref: 'domain:default/playback' }],
      memberOf: [{ ref: 'group:default/team-c' }],
    });
    expect(data.searcher).toEqual({
      owner: { ref: 'group:default/team-d' },
      consumesApis: [{ ref: 'api:default/wayback-search' }],
    });
  });

  it('relates templates as the scaffolder does, and reports the owner that does not exist', async () => {
    const data = await query(`{
      react: entity(ref: "template:react-ssr-template") { ... on Template { type owner { ref } parameters steps output } }
      pr: entity(ref: "template:pull-request") { ... on Template { owner { ref } relations { type targetRef } } }
      docs: entity(ref: "template:docs-template") { ... on Template { type owner { ref } relations { type } } }
      teamA: entity(ref: "group:team-a") { ... on Group { owns { ref } } }
      catalogProblems { location reason entityRef }
    }`);
    expect(data.react.type).toBe('website');
    expect(data.react.owner).toEqual({ ref: 'group:default/team-a' });
    expect(data.react.steps.map((s: { id: string }) => s.id)).toEqual(['fetch-base', 'register']);
    expect(data.react.parameters[0].required).toEqual(['component_id', 'owner']);
    expect(data.pr).toEqual({
      owner: null,
      relations: [{ type: 'ownedBy', targetRef: 'group:backstage/techdocs-core' }],
    });
    expect(data.docs).toEqual({ type: 'documentation', owner: null, relations: [] });
    expect(refs(data.teamA.owns)).toEqual([
      'api:default/wayback-archive',
      'api:default/wayback-search',
      'component:default/artist-lookup',
      'component:default/wayback-archive',
      'component:default/wayback-archive-ingestion',
      'component:default/wayback-search',
      'domain:default/artists',
      'resource:default/artists-db',
      'system:default/artist-engagement-portal',
      'template:default/react-ssr-template',
    ]);
    // The two wayback APIs name their definitions by URL, which the files adapter does not fetch:
    // they load with the placeholder as written, and say so.
    const urlOnly = (name: string, archive: string) => ({
      location: `file:${fixtures}apis.yaml`,
      reason: `placeholder $text "https://example.com/openapi-directory/archive.org/${archive}/1.0.0/openapi.yaml" at spec.definition: the files adapter reads local files only, not URLs (document at line ${name === 'wayback-search' ? 1 : 13})`,
      entityRef: `api:default/${name}`,
    });
    expect(data.catalogProblems).toEqual([
      urlOnly('wayback-search', 'search'),
      urlOnly('wayback-archive', 'wayback'),
      {
        location: `file:${fixtures}templates.yaml`,
        reason: 'relation ownedBy group:backstage/techdocs-core: no such entity in the catalog',
        entityRef: 'template:default/pull-request',
      },
    ]);
  });
});
