import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EnvironmentRow, TeardownRow, ComponentKey } from '../store/rows.ts';
import type { BackendStatus } from '../port.ts';
import type { EnvironmentsContext } from '../resolvers/context.ts';
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

export type CloneEnvironmentInput = {
  fromEnvironmentId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** Default: the type of the environment cloned. */
  type?: InputMaybe<EnvironmentType>;
};

export type CloneEnvironmentPayload = {
  __typename?: 'CloneEnvironmentPayload';
  environment: Environment;
  /** What could not be carried over, and why. The environment exists either way. */
  problems: Array<Scalars['String']['output']>;
  /** The release promoted from the cloned environment; null when it had none. */
  promotedRelease?: Maybe<Release>;
  variablesCopied: Scalars['Boolean']['output'];
};

export type Component = {
  __typename?: 'Component';
  /** The component's environments by name. Relay pagination: `first` (1–200, default 50), `after`. */
  environments: EnvironmentConnection;
  ref: Scalars['String']['output'];
};


export type ComponentEnvironmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EnvironmentType>;
};

export type CreateEnvironmentInput = {
  componentRef: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Default: true for PRODUCTION, false otherwise. */
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  type: EnvironmentType;
};

export type CreatePreviewEnvironmentInput = {
  branch: Scalars['String']['input'];
  componentRef: Scalars['String']['input'];
  /** Default: `preview-` and the branch made into a DNS label. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** How long the environment lives, 1 s to 90 days. Default one day. */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type DeleteEnvironmentInput = {
  /** The environment's name, required to delete a protected environment. */
  confirm?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type DeleteEnvironmentPayload = {
  __typename?: 'DeleteEnvironmentPayload';
  id: Scalars['ID']['output'];
  teardown: EnvironmentTeardown;
};

/** Where a component runs: one of its environments, identified as `<component ref>/<name>`. */
export type Environment = {
  __typename?: 'Environment';
  /** The git branch a preview environment was made for. */
  branch?: Maybe<Scalars['String']['output']>;
  /** The environment this one was cloned from, if any. */
  clonedFrom?: Maybe<Scalars['String']['output']>;
  component?: Maybe<Component>;
  componentRef: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** When a preview environment will be torn down. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** A DNS label: lower-case letters, digits and `-`, at most 63 characters. */
  name: Scalars['String']['output'];
  /**
   * Only owners of the component may change a protected environment, and deleting one needs an
   * explicit confirmation.
   */
  protected: Scalars['Boolean']['output'];
  /**
   * What runs there now, as the backend sees it; null (with a BACKEND_UNAVAILABLE error) when it
   * cannot say.
   */
  status?: Maybe<EnvironmentStatus>;
  type: EnvironmentType;
  updatedAt: Scalars['DateTime']['output'];
  /** Where the environment serves, when it does. It does not change between releases. */
  url?: Maybe<Scalars['String']['output']>;
  /**
   * 1 when created; each change made to the environment since (an update, the start of its teardown)
   * adds one. A CONFLICT about an environment gives it as `currentVersion`.
   */
  version: Scalars['Int']['output'];
};

export type EnvironmentConnection = {
  __typename?: 'EnvironmentConnection';
  edges: Array<EnvironmentEdge>;
  nodes: Array<Environment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnvironmentEdge = {
  __typename?: 'EnvironmentEdge';
  cursor: Scalars['String']['output'];
  node: Environment;
};

export type EnvironmentPayload = {
  __typename?: 'EnvironmentPayload';
  environment: Environment;
};

export type EnvironmentState =
  /** The app exited; it is restarted with back-off. */
  | 'CRASHED'
  /** Nothing was released here yet. */
  | 'EMPTY'
  | 'RUNNING'
  | 'STARTING'
  | 'STOPPED'
  | 'TEARING_DOWN'
  /** The backend does not report what runs. */
  | 'UNKNOWN';

export type EnvironmentStatus = {
  __typename?: 'EnvironmentStatus';
  /** What a person should know, e.g. `crashed (exit code 1), restarting in 2 s`. */
  message?: Maybe<Scalars['String']['output']>;
  /** The number of the release whose process serves (or is restarting). */
  releaseNumber?: Maybe<Scalars['Int']['output']>;
  /** Crash restarts since the current release started. */
  restarts: Scalars['Int']['output'];
  /** Since when the environment has been in this state. */
  since?: Maybe<Scalars['DateTime']['output']>;
  state: EnvironmentState;
};

/** The record of an environment being torn down. */
export type EnvironmentTeardown = {
  __typename?: 'EnvironmentTeardown';
  /** Who asked: a user or service, or `system:environments` for an expired preview. */
  actor: Scalars['String']['output'];
  branch?: Maybe<Scalars['String']['output']>;
  componentRef: Scalars['String']['output'];
  environmentId: Scalars['ID']['output'];
  finishedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  reason: TeardownReason;
  startedAt: Scalars['DateTime']['output'];
  steps: Array<TeardownStep>;
  /** False when a step failed; the environment is then kept and torn down again later. */
  succeeded: Scalars['Boolean']['output'];
  type: EnvironmentType;
};

export type EnvironmentTeardownConnection = {
  __typename?: 'EnvironmentTeardownConnection';
  edges: Array<EnvironmentTeardownEdge>;
  nodes: Array<EnvironmentTeardown>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnvironmentTeardownEdge = {
  __typename?: 'EnvironmentTeardownEdge';
  cursor: Scalars['String']['output'];
  node: EnvironmentTeardown;
};

export type EnvironmentType =
  | 'DEVELOPMENT'
  | 'PREVIEW'
  | 'PRODUCTION'
  | 'STAGING';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * A new environment with the variables of another one and, when it has one, its current release
   * promoted (the same artifact, no rebuild). Owners of the component and admins only.
   */
  cloneEnvironment: CloneEnvironmentPayload;
  /**
   * A new environment for a catalog component. Only owners of the component (its owning user or
   * members of its owning group) and admins may create one, as with every change below but
   * updateEnvironment. Production environments are protected unless said otherwise.
   */
  createEnvironment: EnvironmentPayload;
  /**
   * A preview environment for a git branch that is torn down automatically once its time-to-live
   * has passed. Asking again for the same branch extends it. Owners of the component and admins only.
   */
  createPreviewEnvironment: EnvironmentPayload;
  /**
   * Tears an environment down: its processes and resources, its variables, its releases. Owners of
   * the component and admins only; a protected environment also needs `confirm` set to its name.
   */
  deleteEnvironment: DeleteEnvironmentPayload;
  /**
   * Changes whether an environment is protected, or a preview's time-to-live. Only owners may
   * change a protected environment or protect one.
   */
  updateEnvironment: EnvironmentPayload;
};


export type MutationCloneEnvironmentArgs = {
  input: CloneEnvironmentInput;
};


export type MutationCreateEnvironmentArgs = {
  input: CreateEnvironmentInput;
};


export type MutationCreatePreviewEnvironmentArgs = {
  input: CreatePreviewEnvironmentInput;
};


export type MutationDeleteEnvironmentArgs = {
  input: DeleteEnvironmentInput;
};


export type MutationUpdateEnvironmentArgs = {
  input: UpdateEnvironmentInput;
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
  /** One environment by id (`component:default/hello-web/dev`), or null when there is none. */
  environment?: Maybe<Environment>;
  /**
   * Environments that were torn down — deleted by someone or expired previews — newest first, with
   * what was done. Filter on a component (any ref form) or leave it out for all.
   */
  environmentTeardowns: EnvironmentTeardownConnection;
};


export type QueryEnvironmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnvironmentTeardownsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  componentRef?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A release made by another capability (releases); only its id is known here. */
export type Release = {
  __typename?: 'Release';
  id: Scalars['ID']['output'];
};

export type TeardownReason =
  | 'DELETED'
  | 'EXPIRED';

export type TeardownStep = {
  __typename?: 'TeardownStep';
  detail: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  /** What was torn down: `processes`, `address`, `variables`, `releases`… */
  step: Scalars['String']['output'];
};

export type UpdateEnvironmentInput = {
  id: Scalars['ID']['input'];
  protected?: InputMaybe<Scalars['Boolean']['input']>;
  /** A preview environment's new time-to-live, counted from now. */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Component:
    ( { __typename: 'Component' }
    & GraphQLRecursivePick<FederationTypes['Component'], {"ref":true}> );
  Environment:
    ( { __typename: 'Environment' }
    & GraphQLRecursivePick<FederationTypes['Environment'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CloneEnvironmentInput: CloneEnvironmentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CloneEnvironmentPayload: ResolverTypeWrapper<Omit<CloneEnvironmentPayload, 'environment'> & { environment: ResolversTypes['Environment'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Component: ResolverTypeWrapper<ComponentKey>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateEnvironmentInput: CreateEnvironmentInput;
  CreatePreviewEnvironmentInput: CreatePreviewEnvironmentInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteEnvironmentInput: DeleteEnvironmentInput;
  DeleteEnvironmentPayload: ResolverTypeWrapper<Omit<DeleteEnvironmentPayload, 'teardown'> & { teardown: ResolversTypes['EnvironmentTeardown'] }>;
  Environment: ResolverTypeWrapper<EnvironmentRow>;
  EnvironmentConnection: ResolverTypeWrapper<Omit<EnvironmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EnvironmentEdge']>, nodes: Array<ResolversTypes['Environment']> }>;
  EnvironmentEdge: ResolverTypeWrapper<Omit<EnvironmentEdge, 'node'> & { node: ResolversTypes['Environment'] }>;
  EnvironmentPayload: ResolverTypeWrapper<Omit<EnvironmentPayload, 'environment'> & { environment: ResolversTypes['Environment'] }>;
  EnvironmentState: EnvironmentState;
  EnvironmentStatus: ResolverTypeWrapper<BackendStatus>;
  EnvironmentTeardown: ResolverTypeWrapper<TeardownRow>;
  EnvironmentTeardownConnection: ResolverTypeWrapper<Omit<EnvironmentTeardownConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EnvironmentTeardownEdge']>, nodes: Array<ResolversTypes['EnvironmentTeardown']> }>;
  EnvironmentTeardownEdge: ResolverTypeWrapper<Omit<EnvironmentTeardownEdge, 'node'> & { node: ResolversTypes['EnvironmentTeardown'] }>;
  EnvironmentType: EnvironmentType;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Release: ResolverTypeWrapper<Release>;
  TeardownReason: TeardownReason;
  TeardownStep: ResolverTypeWrapper<TeardownStep>;
  UpdateEnvironmentInput: UpdateEnvironmentInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CloneEnvironmentInput: CloneEnvironmentInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CloneEnvironmentPayload: Omit<CloneEnvironmentPayload, 'environment'> & { environment: ResolversParentTypes['Environment'] };
  Boolean: Scalars['Boolean']['output'];
  Component: ComponentKey;
  Int: Scalars['Int']['output'];
  CreateEnvironmentInput: CreateEnvironmentInput;
  CreatePreviewEnvironmentInput: CreatePreviewEnvironmentInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteEnvironmentInput: DeleteEnvironmentInput;
  DeleteEnvironmentPayload: Omit<DeleteEnvironmentPayload, 'teardown'> & { teardown: ResolversParentTypes['EnvironmentTeardown'] };
  Environment: EnvironmentRow;
  EnvironmentConnection: Omit<EnvironmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EnvironmentEdge']>, nodes: Array<ResolversParentTypes['Environment']> };
  EnvironmentEdge: Omit<EnvironmentEdge, 'node'> & { node: ResolversParentTypes['Environment'] };
  EnvironmentPayload: Omit<EnvironmentPayload, 'environment'> & { environment: ResolversParentTypes['Environment'] };
  EnvironmentStatus: BackendStatus;
  EnvironmentTeardown: TeardownRow;
  EnvironmentTeardownConnection: Omit<EnvironmentTeardownConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EnvironmentTeardownEdge']>, nodes: Array<ResolversParentTypes['EnvironmentTeardown']> };
  EnvironmentTeardownEdge: Omit<EnvironmentTeardownEdge, 'node'> & { node: ResolversParentTypes['EnvironmentTeardown'] };
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Release: Release;
  TeardownStep: TeardownStep;
  UpdateEnvironmentInput: UpdateEnvironmentInput;
};

export type CloneEnvironmentPayloadResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['CloneEnvironmentPayload'] = ResolversParentTypes['CloneEnvironmentPayload']> = {
  environment?: Resolver<ResolversTypes['Environment'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  promotedRelease?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  variablesCopied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ComponentResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component'], FederationReferenceType extends FederationReferenceTypes['Component'] = FederationReferenceTypes['Component']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Component']> | FederationReferenceType, FederationReferenceType, ContextType>;
  environments?: Resolver<ResolversTypes['EnvironmentConnection'], ParentType, ContextType, RequireFields<ComponentEnvironmentsArgs, 'first'>>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteEnvironmentPayloadResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['DeleteEnvironmentPayload'] = ResolversParentTypes['DeleteEnvironmentPayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  teardown?: Resolver<ResolversTypes['EnvironmentTeardown'], ParentType, ContextType>;
};

export type EnvironmentResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['Environment'] = ResolversParentTypes['Environment'], FederationReferenceType extends FederationReferenceTypes['Environment'] = FederationReferenceTypes['Environment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Environment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clonedFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  component?: Resolver<Maybe<ResolversTypes['Component']>, ParentType, ContextType>;
  componentRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EnvironmentStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EnvironmentType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnvironmentConnectionResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['EnvironmentConnection'] = ResolversParentTypes['EnvironmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnvironmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Environment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnvironmentEdgeResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['EnvironmentEdge'] = ResolversParentTypes['EnvironmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Environment'], ParentType, ContextType>;
};

export type EnvironmentPayloadResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['EnvironmentPayload'] = ResolversParentTypes['EnvironmentPayload']> = {
  environment?: Resolver<ResolversTypes['Environment'], ParentType, ContextType>;
};

export type EnvironmentStatusResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['EnvironmentStatus'] = ResolversParentTypes['EnvironmentStatus']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releaseNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  restarts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['EnvironmentState'], ParentType, ContextType>;
};

export type EnvironmentTeardownResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['EnvironmentTeardown'] = ResolversParentTypes['EnvironmentTeardown']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  componentRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  finishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['TeardownReason'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['TeardownStep']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EnvironmentType'], ParentType, ContextType>;
};

export type EnvironmentTeardownConnectionResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['EnvironmentTeardownConnection'] = ResolversParentTypes['EnvironmentTeardownConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnvironmentTeardownEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EnvironmentTeardown']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnvironmentTeardownEdgeResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['EnvironmentTeardownEdge'] = ResolversParentTypes['EnvironmentTeardownEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EnvironmentTeardown'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cloneEnvironment?: Resolver<ResolversTypes['CloneEnvironmentPayload'], ParentType, ContextType, RequireFields<MutationCloneEnvironmentArgs, 'input'>>;
  createEnvironment?: Resolver<ResolversTypes['EnvironmentPayload'], ParentType, ContextType, RequireFields<MutationCreateEnvironmentArgs, 'input'>>;
  createPreviewEnvironment?: Resolver<ResolversTypes['EnvironmentPayload'], ParentType, ContextType, RequireFields<MutationCreatePreviewEnvironmentArgs, 'input'>>;
  deleteEnvironment?: Resolver<ResolversTypes['DeleteEnvironmentPayload'], ParentType, ContextType, RequireFields<MutationDeleteEnvironmentArgs, 'input'>>;
  updateEnvironment?: Resolver<ResolversTypes['EnvironmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateEnvironmentArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType, RequireFields<QueryEnvironmentArgs, 'id'>>;
  environmentTeardowns?: Resolver<ResolversTypes['EnvironmentTeardownConnection'], ParentType, ContextType, RequireFields<QueryEnvironmentTeardownsArgs, 'first'>>;
};

export type ReleaseResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TeardownStepResolvers<ContextType = EnvironmentsContext, ParentType extends ResolversParentTypes['TeardownStep'] = ResolversParentTypes['TeardownStep']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = EnvironmentsContext> = {
  CloneEnvironmentPayload?: CloneEnvironmentPayloadResolvers<ContextType>;
  Component?: ComponentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteEnvironmentPayload?: DeleteEnvironmentPayloadResolvers<ContextType>;
  Environment?: EnvironmentResolvers<ContextType>;
  EnvironmentConnection?: EnvironmentConnectionResolvers<ContextType>;
  EnvironmentEdge?: EnvironmentEdgeResolvers<ContextType>;
  EnvironmentPayload?: EnvironmentPayloadResolvers<ContextType>;
  EnvironmentStatus?: EnvironmentStatusResolvers<ContextType>;
  EnvironmentTeardown?: EnvironmentTeardownResolvers<ContextType>;
  EnvironmentTeardownConnection?: EnvironmentTeardownConnectionResolvers<ContextType>;
  EnvironmentTeardownEdge?: EnvironmentTeardownEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  TeardownStep?: TeardownStepResolvers<ContextType>;
};

