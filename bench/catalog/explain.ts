// `node bench/catalog/explain.ts`: ingests the generated catalog straight into PostgreSQL (database
// pave_bench_explain, kept between runs with BENCH_KEEP=1) and prints EXPLAIN ANALYZE of the SQL
// behind each benchmark scenario, to check the indexes are the ones used. Times each ingest phase.
import { migrate, openPostgresStore, type Queryable, type Store } from '@pave/subgraph-kit';
import { readCatalogFiles } from '../../subgraphs/catalog/src/adapters/files/reader.ts';
import { facetValues } from '../../subgraphs/catalog/src/store/facets.ts';
import { ingestSnapshot } from '../../subgraphs/catalog/src/store/ingest.ts';
import { countEntities, listEntities } from '../../subgraphs/catalog/src/store/list.ts';
import { catalogMigrations } from '../../subgraphs/catalog/src/store/migrations.ts';
import { entitiesByRefs } from '../../subgraphs/catalog/src/store/queries.ts';
import { countSearch, searchEntities, searchQuery } from '../../subgraphs/catalog/src/store/search.ts';
import { catalogFiles } from './run.ts';
import { parametersFor } from './scenarios.ts';

const size = Number(process.env.BENCH_SIZE ?? 200_000);
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = new URL(adminUrl);
url.pathname = '/pave_bench_explain';

const admin = await openPostgresStore(adminUrl, { max: 1 });
const exists =
  (await admin.query('select 1 from pg_database where datname = $1', ['pave_bench_explain'])).rows.length > 0;
if (!exists || !process.env.BENCH_KEEP) {
  await admin.exec('drop database if exists pave_bench_explain with (force)');
  await admin.exec('create database pave_bench_explain');
}
const store = await openPostgresStore(url.toString());
await migrate(store, 'catalog', catalogMigrations);

if (
  Number((await store.query<{ n: number }>('select count(*)::int as n from catalog_entities')).rows[0]?.n) !==
  size
) {
  const dir = await catalogFiles(size);
  let started = performance.now();
  const snapshot = await readCatalogFiles([dir], dir);
  console.log(`read ${snapshot.entities.length} entities: ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  await ingestSnapshot(store, snapshot);
  console.log(`ingested: ${Math.round(performance.now() - started)} ms`);
}

/** The store, printing EXPLAIN ANALYZE of every statement sent through it. */
function explaining(target: Store): Queryable {
  return {
    exec: (sql) => target.exec(sql),
    async query(sql, params) {
      const { rows } = await target.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${sql}`,
        params,
      );
      console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
      return target.query(sql, params);
    },
  } as Queryable;
}

const p = parametersFor(size, 3);
const db = explaining(store);
const section = (title: string) => console.log(`\n== ${title}`);
section(`by owner ${p.owner}`);
await listEntities(db, { owner: p.owner }, { first: 50 });
await countEntities(db, { owner: p.owner });
section(`kind + type + lifecycle ${p.type} ${p.lifecycle}`);
await listEntities(db, { kind: 'component', type: p.type, lifecycle: p.lifecycle }, { first: 50 });
await countEntities(db, { kind: 'component', type: p.type, lifecycle: p.lifecycle });
section(`search ${p.word}`);
await searchEntities(db, searchQuery(p.word) ?? '', {}, { first: 20 });
await countSearch(db, searchQuery(p.word) ?? '', {});
for (const facet of ['type', 'tag', 'owner'] as const) {
  section(`facet ${facet}`);
  await facetValues(db, facet, { kind: 'component' });
}
section('1,000 by ref');
await entitiesByRefs(db, p.refs);
await store.close();
if (!process.env.BENCH_KEEP) await admin.exec('drop database if exists pave_bench_explain with (force)');
await admin.close();
