import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow } from '../store/rows.ts';
import type { EntityConnectionParent } from '../resolvers/connection.ts';
import type { CatalogContext } from '../resolvers/loaders.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time as an ISO-8601 string in UTC, e.g. `2026-11-21T10:00:00.000Z`. */
  DateTime: { input: Date; output: Date | string; }
  /** Any JSON value: used for raw documents such as a Backstage entity as it was read. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Api = Entity & {
  __typename?: 'API';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  /** Components that consume this API. */
  apiConsumedBy: Array<Component>;
  /** Components that provide this API. */
  apiProvidedBy: Array<Component>;
  /**
   * The definition, inline or read from the file a placeholder names (`definition: { $text:
   * ./openapi.yaml }`, relative to the catalog file) when the catalog is loaded.
   */
  definition?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  lifecycle?: Maybe<Scalars['String']['output']>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owner?: Maybe<Entity>;
  partOf: Array<Entity>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  system?: Maybe<System>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** `openapi`, `asyncapi`, `graphql`, `grpc`… */
  type?: Maybe<Scalars['String']['output']>;
};


export type ApiAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type ApiLabelArgs = {
  key: Scalars['String']['input'];
};


export type ApiRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type CatalogChange = {
  __typename?: 'CatalogChange';
  added: Array<Scalars['String']['output']>;
  changed: Array<Scalars['String']['output']>;
  removed: Array<Scalars['String']['output']>;
};

