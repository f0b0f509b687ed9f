import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReleaseRow, EnvironmentKey, ComponentKey } from '../store/rows.ts';
import type { ReleaseArtifact } from '../port.ts';
import type { ReleasesContext } from '../resolvers/context.ts';
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

export type Artifact = {
  __typename?: 'Artifact';
  description: Scalars['String']['output'];
  /** A commit SHA, `sha256:<hex>` of a snapshot, or an image reference. */
  id: Scalars['String']['output'];
  kind: ArtifactKind;
  /** What was asked for: a branch, a tag… null for "as it is now". */
  ref?: Maybe<Scalars['String']['output']>;
};

export type ArtifactKind =
  | 'COMMIT'
  | 'IMAGE'
  | 'SNAPSHOT';

export type Component = {
  __typename?: 'Component';
  ref: Scalars['String']['output'];
  /** Releases across the component's environments, newest first. */
  releases: ReleaseConnection;
};


export type ComponentReleasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeployInput = {
  environmentId: Scalars['ID']['input'];
  /**
   * A git branch, tag or commit (local adapter), or an image or revision (gitops, kubernetes, argocd).
   * Null ships a preview environment's branch, else what is checked in now.
   */
  ref?: InputMaybe<Scalars['String']['input']>;
};

export type Environment = {
  __typename?: 'Environment';
  /** The release that serves: the newest one that succeeded. */
  currentRelease?: Maybe<Release>;
  id: Scalars['ID']['output'];
  /** The release numbered `number` (v3 is 3), or null when the environment has none. */
  release?: Maybe<Release>;
  /** Newest first. Relay pagination: `first` (1–200, default 20), `after`. */
  releases: ReleaseConnection;
};


export type EnvironmentReleaseArgs = {
  number: Scalars['Int']['input'];
};


export type EnvironmentReleasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Builds `ref` of the component (a git branch, tag or commit; null = a preview's branch, else what is
   * checked in now) and releases it to the environment with its current variables. Answers at once with the release
   * PENDING; follow it with `releaseStatus` or by reading it. CONFLICT while another release of the
   * environment is in flight.
   */
  deploy: ReleasePayload;
  /**
   * Releases the artifact of one environment's current release to another environment, with the
   * target's own variables: the same build, not rebuilt. NOT_FOUND when the source has no release.
   */
  promote: ReleasePayload;
  /** A new release restoring an earlier release's artifact and its variables. */
  rollback: ReleasePayload;
};


export type MutationDeployArgs = {
  input: DeployInput;
};


export type MutationPromoteArgs = {
  input: PromoteInput;
};


