import type { EntityRow } from '../store/rows.ts';
import { type CatalogContext, entityLoader, loadEntities, relationsLoader } from './loaders.ts';

const pairs = (record: Record<string, string> | undefined) =>
  Object.entries(record ?? {}).map(([key, value]) => ({ key, value: String(value) }));

const spec = (row: EntityRow) => (row.entity.spec ?? {}) as Record<string, unknown>;
const specString = (field: string) => (row: EntityRow) => {
  const value = spec(row)[field];
  return typeof value === 'string' ? value : null;
};

const loadRef = (ref: string | null, ctx: CatalogContext) => (ref ? entityLoader(ctx).load(ref) : null);

/** Entities at the other end of `type` relations, e.g. `related('dependsOn')`. */
export const related = (type: string) => async (row: EntityRow, _args: unknown, ctx: CatalogContext) => {
  const relations = await relationsLoader(ctx).load(row.ref);
  return loadEntities(
    ctx,
    relations.filter((r) => r.type === type).map((r) => r.target_ref),
  );
};

/** Resolvers of the fields every entity type has (the `Entity` interface). */
export const entityFields = {
  kind: (row: EntityRow) => row.entity.kind,
  namespace: (row: EntityRow) => row.entity.metadata.namespace ?? 'default',
  name: (row: EntityRow) => row.entity.metadata.name,
  title: (row: EntityRow) => row.entity.metadata.title ?? null,
  description: (row: EntityRow) => row.entity.metadata.description ?? null,
  tags: (row: EntityRow) => row.entity.metadata.tags ?? [],
  labels: (row: EntityRow) => pairs(row.entity.metadata.labels),
  annotations: (row: EntityRow) => pairs(row.entity.metadata.annotations),
  links: (row: EntityRow) => row.entity.metadata.links ?? [],
  raw: (row: EntityRow) => row.entity,
  relations: async (row: EntityRow, args: { type?: string | null }, ctx: CatalogContext) => {
    const relations = await relationsLoader(ctx).load(row.ref);
    return relations
      .filter((r) => !args.type || r.type === args.type)
      .map((r) => ({ type: r.type, targetRef: r.target_ref }));
  },
  type: specString('type'),
  owner: (row: EntityRow, _args: unknown, ctx: CatalogContext) => loadRef(row.owner_ref, ctx),
  __resolveReference: (reference: { ref: string }, ctx: CatalogContext) =>
    entityLoader(ctx).load(reference.ref.toLowerCase()),
};

export const Relation = {
  target: (relation: { targetRef: string }, _args: unknown, ctx: CatalogContext) =>
    entityLoader(ctx).load(relation.targetRef),
};

export const Component = {
  ...entityFields,
  lifecycle: specString('lifecycle'),
  system: (row: EntityRow, _args: unknown, ctx: CatalogContext) => loadRef(row.system_ref, ctx),
  dependsOn: related('dependsOn'),
  dependents: related('dependencyOf'),
  providesApis: related('providesApi'),
  consumesApis: related('consumesApi'),
};

export const Group = {
  ...entityFields,
  parent: async (row: EntityRow, args: unknown, ctx: CatalogContext) =>
    (await related('childOf')(row, args, ctx))[0] ?? null,
  children: related('parentOf'),
  members: related('hasMember'),
  owns: related('ownerOf'),
};

export const GenericEntity = entityFields;

const TYPE_BY_KIND: Record<string, string> = { component: 'Component', group: 'Group' };

export const Entity = {
  __resolveType: (row: EntityRow) => TYPE_BY_KIND[row.kind] ?? 'GenericEntity',
};
