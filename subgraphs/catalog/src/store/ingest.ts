import { createHash } from 'node:crypto';
import type { Queryable, Store } from '@pave/subgraph-kit';
import { entityRef } from '../model/entity.ts';
import { deriveRelations } from '../model/relations.ts';
import type { CatalogProblem, CatalogSnapshot } from '../port.ts';
import type { EntityRow, RelationRow } from './rows.ts';

export interface CatalogChange {
  added: string[];
  changed: string[];
  removed: string[];
}

const lower = (value: unknown) =>
  typeof value === 'string' && value.length > 0 ? value.toLowerCase() : null;

function toRows(snapshot: CatalogSnapshot) {
  const entities = new Map<string, EntityRow>();
  const relations: RelationRow[] = [];
  const problems: CatalogProblem[] = [...snapshot.problems];
  for (const { entity, location } of snapshot.entities) {
    const ref = entityRef(entity);
    const existing = entities.get(ref);
    if (existing) {
      problems.push({
        location,
        entityRef: ref,
        reason: `duplicate of ${ref} already read from ${existing.location}`,
      });
      continue;
    }
    let outgoing: ReturnType<typeof deriveRelations>;
    try {
      outgoing = deriveRelations(entity);
    } catch (error) {
      problems.push({ location, entityRef: ref, reason: (error as Error).message });
      continue;
    }
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const firstTarget = (type: string, kind: string) =>
      outgoing.find((r) => r.type === type && r.targetRef.startsWith(`${kind}:`))?.targetRef ?? null;
    entities.set(ref, {
      ref,
      kind: entity.kind.toLowerCase(),
      namespace: (entity.metadata.namespace ?? 'default').toLowerCase(),
      name: entity.metadata.name,
      spec_type: lower(spec.type),
      lifecycle: lower(spec.lifecycle),
      owner_ref: outgoing.find((r) => r.type === 'ownedBy')?.targetRef ?? null,
      system_ref: firstTarget('partOf', 'system'),
      tags: (entity.metadata.tags ?? []).map((tag) => tag.toLowerCase()),
      location,
      hash: createHash('sha1').update(JSON.stringify(entity)).digest('base64url'),
      entity,
    });
    for (const { type, targetRef } of outgoing)
      relations.push({ source_ref: ref, type, target_ref: targetRef });
  }
  return { entities, relations, problems };
}

/**
 * Brings the store in line with a snapshot: only what changed is written, in one transaction.
 * Entities read from a location that reported a problem this time are kept as they were, so a
 * broken file never removes what was already loaded from it.
 */
export async function ingestSnapshot(store: Store, snapshot: CatalogSnapshot): Promise<CatalogChange> {
  const { entities, relations, problems } = toRows(snapshot);
  const troubled = new Set(problems.map((p) => p.location));
  return store.transaction(async (tx) => {
    const { rows: current } = await tx.query<{ ref: string; hash: string; location: string }>(
      'select ref, hash, location from catalog_entities',
    );
    const currentHash = new Map(current.map((row) => [row.ref, row.hash]));
    const added: string[] = [];
    const changed: string[] = [];
    const upserts: EntityRow[] = [];
    for (const row of entities.values()) {
      const hash = currentHash.get(row.ref);
      if (hash === row.hash) continue;
      (hash === undefined ? added : changed).push(row.ref);
      upserts.push(row);
    }
    const removed = current
      .filter((row) => !entities.has(row.ref) && !troubled.has(row.location))
      .map((row) => row.ref);

    const touched = [...upserts.map((row) => row.ref), ...removed];
    if (touched.length > 0) {
      await tx.query('delete from catalog_relations where source_ref = any($1::text[])', [touched]);
      await tx.query('delete from catalog_entities where ref = any($1::text[])', [removed]);
      await upsertEntities(tx, upserts);
      const fresh = new Set(upserts.map((row) => row.ref));
      await insertRelations(
        tx,
        relations.filter((r) => fresh.has(r.source_ref)),
      );
    }
    await tx.query('delete from catalog_problems');
    if (problems.length > 0) {
      await tx.query(
        `insert into catalog_problems (location, reason, entity_ref)
         select * from jsonb_to_recordset($1::jsonb) as p(location text, reason text, entity_ref text)`,
        [
          JSON.stringify(
            problems.map((p) => ({
              location: p.location,
              reason: p.reason,
              entity_ref: p.entityRef ?? null,
            })),
          ),
        ],
      );
    }
    return { added, changed, removed };
  });
}

const CHUNK = 2000;

async function upsertEntities(tx: Queryable, rows: EntityRow[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(
      `insert into catalog_entities
         (ref, kind, namespace, name, spec_type, lifecycle, owner_ref, system_ref, tags, location, hash, entity, updated_at)
       select ref, kind, namespace, name, spec_type, lifecycle, owner_ref, system_ref,
              array(select jsonb_array_elements_text(tags)), location, hash, entity, now()
       from jsonb_to_recordset($1::jsonb) as e(ref text, kind text, namespace text, name text, spec_type text,
            lifecycle text, owner_ref text, system_ref text, tags jsonb, location text, hash text, entity jsonb)
       on conflict (ref) do update set
         kind = excluded.kind, namespace = excluded.namespace, name = excluded.name,
         spec_type = excluded.spec_type, lifecycle = excluded.lifecycle, owner_ref = excluded.owner_ref,
         system_ref = excluded.system_ref, tags = excluded.tags, location = excluded.location,
         hash = excluded.hash, entity = excluded.entity, updated_at = now()`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
}

async function insertRelations(tx: Queryable, rows: RelationRow[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(
      `insert into catalog_relations (source_ref, type, target_ref)
       select * from jsonb_to_recordset($1::jsonb) as r(source_ref text, type text, target_ref text)
       on conflict do nothing`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
}
