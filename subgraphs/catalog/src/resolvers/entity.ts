/**
 * What every entity type resolves the same way: the `Entity` interface fields, resolving by key,
 * and relation fields, which load through the request's DataLoaders (one query per request for
 * every entity of a list, whatever the field).
 */
import type {
  Entity as EntityFields,
  EntityResolvers,
  GenericEntityResolvers,
  RelationResolvers,
} from '../__generated__/resolvers-types.ts';
import type { EntityRow } from '../store/rows.ts';
import { type CatalogContext, entityLoader, loadEntities, relationsLoader } from './loaders.ts';

type Resolver<Result> = (row: EntityRow, args: unknown, ctx: CatalogContext) => Result;

const pairs = (record: Record<string, string> | undefined) =>
  Object.entries(record ?? {}).map(([key, value]) => ({ key, value: String(value) }));

export const spec = (row: EntityRow) => (row.entity.spec ?? {}) as Record<string, unknown>;

export const specString =
  (field: string): Resolver<string | null> =>
  (row) => {
    const value = spec(row)[field];
    return typeof value === 'string' ? value : null;
  };

export const specValue =
  (field: string): Resolver<unknown> =>
  (row) =>
    spec(row)[field] ?? null;

export const profile: Resolver<{ displayName?: string; email?: string; picture?: string } | null> = (row) => {
  const value = spec(row).profile;
  if (typeof value !== 'object' || value === null) return null;
  const { displayName, email, picture } = value as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { displayName: text(displayName), email: text(email), picture: text(picture) };
};

const kindOf = (ref: string) => ref.slice(0, ref.indexOf(':'));

/**
 * Entities at the other end of `type` relations (in either declared direction), optionally only
 * those of the given kinds, e.g. `related('hasMember', 'user')`.
 */
export const related =
  (type: string, ...kinds: string[]): Resolver<Promise<EntityRow[]>> =>
  async (row, _args, ctx) => {
    const relations = await relationsLoader(ctx).load(row.ref);
    const refs = relations
      .filter((r) => r.type === type && (kinds.length === 0 || kinds.includes(kindOf(r.target_ref))))
      .map((r) => r.target_ref);
    return loadEntities(ctx, refs);
  };

/** The first entity `related` finds, or null. */
export const relatedOne =
  (type: string, ...kinds: string[]): Resolver<Promise<EntityRow | null>> =>
  async (row, args, ctx) =>
    (await related(type, ...kinds)(row, args, ctx))[0] ?? null;

/** The owner named in `spec.owner` (a Group or a User), or null when it is not in the catalog. */
export const owner: Resolver<Promise<EntityRow | null> | null> = (row, _args, ctx) =>
  row.owner_ref ? entityLoader(ctx).load(row.owner_ref) : null;

/** Resolvers of the fields every entity type has (the `Entity` interface), and resolving by key. */
export const entityFields = {
  kind: (row) => row.entity.kind,
  namespace: (row) => row.entity.metadata.namespace ?? 'default',
  name: (row) => row.entity.metadata.name,
  title: (row) => row.entity.metadata.title ?? null,
  description: (row) => row.entity.metadata.description ?? null,
  tags: (row) => row.entity.metadata.tags ?? [],
  labels: (row) => pairs(row.entity.metadata.labels),
  annotations: (row) => pairs(row.entity.metadata.annotations),
  label: (row, args) => row.entity.metadata.labels?.[args.key] ?? null,
  annotation: (row, args) => row.entity.metadata.annotations?.[args.key] ?? null,
  links: (row) =>
    (row.entity.metadata.links ?? []).map((link) => ({
      url: link.url,
      title: link.title ?? null,
      icon: link.icon ?? null,
      type: link.type ?? null,
    })),
  raw: (row) => row.entity,
  relations: async (row, args, ctx) => {
    const relations = await relationsLoader(ctx).load(row.ref);
    return relations
      .filter((r) => !args.type || r.type === args.type)
      .map((r) => ({ type: r.type, targetRef: r.target_ref }));
  },
  __resolveReference: (reference: { ref: string }, ctx: CatalogContext) =>
    entityLoader(ctx).load(reference.ref.toLowerCase()),
} satisfies Pick<GenericEntityResolvers, keyof EntityFields | '__resolveReference'>;

export const Relation = {
  target: (relation, _args, ctx) => entityLoader(ctx).load(relation.targetRef),
} satisfies RelationResolvers;

/** GraphQL type of each kind Backstage defines; any other kind is a GenericEntity. */
const TYPE_BY_KIND = {
  component: 'Component',
  api: 'API',
  resource: 'Resource',
  system: 'System',
  domain: 'Domain',
  group: 'Group',
  user: 'User',
  template: 'Template',
  location: 'Location',
} as const;

export const Entity = {
  __resolveType: (row) => TYPE_BY_KIND[row.kind as keyof typeof TYPE_BY_KIND] ?? 'GenericEntity',
} satisfies EntityResolvers;
