/** The Query fields through the subgraph's schema: validation at the edge, cursors, batching. */
import path from 'node:path';
import { migrate, openStore, type Queryable, type Store } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesBackend } from '../adapters/files/index.ts';
import { ingestSnapshot } from '../store/ingest.ts';
import { catalogMigrations } from '../store/migrations.ts';
import { catalogExecutor } from '../testing/executor.ts';

const repo = path.resolve(import.meta.dirname, '../../../..');

/** The store, recording every SQL statement sent, so tests can count round trips. */
function recording(store: Store): Store & { statements: string[] } {
  const statements: string[] = [];
  const query: Queryable['query'] = (sql, params) => {
    statements.push(sql);
    return store.query(sql, params);
  };
  return Object.assign(Object.create(store) as Store, { query, statements });
}

let store: Store;
let recorded: ReturnType<typeof recording>;
let run: ReturnType<typeof catalogExecutor>;

beforeAll(async () => {
  store = await openStore();
  await migrate(store, 'catalog', catalogMigrations);
  const backend = createFilesBackend(
    { kind: 'files', paths: ['examples/catalog/all.yaml'], watch: false },
    { baseDir: repo },
  );
  await ingestSnapshot(store, await backend.read());
  recorded = recording(store);
  run = catalogExecutor(recorded);
});
afterAll(() => store?.close());

async function data(source: string, variables?: Record<string, unknown>) {
  const result = await run(source, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

async function badInput(source: string, variables?: Record<string, unknown>) {
  const result = await run(source, variables);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors?.[0] as unknown as { message: string; extensions: { field: string; rule: string } };
}

describe('entities', () => {
  it('pages in any order with cursors that belong to that order', async () => {
    const query = `query($after: String, $order: EntityOrder) {
      entities(filter: { kind: "Component" }, orderBy: $order, first: 2, after: $after) {
        edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`;
    const order = { field: 'TITLE', direction: 'DESC' };
    const names: string[] = [];
    let after: string | undefined;
    do {
      const page = (await data(query, { after, order })).entities;
      names.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(names).toEqual([
      'ui-kit',
      'product-catalog',
      'payments-service',
      'orders-worker',
      'orders-service',
      'hello-web',
    ]);

    const firstPage = (await data(query, { order })).entities;
    const wrong = await badInput(query, { after: firstPage.pageInfo.endCursor, order: { field: 'NAME' } });
    expect(wrong.extensions.field).toBe('after');
  });

  it('counts only when totalCount is asked for', async () => {
    recorded.statements.length = 0;
    await data('{ entities(first: 3) { nodes { ref } } }');
    expect(recorded.statements.some((sql) => sql.includes('count(*)'))).toBe(false);
    const counted = await data('{ entities(filter: { tag: "Node" }) { totalCount } }');
    expect(counted.entities.totalCount).toBeGreaterThan(0);
    expect(recorded.statements.some((sql) => sql.includes('count(*)'))).toBe(true);

    recorded.statements.length = 0;
    const inFragment = await data(`{ entities(filter: { tag: "node" }, first: 1) { ...Counted } }
      fragment Counted on EntityConnection { ... on EntityConnection { totalCount } }`);
    expect(inFragment.entities.totalCount).toBe(counted.entities.totalCount);
    expect(recorded.statements.filter((sql) => sql.includes('count(*)'))).toHaveLength(1);
  });

  it('loads the relations of a whole page with a fixed number of statements', async () => {
    recorded.statements.length = 0;
    await data(`{ entities(first: 100) { nodes {
      ref relations { type }
      ... on Component { owner { ref } system { ref } dependsOn { ref } providesApis { ref } }
      ... on Group { members { ref } parent { ref } }
    } } }`);
    expect(recorded.statements.length).toBeLessThanOrEqual(4);
  });

  it('refuses bad arguments, naming the field and the rule', async () => {
    expect((await badInput('{ entities(first: 0) { totalCount } }')).extensions.field).toBe('first');
    expect((await badInput('{ entities(after: "bm9wZQ") { totalCount } }')).extensions.field).toBe('after');
    expect(
      (await badInput('{ entities(filter: { owner: "group:" }) { totalCount } }')).extensions.field,
    ).toBe('filter.owner');
    expect(
      (await badInput('{ entities(filter: { label: [{ key: " " }] }) { totalCount } }')).extensions.field,
    ).toBe('filter.label[0].key');
    const refs = Array.from({ length: 1001 }, (_, i) => `c-${i}`);
    expect(
      (await badInput('query($refs: [String!]!) { entitiesByRefs(refs: $refs) { ref } }', { refs }))
        .extensions.field,
    ).toBe('refs');
  });
});

describe('search and facets', () => {
  it('finds entities by words and word starts', async () => {
    const result = await data(`{ search(query: "orders serv", filter: { kind: "component" }) {
      totalCount nodes { ref } } }`);
    expect(result.search.nodes[0].ref).toBe('component:default/orders-service');
    expect(result.search.totalCount).toBe(result.search.nodes.length);
    expect((await badInput('{ search(query: " ?! ") { totalCount } }')).extensions.field).toBe('query');
  });

  it('counts values, and needs a key for labels and annotations', async () => {
    const result = await data('{ facets(field: TYPE, filter: { kind: "component" }) { value count } }');
    expect(result.facets[0]).toEqual({ value: 'service', count: 4 });
    expect((await badInput('{ facets(field: LABEL) { value } }')).extensions.field).toBe('key');
  });
});

describe('componentsBySource', () => {
  const bySource = `query($url: String!, $path: String) { componentsBySource(repositoryUrl: $url, path: $path) { ref } }`;

  it('finds the component of a directory from any form of the remote', async () => {
    for (const url of [
      'git@github.com:acme/orders-service.git',
      'https://github.com/acme/orders-service',
      'ssh://git@github.com/Acme/Orders-Service.git',
    ]) {
      const worker = await data(bySource, { url, path: 'worker/src/' });
      // Most specific first: the worker's directory, then the service at the repository's root.
      expect(
        worker.componentsBySource.map((c: { ref: string }) => c.ref),
        url,
      ).toEqual(['component:default/orders-worker', 'component:default/orders-service']);
    }
    const root = await data(bySource, { url: 'https://github.com/acme/orders-service.git', path: '' });
    expect(root.componentsBySource).toEqual([{ ref: 'component:default/orders-service' }]);
    const all = await data(bySource, { url: 'https://github.com/acme/orders-service.git' });
    expect(all.componentsBySource).toHaveLength(2);
    expect((await data(bySource, { url: 'https://github.com/acme/nothing' })).componentsBySource).toEqual([]);
  });

  it('refuses what is no repository without echoing it', async () => {
    const error = await badInput(bySource, { url: 'https://user:hunter2@example.com/' });
    expect(error.extensions.field).toBe('repositoryUrl');
    expect(error.message).not.toContain('hunter2');
    expect((await badInput(bySource, { url: 'github.com/acme/x', path: '../etc' })).extensions.field).toBe(
      'path',
    );
  });
});
