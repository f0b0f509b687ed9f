import type {
  ComponentResolvers,
  Entity as EntityFields,
  EntityResolvers,
  GenericEntityResolvers,
  GroupResolvers,
  RelationResolvers,
} from '../__generated__/resolvers-types.ts';
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
const interfaceFields = {
  kind: (row) => row.entity.kind,
  namespace: (row) => row.entity.metadata.namespace ?? 'default',
  name: (row) => row.entity.metadata.name,
  title: (row) => row.entity.metadata.title ?? null,
  description: (row) => row.entity.metadata.description ?? null,
  tags: (row) => row.entity.metadata.tags ?? [],
  labels: (row) => pairs(row.entity.metadata.labels),
  annotations: (row) => pairs(row.entity.metadata.annotations),
  links: (row) => row.entity.metadata.links ?? [],
  raw: (row) => row.entity,
  relations: async (row, args, ctx) => {
    const relations = await relationsLoader(ctx).load(row.ref);
    return relations
      .filter((r) => !args.type || r.type === args.type)
      .map((r) => ({ type: r.type, targetRef: r.target_ref }));
  },
} satisfies Pick<GenericEntityResolvers, keyof EntityFields>;

/** What Component, Group and GenericEntity share beyond the interface: a type, and resolving by key. */
const entityFields = {
  ...interfaceFields,
  type: specString('type'),
  __resolveReference: (reference: { ref: string }, ctx: CatalogContext) =>
    entityLoader(ctx).load(reference.ref.toLowerCase()),
};

const owner = (row: EntityRow, _args: unknown, ctx: CatalogContext) => loadRef(row.owner_ref, ctx);

export const Relation = {
  target: (relation, _args, ctx) => entityLoader(ctx).load(relation.targetRef),
} satisfies RelationResolvers;

export const Component = {
  ...entityFields,
  owner,
  lifecycle: specString('lifecycle'),
  system: (row, _args, ctx) => loadRef(row.system_ref, ctx),
  dependsOn: related('dependsOn'),
  dependents: related('dependencyOf'),
  providesApis: related('providesApi'),
  consumesApis: related('consumesApi'),
} satisfies ComponentResolvers;

export const Group = {
  ...entityFields,
  parent: async (row, args, ctx) => (await related('childOf')(row, args, ctx))[0] ?? null,
  children: related('parentOf'),
  members: related('hasMember'),
  owns: related('ownerOf'),
} satisfies GroupResolvers;

export const GenericEntity = { ...entityFields, owner } satisfies GenericEntityResolvers;

const TYPE_BY_KIND: Record<string, 'Component' | 'Group'> = { component: 'Component', group: 'Group' };

export const Entity = {
  __resolveType: (row) => TYPE_BY_KIND[row.kind] ?? 'GenericEntity',
} satisfies EntityResolvers;
