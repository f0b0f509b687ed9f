import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EnvironmentParent, ComponentParent, LogLineModel, LogConnectionParent, LogEdgeParent, MetricSeriesModel, MetricPointModel, LogsContext } from '../resolvers/context.ts';
import type { TailEvent } from '../tail/tailBuffer.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Component = {
  __typename?: 'Component';
  /** Log lines of all of the component's environments, as `Environment.logs`. */
  logs?: Maybe<LogConnection>;
  /** A time series across all of the component's environments, as `Environment.metrics`. */
  metrics?: Maybe<Array<MetricSeries>>;
  ref: Scalars['String']['output'];
};


export type ComponentLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<LogOrder>;
};


export type ComponentMetricsArgs = {
  query: Scalars['String']['input'];
  range?: InputMaybe<MetricRange>;
  step?: InputMaybe<Scalars['Int']['input']>;
};

export type Environment = {
  __typename?: 'Environment';
  id: Scalars['ID']['output'];
  /**
   * The environment's log lines: what its processes printed, build output of its releases, and
   * Pave's own events about it. Secret values of the environment are shown as `[REDACTED]`.
   * Relay pagination: `first` (1–1000, default 100) and `after` (a cursor from this list in the
   * same order). Owners of the component and admins only. null, with a BACKEND_UNAVAILABLE error,
   * when the logs backend (or the secrets needed to mask lines) cannot be reached.
   */
  logs?: Maybe<LogConnection>;
  /**
   * A time series for charts: a named query (see `metricQueries`) or one in the metrics backend's
   * own language, scoped to this environment. `step` is in seconds (default: the range split in
   * about 120 points). null, with a BACKEND_UNAVAILABLE error, when the metrics backend fails.
   */
  metrics?: Maybe<Array<MetricSeries>>;
};


export type EnvironmentLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<LogOrder>;
};


export type EnvironmentMetricsArgs = {
  query: Scalars['String']['input'];
  range?: InputMaybe<MetricRange>;
  step?: InputMaybe<Scalars['Int']['input']>;
};

