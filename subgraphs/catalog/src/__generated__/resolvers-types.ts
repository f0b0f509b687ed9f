import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow } from '../store/rows.ts';
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
  annotations: Array<KeyValue>;
  consumesApis: Array<Entity>;
  dependents: Array<Entity>;
  dependsOn: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  labels: Array<KeyValue>;
  lifecycle?: Maybe<Scalars['String']['output']>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owner?: Maybe<Entity>;
  providesApis: Array<Entity>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  system?: Maybe<Entity>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** `service`, `website`, `library`… */
  type?: Maybe<Scalars['String']['output']>;
};


export type ComponentRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

/** What every Backstage entity has. */
export type Entity = {
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
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
  relations: Array<Relation>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
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

export type EntityFilter = {
  kind?: InputMaybe<Scalars['String']['input']>;
  lifecycle?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  system?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

/** Any other kind (User, API, System, Domain, Resource, Location, Template) until it gets a type of its own. */
export type GenericEntity = Entity & {
  __typename?: 'GenericEntity';
  annotations: Array<KeyValue>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
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


/** Any other kind (User, API, System, Domain, Resource, Location, Template) until it gets a type of its own. */
export type GenericEntityRelationsArgs = {
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Group = Entity & {
  __typename?: 'Group';
  annotations: Array<KeyValue>;
  children: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  labels: Array<KeyValue>;
  links: Array<Link>;
  location: Scalars['String']['output'];
  members: Array<Entity>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  owns: Array<Entity>;
  parent?: Maybe<Entity>;
  raw: Scalars['JSON']['output'];
  ref: Scalars['String']['output'];
  relations: Array<Relation>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
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
  url: Scalars['String']['output'];
};

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
   * name…). Problems never stop other entities from loading.
   */
  catalogProblems: Array<CatalogProblem>;
  /**
   * Entities matching every given filter field, ordered by ref. Relay pagination: `first` (1–1000,
   * default 50) and `after` (a cursor from a previous page).
   */
  entities: EntityConnection;
  /** Entities by ref, in the order asked, null where there is none. At most 1000 refs. */
  entitiesByRefs: Array<Maybe<Entity>>;
  /**
   * One entity by its ref, `kind:namespace/name` (compared case-insensitively; `component` and
   * `default` are assumed when the kind or namespace is left out), or null when there is none.
   */
  entity?: Maybe<Entity>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntitiesByRefsArgs = {
  refs: Array<Scalars['String']['input']>;
};


export type QueryEntityArgs = {
  ref: Scalars['String']['input'];
};

/** A relation to another entity, as Backstage derives it from spec fields (`ownedBy`, `dependsOn`…). */
export type Relation = {
  __typename?: 'Relation';
  target?: Maybe<Entity>;
  targetRef: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Refs of entities added, changed or removed whenever the catalog is re-read. */
  catalogChanged: CatalogChange;
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
  Component: Component;
  GenericEntity: GenericEntity;
  Group: Group;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Component:
    ( { __typename: 'Component' }
    & GraphQLRecursivePick<FederationTypes['Component'], {"ref":true}> );
  GenericEntity:
    ( { __typename: 'GenericEntity' }
    & GraphQLRecursivePick<FederationTypes['GenericEntity'], {"ref":true}> );
  Group:
    ( { __typename: 'Group' }
    & GraphQLRecursivePick<FederationTypes['Group'], {"ref":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CatalogChange: ResolverTypeWrapper<CatalogChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CatalogProblem: ResolverTypeWrapper<CatalogProblem>;
  Component: ResolverTypeWrapper<EntityRow>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EntityEdge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  GenericEntity: ResolverTypeWrapper<EntityRow>;
  Group: ResolverTypeWrapper<EntityRow>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyValue: ResolverTypeWrapper<KeyValue>;
  Link: ResolverTypeWrapper<Link>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<Omit<Relation, 'target'> & { target?: Maybe<ResolversTypes['Entity']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CatalogChange: CatalogChange;
  String: Scalars['String']['output'];
  CatalogProblem: CatalogProblem;
  Component: EntityRow;
  DateTime: Scalars['DateTime']['output'];
  Entity: EntityRow;
  EntityConnection: Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EntityEdge']>, nodes: Array<ResolversParentTypes['Entity']> };
  Int: Scalars['Int']['output'];
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  GenericEntity: EntityRow;
  Group: EntityRow;
  JSON: Scalars['JSON']['output'];
  KeyValue: KeyValue;
  Link: Link;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Relation: Omit<Relation, 'target'> & { target?: Maybe<ResolversParentTypes['Entity']> };
  Subscription: Record<PropertyKey, never>;
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
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  consumesApis?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  dependents?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  lifecycle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  providesApis?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<ComponentRelationsArgs>>;
  system?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Component' | 'GenericEntity' | 'Group', ParentType, ContextType>;
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

export type GenericEntityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['GenericEntity'] = ResolversParentTypes['GenericEntity'], FederationReferenceType extends FederationReferenceTypes['GenericEntity'] = FederationReferenceTypes['GenericEntity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GenericEntity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  annotations?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owns?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
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
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  catalogProblems?: Resolver<Array<ResolversTypes['CatalogProblem']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entitiesByRefs?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType, RequireFields<QueryEntitiesByRefsArgs, 'refs'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'ref'>>;
};

export type RelationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  target?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  targetRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  catalogChanged?: SubscriptionResolver<ResolversTypes['CatalogChange'], "catalogChanged", ParentType, ContextType>;
};

export type Resolvers<ContextType = CatalogContext> = {
  CatalogChange?: CatalogChangeResolvers<ContextType>;
  CatalogProblem?: CatalogProblemResolvers<ContextType>;
  Component?: ComponentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  GenericEntity?: GenericEntityResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyValue?: KeyValueResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};

