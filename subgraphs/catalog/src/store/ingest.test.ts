import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import type { RawEntity } from '../model/entity.ts';
import type { CatalogSnapshot } from '../port.ts';
import { facetValues } from './facets.ts';
import { ingestSnapshot } from './ingest.ts';
import { countEntities, listEntities } from './list.ts';
import { catalogMigrations } from './migrations.ts';
import { entitiesByRefs, listProblems, relationsOf } from './queries.ts';

const group = (name: string): RawEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children: [] },
});

const component = (name: string, owner: string, extra: Record<string, unknown> = {}): RawEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, tags: ['java'] },
  spec: { type: 'service', lifecycle: 'production', owner, ...extra },
});

const snapshot = (
  entries: Array<[RawEntity, string]>,
  problems: CatalogSnapshot['problems'] = [],
  complete = true,
): CatalogSnapshot => ({
  entities: entries.map(([entity, location]) => ({ entity, location })),
  problems,
  complete,
});

describeEachStore('catalog ingestion', (getStore) => {
  beforeAll(async () => {
    await migrate(getStore(), 'catalog', catalogMigrations);
  });

  it('stores entities with their relations in both directions', async () => {
    const change = await ingestSnapshot(
      getStore(),
      snapshot([
        [group('team-a'), 'file:a.yaml'],
        [component('api', 'team-a', { dependsOn: ['component:db-proxy'] }), 'file:a.yaml'],
        [component('db-proxy', 'group:team-a'), 'file:b.yaml'],
      ]),
    );
    expect(change.added.sort()).toEqual([
      'component:default/api',
      'component:default/db-proxy',
      'group:default/team-a',
    ]);
    const relations = await relationsOf(getStore(), ['group:default/team-a', 'component:default/db-proxy']);
    expect(
      relations
        .get('group:default/team-a')
        ?.map((r) => `${r.type} ${r.target_ref}`)
        .sort(),
    ).toEqual(['ownerOf component:default/api', 'ownerOf component:default/db-proxy']);
    expect(relations.get('component:default/db-proxy')).toContainEqual({
      source_ref: 'component:default/db-proxy',
      type: 'dependencyOf',
      target_ref: 'component:default/api',
    });
  });

  it('writes only what changed and removes what disappeared', async () => {
    const change = await ingestSnapshot(
      getStore(),
      snapshot([
        [group('team-a'), 'file:a.yaml'],
        [component('api', 'team-a', { lifecycle: 'deprecated' }), 'file:a.yaml'],
      ]),
    );
    expect(change).toEqual({
      added: [],
      changed: ['component:default/api'],
      removed: ['component:default/db-proxy'],
      danglingRelations: [],
    });
    const relations = await relationsOf(getStore(), ['component:default/api']);
    expect(relations.get('component:default/api')?.map((r) => r.type)).toEqual(['ownedBy']);
  });

  it('keeps what a broken file held, reports the problem, and loads the rest', async () => {
    const change = await ingestSnapshot(
      getStore(),
      snapshot(
        [
          [group('team-a'), 'file:other.yaml'],
          [component('web', 'team-a'), 'file:c.yaml'],
          [component('web', 'team-b'), 'file:d.yaml'],
          [component('bad', 'team-a', { dependsOn: ['no-kind-given'] }), 'file:e.yaml'],
        ],
        [{ location: 'file:a.yaml', reason: 'invalid YAML at line 3' }],
      ),
    );
    expect(change.added).toEqual(['component:default/web']);
    expect(change.removed).toEqual([]);
    const stored = await entitiesByRefs(getStore(), ['component:default/api', 'component:default/web']);
    expect(stored.get('component:default/api')?.lifecycle).toBe('deprecated');
    expect(stored.get('component:default/web')?.owner_ref).toBe('group:default/team-a');
    const problems = await listProblems(getStore());
    expect(problems.map((p) => p.location)).toEqual(['file:a.yaml', 'file:d.yaml', 'file:e.yaml']);
    expect(problems[1]?.reason).toMatch(/duplicate of component:default\/web already read from file:c.yaml/);
  });

  it('only adds and updates from an incomplete snapshot, whatever it lacks', async () => {
    const before = await countEntities(getStore(), {});
    const change = await ingestSnapshot(
      getStore(),
      snapshot(
        [
          [component('api', 'team-a', { lifecycle: 'experimental' }), 'file:a.yaml'],
          [group('late'), 'file:z.yaml'],
        ],
        [{ location: 'github:acme', reason: 'HTTP 502 while listing repositories' }],
        false,
      ),
    );
    expect(change).toMatchObject({
      added: ['group:default/late'],
      changed: ['component:default/api'],
      removed: [],
    });
    expect(await countEntities(getStore(), {})).toBe(before + 1);
    expect((await listProblems(getStore())).map((p) => p.reason)).toEqual([
      'HTTP 502 while listing repositories',
    ]);

    const empty = await ingestSnapshot(getStore(), snapshot([], [], false));
    expect(empty.removed).toEqual([]);
    expect(await countEntities(getStore(), {})).toBe(before + 1);

    // The next complete read removes what is gone at the source.
    const complete = await ingestSnapshot(
      getStore(),
      snapshot([
        [group('team-a'), 'file:other.yaml'],
        [component('api', 'team-a', { lifecycle: 'deprecated' }), 'file:a.yaml'],
        [component('web', 'team-a'), 'file:c.yaml'],
      ]),
    );
    expect(complete.removed).toEqual(['group:default/late']);
  });

  it('keeps the stored version of an entity read only in part, and adds a new one as read', async () => {
    const definition = (value: unknown) =>
      component('api', 'team-a', { lifecycle: 'deprecated', definition: value });
    await ingestSnapshot(getStore(), snapshot([[definition('openapi: 3.0.0'), 'file:a.yaml']], [], false));
    const partly = (name: string) => ({
      location: 'file:a.yaml',
      entityRef: `component:default/${name}`,
      reason: 'placeholder $text "./openapi.yaml" at spec.definition: … does not exist',
      keepStored: true,
    });
    const change = await ingestSnapshot(
      getStore(),
      snapshot(
        [
          [definition({ $text: './openapi.yaml' }), 'file:a.yaml'],
          [component('fresh', 'team-a', { definition: { $text: './x.yaml' } }), 'file:a.yaml'],
        ],
        [partly('api'), partly('fresh')],
        false,
      ),
    );
    expect(change).toMatchObject({ added: ['component:default/fresh'], changed: [] });
    const stored = await entitiesByRefs(getStore(), ['component:default/api', 'component:default/fresh']);
    expect(stored.get('component:default/api')?.entity.spec?.definition).toBe('openapi: 3.0.0');
    expect(stored.get('component:default/fresh')?.entity.spec?.definition).toEqual({ $text: './x.yaml' });
    expect((await listProblems(getStore())).map((p) => p.entityRef)).toEqual([
      'component:default/api',
      'component:default/fresh',
    ]);
    // Back to what the next tests expect.
    const restored = await ingestSnapshot(
      getStore(),
      snapshot([
        [group('team-a'), 'file:other.yaml'],
        [component('api', 'team-a', { lifecycle: 'deprecated' }), 'file:a.yaml'],
        [component('web', 'team-a'), 'file:c.yaml'],
      ]),
    );
    expect(restored).toMatchObject({
      changed: ['component:default/api'],
      removed: ['component:default/fresh'],
    });
  });

  it('filters and pages with stable cursors', async () => {
    const entities: Array<[RawEntity, string]> = [
      [group('team-a'), 'file:a.yaml'],
      [group('team-b'), 'file:a.yaml'],
    ];
    for (let i = 0; i < 25; i++)
      entities.push([
        component(`svc-${String(i).padStart(2, '0')}`, i % 2 ? 'team-a' : 'team-b'),
        'file:s.yaml',
      ]);
    await ingestSnapshot(getStore(), snapshot(entities));
    const filter = { kind: 'component', owner: 'group:default/team-a', tag: 'java' };
    expect(await countEntities(getStore(), filter)).toBe(12);
    const first = await listEntities(getStore(), filter, { first: 10 });
    expect(first.hasNextPage).toBe(true);
    const last = first.rows.at(-1);
    const second = await listEntities(getStore(), filter, {
      first: 10,
      after: last && { key: last.sort_key, ref: last.ref },
    });
    expect(second.hasNextPage).toBe(false);
    const refs = [...first.rows, ...second.rows].map((r) => r.ref);
    expect(refs).toHaveLength(12);
    expect(new Set(refs).size).toBe(12);
    expect(refs).toEqual([...refs].sort());
  });

  it('reports relations to missing entities, and forgets them once the target exists', async () => {
    const problemsOf = async () =>
      (await listProblems(getStore()))
        .filter((p) => p.reason.startsWith('relation '))
        .map((p) => `${p.entityRef} ${p.reason}`);
    const base: Array<[RawEntity, string]> = [
      [group('team-a'), 'file:org.yaml'],
      [component('web', 'team-x', { dependsOn: ['component:db'] }), 'file:web.yaml'],
    ];
    const change = await ingestSnapshot(getStore(), snapshot(base));
    expect(change.danglingRelations?.map((p) => p.entityRef)).toEqual([
      'component:default/web',
      'component:default/web',
    ]);
    expect((await problemsOf()).sort()).toEqual([
      'component:default/web relation dependsOn component:default/db: no such entity in the catalog',
      'component:default/web relation ownedBy group:default/team-x: no such entity in the catalog',
    ]);
    expect(
      (await listProblems(getStore())).find((p) => p.entityRef === 'component:default/web')?.location,
    ).toBe('file:web.yaml');

    await ingestSnapshot(
      getStore(),
      snapshot([...base, [group('team-x'), 'file:org.yaml'], [component('db', 'team-a'), 'file:db.yaml']]),
    );
    expect(await problemsOf()).toEqual([]);

    await ingestSnapshot(getStore(), snapshot([...base, [component('db', 'team-a'), 'file:db.yaml']]));
    expect(await problemsOf()).toEqual([
      'component:default/web relation ownedBy group:default/team-x: no such entity in the catalog',
    ]);

    await ingestSnapshot(
      getStore(),
      snapshot([
        [group('team-a'), 'file:org.yaml'],
        [component('web', 'team-a'), 'file:web.yaml'],
      ]),
    );
    expect(await problemsOf()).toEqual([]);
  });

  it('keeps facet counts equal to counting live through every change', async () => {
    const live = (facet: 'kind' | 'type' | 'owner' | 'tag') =>
      facetValues(getStore(), facet, { namespace: 'default' });
    const kept = (facet: 'kind' | 'type' | 'owner' | 'tag') => facetValues(getStore(), facet, {});
    const steps: Array<Array<[RawEntity, string]>> = [
      [
        [group('team-a'), 'file:a.yaml'],
        [component('one', 'team-a'), 'file:a.yaml'],
        [component('two', 'team-a', { type: 'website' }), 'file:a.yaml'],
      ],
      [
        [group('team-a'), 'file:a.yaml'],
        [group('team-b'), 'file:a.yaml'],
        [component('one', 'team-b'), 'file:a.yaml'],
      ],
      [],
    ];
    for (const [i, entries] of steps.entries()) {
      await ingestSnapshot(getStore(), snapshot(entries));
      for (const facet of ['kind', 'type', 'owner', 'tag'] as const)
        expect(await kept(facet), `${i} ${facet}`).toEqual(await live(facet));
    }
    expect(await kept('kind')).toEqual([]);
  });

  it('lets two replicas refresh at once: one writes, the other finds nothing to write', async () => {
    await ingestSnapshot(getStore(), snapshot([]));
    const entries: Array<[RawEntity, string]> = [[group('team-a'), 'file:a.yaml']];
    for (let i = 0; i < 50; i++) entries.push([component(`c-${i}`, 'team-a'), 'file:a.yaml']);
    const [one, two] = await Promise.all([
      ingestSnapshot(getStore(), snapshot(entries)),
      ingestSnapshot(getStore(), snapshot(entries)),
    ]);
    expect([one?.added.length, two?.added.length].sort()).toEqual([0, 51]);
    expect(await countEntities(getStore(), {})).toBe(51);
  });
});