export type LogConnection = {
  __typename?: 'LogConnection';
  edges: Array<LogEdge>;
  nodes: Array<LogLine>;
  pageInfo: PageInfo;
  /** Lines matching the filter, when the backend can count them cheaply (and no `grep` is given). */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type LogEdge = {
  __typename?: 'LogEdge';
  cursor: Scalars['String']['output'];
  node: LogLine;
};

export type LogFilter = {
  /** Lines containing this text (case-sensitive). */
  grep?: InputMaybe<Scalars['String']['input']>;
  /** Lines at this level or above; lines whose level is unknown are left out. */
  level?: InputMaybe<LogLevel>;
  /** Lines at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<Array<LogSource>>;
  /** Lines before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type LogLevel =
  | 'DEBUG'
  | 'ERROR'
  | 'INFO'
  | 'WARN';

export type LogLine = {
  __typename?: 'LogLine';
  /** Stable: `after` this cursor, paging or tailing continues right after this line. */
  cursor: Scalars['String']['output'];
  environment: Environment;
  /** null when the backend does not know it. */
  level?: Maybe<LogLevel>;
  /** The text, secret values of the environment replaced by `[REDACTED]`. */
  line: Scalars['String']['output'];
  /** The release that was running, when known. */
  releaseNumber?: Maybe<Scalars['Int']['output']>;
  source: LogSource;
  stream?: Maybe<LogStream>;
  time: Scalars['DateTime']['output'];
};

export type LogOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type LogSource =
  /** Pave's own events: release started, app crashed, environment torn down. */
  | 'PLATFORM'
  /** What the app's processes printed. */
  | 'PROCESS'
  /** Build and deploy output of a release. */
  | 'RELEASE';

export type LogStream =
  | 'STDERR'
  | 'STDOUT';

export type LogTailEvent = {
  __typename?: 'LogTailEvent';
  /** Lines this client missed just before `lines` because it read too slowly. */
  dropped: Scalars['Int']['output'];
  /** When lines were dropped: the cursor to page `logs(order: OLDEST_FIRST, after:)` from to read them. */
  droppedAfter?: Maybe<Scalars['String']['output']>;
  lines: Array<LogLine>;
};

export type LogTailFilter = {
  grep?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<LogLevel>;
  source?: InputMaybe<Array<LogSource>>;
};

export type MetricLabel = {
  __typename?: 'MetricLabel';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type MetricPoint = {
  __typename?: 'MetricPoint';
  time: Scalars['DateTime']['output'];
  /** null for values that are not numbers (NaN, infinities). */
  value?: Maybe<Scalars['Float']['output']>;
};

export type MetricRange = {
  /** Default: an hour before `until`. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: now. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MetricSeries = {
  __typename?: 'MetricSeries';
  /** What tells this series apart from the others of the same query. */
  labels: Array<MetricLabel>;
  points: Array<MetricPoint>;
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
  /** The metric queries the configured metrics backend knows by name (`cpu`, `memory`, `requests`…). */
  metricQueries: Array<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A live tail of one environment's lines, as `heroku logs --tail`: first up to `last` recent lines
   * (at most 1000) or, for a client reconnecting, every retained line after the cursor `after`; then
   * each line as it arrives. Each event carries the lines that arrived since the previous one. A
   * client that reads too slowly loses its oldest unread lines, and the next event says how many.
   */
  logs: LogTailEvent;
};


export type SubscriptionLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  environmentId: Scalars['ID']['input'];
  filter?: InputMaybe<LogTailFilter>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
  Component: ResolverTypeWrapper<ComponentParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Environment: ResolverTypeWrapper<EnvironmentParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LogConnection: ResolverTypeWrapper<LogConnectionParent>;
  LogEdge: ResolverTypeWrapper<LogEdgeParent>;
  LogFilter: LogFilter;
  LogLevel: LogLevel;
  LogLine: ResolverTypeWrapper<LogLineModel>;
  LogOrder: LogOrder;
  LogSource: LogSource;
  LogStream: LogStream;
  LogTailEvent: ResolverTypeWrapper<TailEvent>;
  LogTailFilter: LogTailFilter;
  MetricLabel: ResolverTypeWrapper<MetricLabel>;
  MetricPoint: ResolverTypeWrapper<MetricPointModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MetricRange: MetricRange;
  MetricSeries: ResolverTypeWrapper<MetricSeriesModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Component: ComponentParent;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Environment: EnvironmentParent;
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  LogConnection: LogConnectionParent;
  LogEdge: LogEdgeParent;
  LogFilter: LogFilter;
  LogLine: LogLineModel;
  LogTailEvent: TailEvent;
  LogTailFilter: LogTailFilter;
  MetricLabel: MetricLabel;
  MetricPoint: MetricPointModel;
  Float: Scalars['Float']['output'];
  MetricRange: MetricRange;
  MetricSeries: MetricSeriesModel;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
};

export type ComponentResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component'], FederationReferenceType extends FederationReferenceTypes['Component'] = FederationReferenceTypes['Component']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Component']> | FederationReferenceType, FederationReferenceType, ContextType>;
  logs?: Resolver<Maybe<ResolversTypes['LogConnection']>, ParentType, ContextType, RequireFields<ComponentLogsArgs, 'first' | 'order'>>;
  metrics?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<ComponentMetricsArgs, 'query'>>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnvironmentResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['Environment'] = ResolversParentTypes['Environment'], FederationReferenceType extends FederationReferenceTypes['Environment'] = FederationReferenceTypes['Environment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Environment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logs?: Resolver<Maybe<ResolversTypes['LogConnection']>, ParentType, ContextType, RequireFields<EnvironmentLogsArgs, 'first' | 'order'>>;
  metrics?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<EnvironmentMetricsArgs, 'query'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LogConnectionResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['LogConnection'] = ResolversParentTypes['LogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LogEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LogLine']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LogEdgeResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['LogEdge'] = ResolversParentTypes['LogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LogLine'], ParentType, ContextType>;
};

export type LogLineResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['LogLine'] = ResolversParentTypes['LogLine']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environment?: Resolver<ResolversTypes['Environment'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['LogLevel']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LogSource'], ParentType, ContextType>;
  stream?: Resolver<Maybe<ResolversTypes['LogStream']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LogTailEventResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['LogTailEvent'] = ResolversParentTypes['LogTailEvent']> = {
  dropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  droppedAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['LogLine']>, ParentType, ContextType>;
};

export type MetricLabelResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['MetricLabel'] = ResolversParentTypes['MetricLabel']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MetricPointResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = {
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MetricSeriesResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['MetricSeries'] = ResolversParentTypes['MetricSeries']> = {
  labels?: Resolver<Array<ResolversTypes['MetricLabel']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  metricQueries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = LogsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  logs?: SubscriptionResolver<ResolversTypes['LogTailEvent'], "logs", ParentType, ContextType, RequireFields<SubscriptionLogsArgs, 'environmentId'>>;
};

export type Resolvers<ContextType = LogsContext> = {
  Component?: ComponentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Environment?: EnvironmentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LogConnection?: LogConnectionResolvers<ContextType>;
  LogEdge?: LogEdgeResolvers<ContextType>;
  LogLine?: LogLineResolvers<ContextType>;
  LogTailEvent?: LogTailEventResolvers<ContextType>;
  MetricLabel?: MetricLabelResolvers<ContextType>;
  MetricPoint?: MetricPointResolvers<ContextType>;
  MetricSeries?: MetricSeriesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};

