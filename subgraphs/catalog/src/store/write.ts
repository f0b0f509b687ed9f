/**
 * Bulk writes for ingestion: each statement carries up to CHUNK rows as one JSON parameter
 * (`jsonb_to_recordset`), so 200,000 entities cost a few hundred statements, not 200,000 round
 * trips, and the same SQL runs on PGlite and PostgreSQL.
 */
import type { Queryable } from '@pave/subgraph-kit';
import type { CatalogProblem } from '../port.ts';
import type { RelationRow } from './rows.ts';
import type { EntityWrite, SourceRow } from './snapshotRows.ts';

const CHUNK = 2000;

async function inChunks<T>(rows: readonly T[], write: (chunk: string) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(JSON.stringify(rows.slice(i, i + CHUNK)));
}

/** Removes everything stored about these entities: rows, documents, outgoing relations, sources. */
export async function deleteEntities(tx: Queryable, refs: readonly string[]) {
  await inChunks(refs, async (chunk) => {
    const params = [chunk];
    const refsOf = 'select jsonb_array_elements_text($1::jsonb)';
    await tx.query(`delete from catalog_relations where source_ref in (${refsOf})`, params);
    await tx.query(`delete from catalog_sources where ref in (${refsOf})`, params);
    await tx.query(`delete from catalog_documents where ref in (${refsOf})`, params);
    await tx.query(`delete from catalog_entities where ref in (${refsOf})`, params);
  });
}

/**
 * Inserts the entities (none of them may exist): their row with its search vector, and their
 * document. The `simple` text-search configuration, not a language's: catalog text is mostly
 * names and identifiers, and stemming would widen prefix searches (`shipping:*` becomes `ship:*`).
 */
export async function insertEntities(tx: Queryable, rows: readonly EntityWrite[]) {
  await inChunks(rows, (chunk) =>
    tx.query(
      `with e as (
         select * from jsonb_to_recordset($1::jsonb) as e(ref text, kind text, namespace text,
           name_key text, title_key text, spec_type text, lifecycle text, owner_ref text,
           system_ref text, tags jsonb, labels jsonb, annotations jsonb, text_a text, text_b text,
           text_c text, text_d text, location text, hash text, entity jsonb)
       ), documents as (
         insert into catalog_documents (ref, entity) select ref, entity from e
       )
       insert into catalog_entities (ref, kind, namespace, name_key, title_key, spec_type, lifecycle,
         owner_ref, system_ref, tags, labels, annotations, search, location, hash, updated_at)
       select ref, kind, namespace, name_key, title_key, spec_type, lifecycle, owner_ref, system_ref,
         array(select jsonb_array_elements_text(tags)), labels, annotations,
         setweight(to_tsvector('simple', text_a), 'A') || setweight(to_tsvector('simple', text_b), 'B') ||
         setweight(to_tsvector('simple', text_c), 'C') || setweight(to_tsvector('simple', text_d), 'D'),
         location, hash, now()
       from e`,
      [chunk],
    ),
  );
}

export async function insertRelations(tx: Queryable, rows: readonly RelationRow[]) {
  await inChunks(rows, (chunk) =>
    tx.query(
      `insert into catalog_relations (source_ref, type, target_ref)
       select * from jsonb_to_recordset($1::jsonb) as r(source_ref text, type text, target_ref text)
       on conflict do nothing`,
      [chunk],
    ),
  );
}

export async function insertSources(tx: Queryable, rows: readonly SourceRow[]) {
  await inChunks(rows, (chunk) =>
    tx.query(
      `insert into catalog_sources (repository, path, ref, rank)
       select repository, path, ref, rank
       from jsonb_to_recordset($1::jsonb) as s(repository text, path text, ref text, rank smallint)
       on conflict do nothing`,
      [chunk],
    ),
  );
}

/** Replaces the problems the backend reported on this read. */
export async function replaceReadProblems(tx: Queryable, problems: readonly CatalogProblem[]) {
  await tx.query(`delete from catalog_problems where origin = 'read'`);
  const rows = problems.map((p) => ({
    location: p.location,
    reason: p.reason,
    entity_ref: p.entityRef ?? null,
  }));
  await inChunks(rows, (chunk) =>
    tx.query(
      `insert into catalog_problems (location, reason, entity_ref, origin)
       select location, reason, entity_ref, 'read'
       from jsonb_to_recordset($1::jsonb) as p(location text, reason text, entity_ref text)`,
      [chunk],
    ),
  );
}
