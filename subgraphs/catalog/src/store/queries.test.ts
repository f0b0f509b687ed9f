/** Filters, orderings with keyset cursors, full-text search, facets and source lookup, on both stores. */
import { migrate, type Queryable, type Store } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import type { RawEntity } from '../model/entity.ts';
import { facetValues } from './facets.ts';
import { ingestSnapshot } from './ingest.ts';
import { countEntities, listEntities, type SortedRow } from './list.ts';
import { catalogMigrations } from './migrations.ts';
import type { EntityFilter, EntityOrder } from './rows.ts';
import { countSearch, searchEntities, searchQuery } from './search.ts';
import { componentsBySource } from './sources.ts';

const TEAMS = ['team-a', 'team-b', 'team-c'];
const WORDS = ['payments', 'orders', 'search', 'billing', 'shipping'];

function component(i: number): RawEntity {
  const word = WORDS[i % WORDS.length] ?? 'x';
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `${word}-${String(i).padStart(3, '0')}`,
      ...(i % 4 === 0 ? { title: `Z ${word} number ${i}` } : {}),
      description: `Handles ${word} for the shop`,
      tags: i % 2 ? ['java'] : ['node', 'web'],
      labels: { tier: String(i % 3) },
      annotations: {
        'github.com/project-slug': 'acme/monorepo',
        'backstage.io/source-location': `url:https://github.com/acme/monorepo/tree/main/services/${word}-${i}/`,
        ...(i % 5 === 0 ? { 'acme.example/pci': 'true' } : {}),
      },
    },
    spec: {
      type: i % 3 === 0 ? 'website' : 'service',
      lifecycle: i % 7 === 0 ? 'experimental' : 'production',
      owner: TEAMS[i % TEAMS.length],
    },
  };
}

const group = (name: string): RawEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, description: 'A team that ships payments' },
  spec: { type: 'team', children: [] },
});

const COUNT = 60;

async function allPages(read: (after?: SortedRow) => Promise<{ rows: SortedRow[]; hasNextPage: boolean }>) {
  const seen: SortedRow[] = [];
  let after: SortedRow | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await read(after);
    seen.push(...page.rows);
    if (!page.hasNextPage) return seen;
    after = page.rows.at(-1);
  }
  throw new Error('did not finish paging');
}