export type MutationRollbackArgs = {
  input: RollbackInput;
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

export type PromoteInput = {
  fromEnvironmentId: Scalars['ID']['input'];
  toEnvironmentId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One release by id, or null when there is none. */
  release?: Maybe<Release>;
};


export type QueryReleaseArgs = {
  id: Scalars['ID']['input'];
};

/** A version of an app in one environment: an artifact (what was built) plus the variables it ran with. */
export type Release = {
  __typename?: 'Release';
  /** What runs; null until a deploy has built it. */
  artifact?: Maybe<Artifact>;
  cause: ReleaseCause;
  componentRef: Scalars['String']['output'];
  /**
   * The version of the environment's variable set the release runs with; null when the platform has
   * no secrets capability.
   */
  configVersion?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Whether this is the environment's current release. */
  current: Scalars['Boolean']['output'];
  /** What happened, as a line in a release list: `Deploy main (commit 1a2b3c4)`, `Set GREETING`… */
  description: Scalars['String']['output'];
  environment?: Maybe<Environment>;
  environmentId: Scalars['ID']['output'];
  /** Which step failed: BUILD_FAILED, UNHEALTHY, INVALID_REF, CONFLICT, BACKEND_UNAVAILABLE… */
  failureCode?: Maybe<Scalars['String']['output']>;
  /** Why it failed, when it did. */
  failureReason?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Counts up from 1 in each environment. */
  number: Scalars['Int']['output'];
  /** The release a promotion or rollback came from. */
  sourceRelease?: Maybe<Release>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReleaseStatus;
  /** `v` and the number, as people say it: `v3`. */
  version: Scalars['String']['output'];
};

export type ReleaseCause =
  | 'CONFIG'
  | 'DEPLOY'
  | 'PROMOTE'
  | 'ROLLBACK';

export type ReleaseConnection = {
  __typename?: 'ReleaseConnection';
  edges: Array<ReleaseEdge>;
  nodes: Array<Release>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReleaseEdge = {
  __typename?: 'ReleaseEdge';
  cursor: Scalars['String']['output'];
  node: Release;
};

export type ReleasePayload = {
  __typename?: 'ReleasePayload';
  release: Release;
};

export type ReleaseStatus =
  | 'DEPLOYING'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type RollbackInput = {
  environmentId: Scalars['ID']['input'];
  /** The number of the release to restore. */
  toNumber: Scalars['Int']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The environment's releases each time one moves: PENDING → DEPLOYING → SUCCEEDED | FAILED. */
  releaseStatus: Release;
};


export type SubscriptionReleaseStatusArgs = {
  environmentId: Scalars['ID']['input'];
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
  Environment: Environment;
  Release: Release;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Component:
    ( { __typename: 'Component' }
    & GraphQLRecursivePick<FederationTypes['Component'], {"ref":true}> );
  Environment:
    ( { __typename: 'Environment' }
    & GraphQLRecursivePick<FederationTypes['Environment'], {"id":true}> );
  Release:
    ( { __typename: 'Release' }
    & GraphQLRecursivePick<FederationTypes['Release'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Artifact: ResolverTypeWrapper<ReleaseArtifact>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ArtifactKind: ArtifactKind;
  Component: ResolverTypeWrapper<ComponentKey>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeployInput: DeployInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Environment: ResolverTypeWrapper<EnvironmentKey>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PromoteInput: PromoteInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Release: ResolverTypeWrapper<ReleaseRow>;
  ReleaseCause: ReleaseCause;
  ReleaseConnection: ResolverTypeWrapper<Omit<ReleaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReleaseEdge']>, nodes: Array<ResolversTypes['Release']> }>;
  ReleaseEdge: ResolverTypeWrapper<Omit<ReleaseEdge, 'node'> & { node: ResolversTypes['Release'] }>;
  ReleasePayload: ResolverTypeWrapper<Omit<ReleasePayload, 'release'> & { release: ResolversTypes['Release'] }>;
  ReleaseStatus: ReleaseStatus;
  RollbackInput: RollbackInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Artifact: ReleaseArtifact;
  String: Scalars['String']['output'];
  Component: ComponentKey;
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeployInput: DeployInput;
  ID: Scalars['ID']['output'];
  Environment: EnvironmentKey;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PromoteInput: PromoteInput;
  Query: Record<PropertyKey, never>;
  Release: ReleaseRow;
  ReleaseConnection: Omit<ReleaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReleaseEdge']>, nodes: Array<ResolversParentTypes['Release']> };
  ReleaseEdge: Omit<ReleaseEdge, 'node'> & { node: ResolversParentTypes['Release'] };
  ReleasePayload: Omit<ReleasePayload, 'release'> & { release: ResolversParentTypes['Release'] };
  RollbackInput: RollbackInput;
  Subscription: Record<PropertyKey, never>;
};

export type ArtifactResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['Artifact'] = ResolversParentTypes['Artifact']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComponentResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component'], FederationReferenceType extends FederationReferenceTypes['Component'] = FederationReferenceTypes['Component']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Component']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releases?: Resolver<ResolversTypes['ReleaseConnection'], ParentType, ContextType, RequireFields<ComponentReleasesArgs, 'first'>>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnvironmentResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['Environment'] = ResolversParentTypes['Environment'], FederationReferenceType extends FederationReferenceTypes['Environment'] = FederationReferenceTypes['Environment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Environment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currentRelease?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType, RequireFields<EnvironmentReleaseArgs, 'number'>>;
  releases?: Resolver<ResolversTypes['ReleaseConnection'], ParentType, ContextType, RequireFields<EnvironmentReleasesArgs, 'first'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deploy?: Resolver<ResolversTypes['ReleasePayload'], ParentType, ContextType, RequireFields<MutationDeployArgs, 'input'>>;
  promote?: Resolver<ResolversTypes['ReleasePayload'], ParentType, ContextType, RequireFields<MutationPromoteArgs, 'input'>>;
  rollback?: Resolver<ResolversTypes['ReleasePayload'], ParentType, ContextType, RequireFields<MutationRollbackArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType, RequireFields<QueryReleaseArgs, 'id'>>;
};

export type ReleaseResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release'], FederationReferenceType extends FederationReferenceTypes['Release'] = FederationReferenceTypes['Release']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Release']> | FederationReferenceType, FederationReferenceType, ContextType>;
  artifact?: Resolver<Maybe<ResolversTypes['Artifact']>, ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['ReleaseCause'], ParentType, ContextType>;
  componentRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  configVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType>;
  environmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  failureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceRelease?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReleaseStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReleaseConnectionResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['ReleaseConnection'] = ResolversParentTypes['ReleaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReleaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Release']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReleaseEdgeResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['ReleaseEdge'] = ResolversParentTypes['ReleaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
};

export type ReleasePayloadResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['ReleasePayload'] = ResolversParentTypes['ReleasePayload']> = {
  release?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ReleasesContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  releaseStatus?: SubscriptionResolver<ResolversTypes['Release'], "releaseStatus", ParentType, ContextType, RequireFields<SubscriptionReleaseStatusArgs, 'environmentId'>>;
};

export type Resolvers<ContextType = ReleasesContext> = {
  Artifact?: ArtifactResolvers<ContextType>;
  Component?: ComponentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Environment?: EnvironmentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  ReleaseConnection?: ReleaseConnectionResolvers<ContextType>;
  ReleaseEdge?: ReleaseEdgeResolvers<ContextType>;
  ReleasePayload?: ReleasePayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};

