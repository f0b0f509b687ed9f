import type { Store } from '@pave/subgraph-kit';
import type { CatalogProblem, CatalogSnapshot } from '../port.ts';
import { BULK_WRITES, dropSecondaryIndexes, rebuildIndexes } from './bulk.ts';
import { replaceDanglingRelationProblems, updateDanglingRelationProblems } from './dangling.ts';
import { addFacetCounts, refreshFacetCounts } from './facetCounts.ts';
import { entityRows, type IdentifiedEntity, identifyEntities } from './snapshotRows.ts';
import {
  deleteEntities,
  insertEntities,
  insertRelations,
  insertSources,
  replaceReadProblems,
} from './write.ts';

export interface CatalogChange {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface IngestResult extends CatalogChange {
  /** Relations to entities that do not exist, newly found by this ingestion. */
  danglingRelations?: CatalogProblem[];
}

/**
 * Past this many written entities, vacuum and analyze: fresh planner statistics, and a visibility
 * map that lets counts and facets scan indexes only.
 */
const VACUUM_AFTER = 1000;

/**
 * Brings the store in line with a snapshot: only entities whose content or location changed are
 * written, in one transaction, with bulk statements. Nothing is removed unless the snapshot is
 * complete, and even then entities read from a location that reported a problem this time are kept
 * as they were: a backend that is down or a broken file never removes what was loaded from it.
 * An entity the backend could only partly read (a placeholder it could not resolve) is written when
 * it is new, and otherwise kept as stored, as Backstage keeps an entity's last good version.
 */
export async function ingestSnapshot(
  store: Store,
  snapshot: CatalogSnapshot,
  options: { bulkWrites?: number } = {},
): Promise<IngestResult> {
  const bulkWrites = options.bulkWrites ?? BULK_WRITES;
  const { entities, problems } = identifyEntities(snapshot);
  const result = await store.transaction(async (tx) => {
    // Replicas refresh one at a time: the second sees what the first wrote and writes nothing.
    await tx.query(`select pg_advisory_xact_lock(hashtext('pave.catalog.ingest'))`);
    const { rows: current } = await tx.query<{ ref: string; hash: string; location: string }>(
      'select ref, hash, location from catalog_entities',
    );
    const currentHash = new Map(current.map((row) => [row.ref, row.hash]));
    const partlyRead = new Set(problems.filter((p) => p.keepStored).map((p) => p.entityRef));
    const fresh: IdentifiedEntity[] = [];
    for (const entity of entities.values()) {
      const stored = currentHash.get(entity.ref);
      if (stored !== undefined && partlyRead.has(entity.ref)) continue;
      if (stored !== entity.hash) fresh.push(entity);
    }
    const { writes, relations, sources, problems: rowProblems } = entityRows(fresh);
    problems.push(...rowProblems);
    const added: string[] = [];
    const changed: string[] = [];
    for (const row of writes) (currentHash.has(row.ref) ? changed : added).push(row.ref);
    const troubled = new Set(problems.map((p) => p.location));
    const removed = snapshot.complete
      ? current.filter((row) => !entities.has(row.ref) && !troubled.has(row.location)).map((row) => row.ref)
      : [];

    let danglingRelations: CatalogProblem[] | undefined;
    if (writes.length > 0 || removed.length > 0) {
      // Only when the catalog is (nearly) empty, e.g. a first load: dropping indexes locks the tables,
      // and readers of a catalog in use must not wait for a large change to be written.
      const bulk = writes.length >= bulkWrites && current.length * 2 <= writes.length;
      const dropped = bulk ? await dropSecondaryIndexes(tx) : [];
      const replaced = [...changed, ...removed];
      if (!bulk) await addFacetCounts(tx, replaced, -1);
      await deleteEntities(tx, replaced);
      await insertEntities(tx, writes);
      await insertRelations(tx, relations);
      await insertSources(tx, sources);
      await rebuildIndexes(tx, dropped);
      if (bulk) {
        await refreshFacetCounts(tx);
        danglingRelations = await replaceDanglingRelationProblems(tx);
      } else {
        await addFacetCounts(tx, [...changed, ...added], 1);
        danglingRelations = await updateDanglingRelationProblems(tx, {
          written: [...changed, ...added],
          added,
          removed,
        });
      }
    }
    await replaceReadProblems(tx, problems);
    return { added, changed, removed, danglingRelations };
  });
  const written = result.added.length + result.changed.length + result.removed.length;
  if (written >= VACUUM_AFTER) {
    await store.exec(
      'vacuum (analyze) catalog_entities, catalog_relations, catalog_sources, catalog_documents',
    );
  }
  return result;
}