describeEachStore('catalog queries', (getStore) => {
  beforeAll(async () => {
    await migrate(getStore(), 'catalog', catalogMigrations);
    const entities = [...TEAMS.map(group), ...Array.from({ length: COUNT }, (_, i) => component(i))];
    await ingestSnapshot(getStore(), {
      entities: entities.map((entity) => ({ entity, location: 'file:/catalog.yaml' })),
      problems: [],
      complete: true,
    });
  });

  const list = (filter: EntityFilter, order?: EntityOrder, first = 7) =>
    allPages((after) =>
      listEntities(getStore(), filter, {
        first,
        order,
        after: after && { key: after.sort_key, ref: after.ref },
      }),
    );

  it('filters on every field, labels and annotations case-insensitively', async () => {
    const count = (filter: EntityFilter) => countEntities(getStore(), filter);
    expect(await count({})).toBe(COUNT + TEAMS.length);
    expect(await count({ kind: 'component', owner: 'group:default/team-a' })).toBe(20);
    expect(await count({ kind: 'component', type: 'website', lifecycle: 'production' })).toBe(17);
    expect(await count({ tag: 'web' })).toBe(30);
    expect(await count({ labels: [{ key: 'tier', value: '2' }] })).toBe(20);
    expect(await count({ labels: [{ key: 'tier' }], tag: 'java' })).toBe(30);
    expect(await count({ annotations: [{ key: 'acme.example/pci' }] })).toBe(12);
    expect(await count({ annotations: [{ key: 'github.com/project-slug', value: 'acme/monorepo' }] })).toBe(
      COUNT,
    );
    expect(await count({ namespace: 'other' })).toBe(0);
  });

  it('pages through every ordering with stable cursors, without gaps or repeats', async () => {
    const byRef = await list({ kind: 'component' });
    expect(byRef.map((r) => r.ref)).toEqual(byRef.map((r) => r.ref).sort());
    expect(byRef).toHaveLength(COUNT);

    for (const key of ['name', 'title', 'type', 'lifecycle', 'owner', 'kind'] as const) {
      for (const descending of [false, true]) {
        const rows = await list({}, { key, descending }, 11);
        expect(rows, `${key} ${descending}`).toHaveLength(COUNT + TEAMS.length);
        expect(new Set(rows.map((r) => r.ref)).size).toBe(rows.length);
        const pairs = rows.map((r) => [r.sort_key, r.ref] as const);
        const sorted = [...pairs].sort((a, b) =>
          a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1,
        );
        expect(pairs, `${key} ${descending}`).toEqual(descending ? sorted.reverse() : sorted);
      }
    }
    const byTitle = await list({ kind: 'component' }, { key: 'title', descending: false });
    expect(byTitle.at(-1)?.entity.metadata.title).toMatch(/^Z /);
  });

  it('searches words and prefixes, best match first, with filters and cursors', async () => {
    expect(searchQuery('  Pay!  ')).toBe('pay:*');
    expect(searchQuery("orders & 'x' | !")).toBe('orders & x:*');
    expect(searchQuery('--')).toBeUndefined();

    const payments = searchQuery('payments') ?? '';
    const found = await searchEntities(getStore(), payments, {}, { first: 100 });
    // Components named payments-* rank above groups that only mention payments in a description.
    expect(found.rows.slice(0, 12).every((r) => r.kind === 'component')).toBe(true);
    expect(found.rows.slice(-3).map((r) => r.kind)).toEqual(['group', 'group', 'group']);
    expect(await countSearch(getStore(), payments, {})).toBe(15);
    expect(
      (await searchEntities(getStore(), searchQuery('paym') ?? '', {}, { first: 100 })).rows,
    ).toHaveLength(15);
    expect(await countSearch(getStore(), searchQuery('payments java') ?? '', { kind: 'component' })).toBe(6);
    expect(await countSearch(getStore(), searchQuery('team') ?? '', { kind: 'group' })).toBe(3);

    const paged: string[] = [];
    let after: { rank: number; ref: string } | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = await searchEntities(getStore(), payments, {}, { first: 4, after });
      paged.push(...page.rows.map((r) => r.ref));
      const last = page.rows.at(-1);
      if (!page.hasNextPage || !last) break;
      after = { rank: last.rank, ref: last.ref };
    }
    expect(paged).toEqual(found.rows.map((r) => r.ref));
  });

  it('counts facet values, most frequent first', async () => {
    expect(await facetValues(getStore(), 'kind', {})).toEqual([
      { value: 'component', count: COUNT },
      { value: 'group', count: 3 },
    ]);
    expect(await facetValues(getStore(), 'type', { kind: 'component' })).toEqual([
      { value: 'service', count: 40 },
      { value: 'website', count: 20 },
    ]);
    expect(await facetValues(getStore(), 'tag', { owner: 'group:default/team-b' })).toEqual([
      { value: 'java', count: 10 },
      { value: 'node', count: 10 },
      { value: 'web', count: 10 },
    ]);
    expect(await facetValues(getStore(), 'label', { kind: 'component' }, 'Tier')).toEqual([
      { value: '0', count: 20 },
      { value: '1', count: 20 },
      { value: '2', count: 20 },
    ]);
    expect(await facetValues(getStore(), 'owner', { lifecycle: 'experimental' })).toEqual([
      { value: 'group:default/team-a', count: 3 },
      { value: 'group:default/team-b', count: 3 },
      { value: 'group:default/team-c', count: 3 },
    ]);
  });

  it('answers facets and counts from the kept counts exactly as counting live would', async () => {
    // A namespace filter that narrows nothing forces the live path.
    for (const facet of ['kind', 'type', 'lifecycle', 'owner', 'system', 'namespace', 'tag'] as const) {
      for (const kind of [undefined, 'component', 'group']) {
        const kept = await facetValues(getStore(), facet, { kind });
        expect(kept, `${facet} ${kind}`).toEqual(
          await facetValues(getStore(), facet, { kind, namespace: 'default' }),
        );
      }
    }
    expect(await countEntities(getStore(), { kind: 'component' })).toBe(COUNT);
    expect(await countEntities(getStore(), { kind: 'component', namespace: 'default' })).toBe(COUNT);
  });

  it('finds the component a directory belongs to, most specific first', async () => {
    const at = async (path?: string) =>
      (await componentsBySource(getStore(), 'github.com/acme/monorepo', path)).map((r) => r.ref);
    // Each component's source-location wins over the slug naming the same repository.
    expect(await at('services/orders-1/src/handlers')).toEqual(['component:default/orders-001']);
    expect(await at('services')).toEqual([]);
    expect(await at('services/orders-11')).toEqual(['component:default/orders-011']);
    expect((await at('services/orders-1'))[0]).toBe('component:default/orders-001');
    expect(await at()).toHaveLength(COUNT);
    expect(await componentsBySource(getStore(), 'github.com/acme/other', 'services')).toEqual([]);
  });

  it('rebuilds the indexes it drops for a bulk write into an empty catalog', async () => {
    const indexes = () =>
      getStore()
        .query<{ indexname: string }>(
          `select indexname from pg_indexes where schemaname = current_schema() and tablename like 'catalog_%' order by 1`,
        )
        .then(({ rows }) => rows.map((r) => r.indexname));
    const before = await indexes();
    expect(before).toContain('catalog_entities_search');
    await ingestSnapshot(getStore(), { entities: [], problems: [], complete: true });

    const ddl: string[] = [];
    const store = getStore();
    const recording = Object.assign(Object.create(store) as Store, {
      transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
        store.transaction((tx) =>
          work({
            query: (sql, params) => tx.query(sql, params),
            exec: (sql) => {
              ddl.push(sql);
              return tx.exec(sql);
            },
          }),
        ),
    });
    const renamed = Array.from({ length: COUNT }, (_, i) => component(i)).map((e) => ({
      ...e,
      metadata: { ...e.metadata, description: `Renamed ${e.metadata.description}` },
    }));
    const entities = [...TEAMS.map(group), ...renamed].map((entity) => ({
      entity,
      location: 'file:/catalog.yaml',
    }));
    const change = await ingestSnapshot(
      recording,
      { entities, problems: [], complete: true },
      { bulkWrites: 10 },
    );

    expect(change.added).toHaveLength(COUNT + TEAMS.length);
    const secondary = before.filter(
      (name) => !name.endsWith('_pkey') && !name.startsWith('catalog_problems_'),
    );
    expect(ddl.filter((sql) => sql.startsWith('drop index'))).toHaveLength(secondary.length);
    expect(await indexes()).toEqual(before);
    expect(await countSearch(getStore(), searchQuery('renamed') ?? '', {})).toBe(COUNT);
    expect(await facetValues(getStore(), 'kind', {})).toEqual([
      { value: 'component', count: COUNT },
      { value: 'group', count: 3 },
    ]);
  });

  // Last: it changes the catalog the other tests read.
  it('keeps a cursor valid when entities before and at it disappear', async () => {
    const before = await list({ kind: 'component' });
    const first = await listEntities(getStore(), { kind: 'component' }, { first: 5 });
    const last = first.rows.at(-1);
    if (!last) throw new Error('no rows');
    const keep = Array.from({ length: COUNT }, (_, i) => component(i)).filter((_, i) => i % 2 === 1);
    await ingestSnapshot(getStore(), {
      entities: [...TEAMS.map(group), ...keep].map((entity) => ({ entity, location: 'file:/catalog.yaml' })),
      problems: [],
      complete: true,
    });
    const next = await listEntities(
      getStore(),
      { kind: 'component' },
      {
        first: 5,
        after: { key: last.sort_key, ref: last.ref },
      },
    );
    const kept = new Set(keep.map((e) => `component:default/${e.metadata.name}`));
    const expected = before.map((r) => r.ref).filter((ref) => ref > last.ref && kept.has(ref));
    expect(next.rows.map((r) => r.ref)).toEqual(expected.slice(0, 5));
  });
});
