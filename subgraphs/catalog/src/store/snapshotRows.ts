/**
 * Turns a backend's snapshot into the rows the store keeps: the columns queries filter, sort and
 * search on, the relations in their declared direction, and where each entity's source lives.
 */
import { createHash } from 'node:crypto';
import { entityRef, type RawEntity } from '../model/entity.ts';
import { deriveRelations } from '../model/relations.ts';
import { entitySources } from '../model/source.ts';
import type { CatalogProblem, CatalogSnapshot } from '../port.ts';
import type { RelationRow } from './rows.ts';

/** One entity as ingestion writes it (jsonb_to_recordset reads these field names). */
export interface EntityWrite {
  ref: string;
  kind: string;
  namespace: string;
  name_key: string;
  title_key: string;
  spec_type: string | null;
  lifecycle: string | null;
  owner_ref: string | null;
  system_ref: string | null;
  tags: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Full-text fields by weight: A names and titles, B kind/type/tags, C description, D owner and system. */
  text_a: string;
  text_b: string;
  text_c: string;
  text_d: string;
  location: string;
  hash: string;
  entity: RawEntity;
}

export interface SourceRow {
  ref: string;
  repository: string;
  path: string;
  /** 0 for the most authoritative annotation, then 1, 2… */
  rank: number;
}

/** An entity of the snapshot, identified: what is needed to tell whether the store has it already. */
export interface IdentifiedEntity {
  ref: string;
  hash: string;
  location: string;
  entity: RawEntity;
}

export interface EntityRows {
  writes: EntityWrite[];
  relations: RelationRow[];
  sources: SourceRow[];
  problems: CatalogProblem[];
}

const lower = (value: unknown) =>
  typeof value === 'string' && value.length > 0 ? value.toLowerCase() : null;

/** Filters compare case-insensitively, as Backstage's do: keys and values are kept lower case. */
const lowerRecord = (record: Record<string, string> | undefined) =>
  Object.fromEntries(
    Object.entries(record ?? {}).map(([k, v]) => [k.toLowerCase(), String(v).toLowerCase()]),
  );

/** `component:default/orders-service` → `orders-service`, so owners and systems are found by name. */
const refName = (ref: string | null) => (ref ? ref.slice(ref.indexOf('/') + 1) : '');

/**
 * The snapshot's entities by ref with their content hash, the first of each ref kept and the others
 * reported. Cheap on purpose: a refresh where little changed builds full rows for the changes only.
 */
export function identifyEntities(snapshot: CatalogSnapshot): {
  entities: Map<string, IdentifiedEntity>;
  problems: CatalogProblem[];
} {
  const entities = new Map<string, IdentifiedEntity>();
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
    const hash = createHash('sha1').update(JSON.stringify(entity)).update(location).digest('base64url');
    entities.set(ref, { ref, hash, location, entity });
  }
  return { entities, problems };
}

/** The rows of entities to write; one whose relations cannot be derived is a problem instead. */
export function entityRows(entities: Iterable<IdentifiedEntity>): EntityRows {
  const rows: EntityRows = { writes: [], relations: [], sources: [], problems: [] };
  for (const { ref, hash, location, entity } of entities) {
    let outgoing: ReturnType<typeof deriveRelations>;
    try {
      outgoing = deriveRelations(entity);
    } catch (error) {
      rows.problems.push({ location, entityRef: ref, reason: (error as Error).message });
      continue;
    }
    rows.writes.push(entityWrite(entity, ref, location, hash, outgoing));
    for (const { type, targetRef } of outgoing)
      rows.relations.push({ source_ref: ref, type, target_ref: targetRef });
    for (const [rank, source] of entitySources(entity).entries()) rows.sources.push({ ref, rank, ...source });
  }
  return rows;
}

function entityWrite(
  entity: RawEntity,
  ref: string,
  location: string,
  hash: string,
  outgoing: ReturnType<typeof deriveRelations>,
): EntityWrite {
  const { metadata } = entity;
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const firstTarget = (type: string, kind: string) =>
    outgoing.find((r) => r.type === type && r.targetRef.startsWith(`${kind}:`))?.targetRef ?? null;
  const ownerRef = outgoing.find((r) => r.type === 'ownedBy')?.targetRef ?? null;
  const systemRef = firstTarget('partOf', 'system');
  const tags = (metadata.tags ?? []).map((tag) => tag.toLowerCase());
  const title = typeof metadata.title === 'string' && metadata.title !== '' ? metadata.title : undefined;
  const profile = spec.profile as { displayName?: unknown } | undefined;
  const displayName = typeof profile?.displayName === 'string' ? profile.displayName : '';
  return {
    ref,
    kind: entity.kind.toLowerCase(),
    namespace: (metadata.namespace ?? 'default').toLowerCase(),
    name_key: metadata.name.toLowerCase(),
    title_key: (title ?? metadata.name).toLowerCase(),
    spec_type: lower(spec.type),
    lifecycle: lower(spec.lifecycle),
    owner_ref: ownerRef,
    system_ref: systemRef,
    tags,
    labels: lowerRecord(metadata.labels),
    annotations: lowerRecord(metadata.annotations),
    text_a: [metadata.name, title ?? '', displayName].join(' '),
    text_b: [entity.kind, spec.type, ...tags].filter((v) => typeof v === 'string').join(' '),
    text_c: typeof metadata.description === 'string' ? metadata.description : '',
    text_d: [refName(ownerRef), refName(systemRef)].join(' '),
    location,
    hash,
    entity,
  };
}