export type CatalogProblem = {
  __typename?: 'CatalogProblem';
  entityRef?: Maybe<Scalars['String']['output']>;
  /** The file (or other location) the problem was found in. */
  location: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type Component = Entity & {
  __typename?: 'Component';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  consumesApis: Array<Api>;
  dependencyOf: Array<Entity>;
  /** Same as `dependencyOf`. */
  dependents: Array<Entity>;
  dependsOn: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  hasPart: Array<Entity>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  lifecycle?: Maybe<Scalars['String']['output']>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** The Group or User in `spec.owner`. */
  owner?: Maybe<Entity>;
  /** The System and/or Component this one is part of. */
  partOf: Array<Entity>;
  providesApis: Array<Api>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  /** The component this one is part of (`spec.subcomponentOf`). */
  subcomponentOf?: Maybe<Component>;
  /** Components that name this one in `spec.subcomponentOf`. */
  subcomponents: Array<Component>;
  system?: Maybe<System>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** `service`, `website`, `library`… */
  type?: Maybe<Scalars['String']['output']>;
};


export type ComponentAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type ComponentLabelArgs = {
  key: Scalars['String']['input'];
};


export type ComponentRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Domain = Entity & {
  __typename?: 'Domain';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  /** Systems and subdomains in this domain. */
  hasPart: Array<Entity>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owner?: Maybe<Entity>;
  partOf: Array<Entity>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  /** The domain this one is a subdomain of (`spec.subdomainOf`). */
  subdomainOf?: Maybe<Domain>;
  subdomains: Array<Domain>;
  systems: Array<System>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};


export type DomainAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type DomainLabelArgs = {
  key: Scalars['String']['input'];
};


export type DomainRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

/** What every Backstage entity has. */
export type Entity = {
  /** The value of one annotation, or null. */
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  /** As written in the entity (`Component`, `API`…). */
  kind: Scalars['String']['output'];
  /** The value of one label, or null. */
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  /** The file or URL the entity was read from. */
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** The entity exactly as it was read. */
  raw: Scalars['JSON']['output'];
  /** Canonical ref, lower case: `kind:namespace/name`. */
  ref: Scalars['String']['output'];
  /** Relations in both directions; `type` narrows them (`ownedBy`, `hasPart`…). */
  relations: Array<Relation>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};


/** What every Backstage entity has. */
export type EntityAnnotationArgs = {
  key: Scalars['String']['input'];
};


/** What every Backstage entity has. */
export type EntityLabelArgs = {
  key: Scalars['String']['input'];
};


/** What every Backstage entity has. */
export type EntityRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/**
 * Every given field must match. Values are compared case-insensitively; `owner` and `system` take
 * entity refs (`team-a` means `group:default/team-a`, `storefront` means `system:default/storefront`).
 */
export type EntityFilter = {
  /** Entities with each of these annotations (with that value, or any value when `value` is left out). */
  annotation?: InputMaybe<Array<MetadataFilter>>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Entities with each of these labels (with that value, or any value when `value` is left out). */
  label?: InputMaybe<Array<MetadataFilter>>;
  lifecycle?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  system?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type EntityOrder = {
  direction?: OrderDirection;
  field?: EntityOrderField;
};

export type EntityOrderField =
  | 'KIND'
  | 'LIFECYCLE'
  | 'NAME'
  | 'OWNER'
  | 'REF'
  /** The title, or the name where there is none. */
  | 'TITLE'
  | 'TYPE';

/** `spec.profile` of a User or Group. */
export type EntityProfile = {
  __typename?: 'EntityProfile';
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  picture?: Maybe<Scalars['String']['output']>;
};

export type FacetField =
  | 'ANNOTATION'
  | 'KIND'
  | 'LABEL'
  | 'LIFECYCLE'
  | 'NAMESPACE'
  | 'OWNER'
  | 'SYSTEM'
  | 'TAG'
  | 'TYPE';

export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** An entity of a kind Backstage does not define (a kind of your own, such as `Pipeline`). */
export type GenericEntity = Entity & {
  __typename?: 'GenericEntity';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owner?: Maybe<Entity>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};


/** An entity of a kind Backstage does not define (a kind of your own, such as `Pipeline`). */
export type GenericEntityAnnotationArgs = {
  key: Scalars['String']['input'];
};


/** An entity of a kind Backstage does not define (a kind of your own, such as `Pipeline`). */
export type GenericEntityLabelArgs = {
  key: Scalars['String']['input'];
};


/** An entity of a kind Backstage does not define (a kind of your own, such as `Pipeline`). */
export type GenericEntityRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Group = Entity & {
  __typename?: 'Group';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  children: Array<Group>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  members: Array<User>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** Entities whose owner is this group. */
  owns: Array<Entity>;
  parent?: Maybe<Group>;
  profile?: Maybe<EntityProfile>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** `team`, `business-unit`, `organization`… */
  type?: Maybe<Scalars['String']['output']>;
};


export type GroupAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type GroupLabelArgs = {
  key: Scalars['String']['input'];
};


export type GroupRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type KeyValue = {
  __typename?: 'KeyValue';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Link = {
  __typename?: 'Link';
  icon?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type Location = Entity & {
  __typename?: 'Location';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** `required` (the default) or `optional`. */
  presence?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  tags: Array<Scalars['String']['output']>;
  target?: Maybe<Scalars['String']['output']>;
  targets: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** `url`, `file`… */
  type?: Maybe<Scalars['String']['output']>;
};


export type LocationAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type LocationLabelArgs = {
  key: Scalars['String']['input'];
};


export type LocationRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type MetadataFilter = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/**
 * Where a page of a Relay connection sits. Cursors are opaque and stable: a cursor from one page
 * still works after entities are added or removed elsewhere.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * What went wrong while reading the catalog (a file that is not valid YAML, an entity without a
   * name, a relation to an entity that does not exist…). Problems never stop other entities from
   * loading.
   */
  catalogProblems: Array<CatalogProblem>;
  /**
   * The components a working directory belongs to, for clients such as the CLI: `repositoryUrl` is the
   * git remote in any form (`https://github.com/acme/shop.git`, `git@github.com:acme/shop.git`, …),
   * `path` the directory inside the repository. Matched against `backstage.io/source-location`,
   * `github.com/project-slug` and `backstage.io/managed-by-location`; the most specific first. Without
   * `path`, every component whose source is in the repository.
   */
  componentsBySource: Array<Component>;
  /**
   * Entities matching every given filter field, in `orderBy` order (by ref unless told otherwise).
   * Relay pagination: `first` (1–1000, default 50) and `after` (a cursor from a previous page of the
   * same query; cursors stay valid while entities are added or removed).
   */
  entities: EntityConnection;
  /** Entities by ref, in the order asked, null where there is none. At most 1000 refs. */
  entitiesByRefs: Array<Maybe<Entity>>;
  /**
   * One entity by its ref, `kind:namespace/name` (compared case-insensitively; `component` and
   * `default` are assumed when the kind or namespace is left out), or null when there is none.
   */
  entity?: Maybe<Entity>;
  /**
   * How many entities matching `filter` have each value of `field`, most frequent first. LABEL and
   * ANNOTATION count the values of the label or annotation named by `key`.
   */
  facets: Array<FacetValue>;
  /**
   * Full-text search over names, titles, descriptions, tags, kinds and types, best match first. Every
   * word must match; the last may be the start of a word (`pay` finds `payments`). Narrow it with
   * `filter`. Paginated like `entities`.
   */
  search: EntityConnection;
};


export type QueryComponentsBySourceArgs = {
  path?: InputMaybe<Scalars['String']['input']>;
  repositoryUrl: Scalars['String']['input'];
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryEntitiesByRefsArgs = {
  refs: Array<Scalars['String']['input']>;
};


export type QueryEntityArgs = {
  ref: Scalars['String']['input'];
};


export type QueryFacetsArgs = {
  field: FacetField;
  filter?: InputMaybe<EntityFilter>;
  key?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/** A relation to another entity, as Backstage derives it from spec fields (`ownedBy`, `dependsOn`…). */
export type Relation = {
  __typename?: 'Relation';
  target?: Maybe<Entity>;
  targetRef: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type Resource = Entity & {
  __typename?: 'Resource';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  dependencyOf: Array<Entity>;
  dependsOn: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owner?: Maybe<Entity>;
  partOf: Array<Entity>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  system?: Maybe<System>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** `database`, `s3-bucket`, `cluster`… */
  type?: Maybe<Scalars['String']['output']>;
};


export type ResourceAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type ResourceLabelArgs = {
  key: Scalars['String']['input'];
};


export type ResourceRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Refs of entities added, changed or removed whenever the catalog is re-read. */
  catalogChanged: CatalogChange;
};

export type System = Entity & {
  __typename?: 'System';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  apis: Array<Api>;
  components: Array<Component>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<Domain>;
  /** Components, APIs and Resources that name this system. */
  hasPart: Array<Entity>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owner?: Maybe<Entity>;
  partOf: Array<Entity>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  resources: Array<Resource>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};


export type SystemAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type SystemLabelArgs = {
  key: Scalars['String']['input'];
};


export type SystemRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Template = Entity & {
  __typename?: 'Template';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  output?: Maybe<Scalars['JSON']['output']>;
  owner?: Maybe<Entity>;
  /** The form steps (`spec.parameters`), as written. */
  parameters?: Maybe<Scalars['JSON']['output']>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  /** The actions it runs (`spec.steps`), as written. */
  steps?: Maybe<Scalars['JSON']['output']>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** What the template creates: `service`, `website`… */
  type?: Maybe<Scalars['String']['output']>;
};


export type TemplateAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type TemplateLabelArgs = {
  key: Scalars['String']['input'];
};


export type TemplateRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type User = Entity & {
  __typename?: 'User';
  annotation?: Maybe<Scalars['String']['output']>;
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  memberOf: Array<Group>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** Entities whose owner is this user. */
  owns: Array<Entity>;
  profile?: Maybe<EntityProfile>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};


export type UserAnnotationArgs = {
  key: Scalars['String']['input'];
};


export type UserLabelArgs = {
  key: Scalars['String']['input'];
};


export type UserRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  API: Api;
  Component: Component;
  Domain: Domain;
  GenericEntity: GenericEntity;
  Group: Group;
  Location: Location;
  Resource: Resource;
  System: System;
  Template: Template;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  API:
    ( { __typename: 'API' }
    & GraphQLRecursivePick<FederationTypes['API'], {"ref":true}> );
  Component:
    ( { __typename: 'Component' }
    & GraphQLRecursivePick<FederationTypes['Component'], {"ref":true}> );
  Domain:
    ( { __typename: 'Domain' }
    & GraphQLRecursivePick<FederationTypes['Domain'], {"ref":true}> );
  GenericEntity:
    ( { __typename: 'GenericEntity' }
    & GraphQLRecursivePick<FederationTypes['GenericEntity'], {"ref":true}> );
  Group:
    ( { __typename: 'Group' }
    & GraphQLRecursivePick<FederationTypes['Group'], {"ref":true}> );
  Location:
    ( { __typename: 'Location' }
    & GraphQLRecursivePick<FederationTypes['Location'], {"ref":true}> );
  Resource:
    ( { __typename: 'Resource' }
    & GraphQLRecursivePick<FederationTypes['Resource'], {"ref":true}> );
  System:
    ( { __typename: 'System' }
    & GraphQLRecursivePick<FederationTypes['System'], {"ref":true}> );
  Template:
    ( { __typename: 'Template' }
    & GraphQLRecursivePick<FederationTypes['Template'], {"ref":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"ref":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  API: ResolverTypeWrapper<EntityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CatalogChange: ResolverTypeWrapper<CatalogChange>;
  CatalogProblem: ResolverTypeWrapper<CatalogProblem>;
  Component: ResolverTypeWrapper<EntityRow>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Domain: ResolverTypeWrapper<EntityRow>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  EntityProfile: ResolverTypeWrapper<EntityProfile>;
  FacetField: FacetField;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  GenericEntity: ResolverTypeWrapper<EntityRow>;
  Group: ResolverTypeWrapper<EntityRow>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyValue: ResolverTypeWrapper<KeyValue>;
  Link: ResolverTypeWrapper<Link>;
  Location: ResolverTypeWrapper<EntityRow>;
  MetadataFilter: MetadataFilter;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<Omit<Relation, 'target'> & { target?: Maybe<ResolversTypes['Entity']> }>;
  Resource: ResolverTypeWrapper<EntityRow>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  System: ResolverTypeWrapper<EntityRow>;
  Template: ResolverTypeWrapper<EntityRow>;
  User: ResolverTypeWrapper<EntityRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  API: EntityRow;
  String: Scalars['String']['output'];
  CatalogChange: CatalogChange;
  CatalogProblem: CatalogProblem;
  Component: EntityRow;
  DateTime: Scalars['DateTime']['output'];
  Domain: EntityRow;
  Entity: EntityRow;
  EntityConnection: EntityConnectionParent;
  Int: Scalars['Int']['output'];
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityOrder: EntityOrder;
  EntityProfile: EntityProfile;
  FacetValue: FacetValue;
  GenericEntity: EntityRow;
  Group: EntityRow;
  JSON: Scalars['JSON']['output'];
  KeyValue: KeyValue;
  Link: Link;
  Location: EntityRow;
  MetadataFilter: MetadataFilter;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Relation: Omit<Relation, 'target'> & { target?: Maybe<ResolversParentTypes['Entity']> };
  Resource: EntityRow;
  Subscription: Record<PropertyKey, never>;
  System: EntityRow;
  Template: EntityRow;
  User: EntityRow;
};

export type ApiResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['API'] = ResolversParentTypes['API'], FederationReferenceType extends FederationReferenceTypes['API'] = FederationReferenceTypes['API']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['API']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ApiAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  apiConsumedBy?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  apiProvidedBy?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ApiLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  lifecycle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<ApiRelationsArgs>>;
  system?: Resolver<Maybe<ResolversTypes['System']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CatalogChangeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogChange'] = ResolversParentTypes['CatalogChange']> = {
  added?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CatalogProblemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogProblem'] = ResolversParentTypes['CatalogProblem']> = {
  entityRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComponentResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component'], FederationReferenceType extends FederationReferenceTypes['Component'] = FederationReferenceTypes['Component']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Component']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ComponentAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  consumesApis?: Resolver<Array<ResolversTypes['API']>, ParentType, ContextType>;
  dependencyOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  dependents?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasPart?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ComponentLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  lifecycle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  providesApis?: Resolver<Array<ResolversTypes['API']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<ComponentRelationsArgs>>;
  subcomponentOf?: Resolver<Maybe<ResolversTypes['Component']>, ParentType, ContextType>;
  subcomponents?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['System']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DomainResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain'], FederationReferenceType extends FederationReferenceTypes['Domain'] = FederationReferenceTypes['Domain']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Domain']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DomainAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasPart?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DomainLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<DomainRelationsArgs>>;
  subdomainOf?: Resolver<Maybe<ResolversTypes['Domain']>, ParentType, ContextType>;
  subdomains?: Resolver<Array<ResolversTypes['Domain']>, ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['System']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'API' | 'Component' | 'Domain' | 'GenericEntity' | 'Group' | 'Location' | 'Resource' | 'System' | 'Template' | 'User', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityProfileResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['EntityProfile'] = ResolversParentTypes['EntityProfile']> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  picture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FacetValueResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GenericEntityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['GenericEntity'] = ResolversParentTypes['GenericEntity'], FederationReferenceType extends FederationReferenceTypes['GenericEntity'] = FederationReferenceTypes['GenericEntity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GenericEntity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<GenericEntityAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<GenericEntityLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<GenericEntityRelationsArgs>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GroupResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group'], FederationReferenceType extends FederationReferenceTypes['Group'] = FederationReferenceTypes['Group']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Group']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<GroupAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<GroupLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owns?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['EntityProfile']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<GroupRelationsArgs>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyValueResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['KeyValue'] = ResolversParentTypes['KeyValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'], FederationReferenceType extends FederationReferenceTypes['Location'] = FederationReferenceTypes['Location']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Location']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<LocationAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<LocationLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  presence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<LocationRelationsArgs>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  catalogProblems?: Resolver<Array<ResolversTypes['CatalogProblem']>, ParentType, ContextType>;
  componentsBySource?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType, RequireFields<QueryComponentsBySourceArgs, 'repositoryUrl'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entitiesByRefs?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType, RequireFields<QueryEntitiesByRefsArgs, 'refs'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'ref'>>;
  facets?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType, RequireFields<QueryFacetsArgs, 'field'>>;
  search?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
};

export type RelationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  target?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  targetRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResourceResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource'], FederationReferenceType extends FederationReferenceTypes['Resource'] = FederationReferenceTypes['Resource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Resource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ResourceAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  dependencyOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ResourceLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<ResourceRelationsArgs>>;
  system?: Resolver<Maybe<ResolversTypes['System']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  catalogChanged?: SubscriptionResolver<ResolversTypes['CatalogChange'], "catalogChanged", ParentType, ContextType>;
};

export type SystemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['System'] = ResolversParentTypes['System'], FederationReferenceType extends FederationReferenceTypes['System'] = FederationReferenceTypes['System']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['System']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SystemAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  apis?: Resolver<Array<ResolversTypes['API']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['Component']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['Domain']>, ParentType, ContextType>;
  hasPart?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SystemLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<SystemRelationsArgs>>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Template'] = ResolversParentTypes['Template'], FederationReferenceType extends FederationReferenceTypes['Template'] = FederationReferenceTypes['Template']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Template']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TemplateAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TemplateLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<TemplateRelationsArgs>>;
  steps?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<UserAnnotationArgs, 'key'>>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<UserLabelArgs, 'key'>>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owns?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['EntityProfile']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<UserRelationsArgs>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = CatalogContext> = {
  API?: ApiResolvers<ContextType>;
  CatalogChange?: CatalogChangeResolvers<ContextType>;
  CatalogProblem?: CatalogProblemResolvers<ContextType>;
  Component?: ComponentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Domain?: DomainResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityProfile?: EntityProfileResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  GenericEntity?: GenericEntityResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyValue?: KeyValueResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  System?: SystemResolvers<ContextType>;
  Template?: TemplateResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

