import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VariableSetSnapshot } from '../port.ts';
import type { EnvironmentRef, ComponentRef, VersionParent, SecretsContext } from '../resolvers/context.ts';
import type { AuditRow } from '../store/audit.ts';
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

export type Component = {
  __typename?: 'Component';
  /**
   * The component's variables in the environment named `environment` (e.g. `dev`); null, with a
   * BACKEND_UNAVAILABLE error, when the backend that keeps them fails.
   */
  config?: Maybe<VariableSet>;
  ref: Scalars['String']['output'];
};


export type ComponentConfigArgs = {
  environment: Scalars['String']['input'];
};

export type ConfigChange = {
  __typename?: 'ConfigChange';
  actor: Scalars['String']['output'];
  changedKeys: Array<Scalars['String']['output']>;
  componentRef: Scalars['String']['output'];
  environmentId: Scalars['ID']['output'];
  /** Set when a release made this change itself. */
  releaseId?: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type CopyVariablesInput = {
  /** When given, CONFLICT unless it is the target's current version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fromEnvironmentId: Scalars['ID']['input'];
  /** The source version to copy (null: current). */
  fromVersion?: InputMaybe<Scalars['Int']['input']>;
  releaseId?: InputMaybe<Scalars['ID']['input']>;
  toEnvironmentId: Scalars['ID']['input'];
};

export type CopyVariablesPayload = {
  __typename?: 'CopyVariablesPayload';
  changedKeys: Array<Scalars['String']['output']>;
  variableSet: VariableSet;
};

export type Environment = {
  __typename?: 'Environment';
  /** The environment's config vars and secrets, current version. */
  config: VariableSet;
  id: Scalars['ID']['output'];
};

export type ImportVariablesInput = {
  content: Scalars['String']['input'];
  /** Report what would change without changing anything. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  environmentId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  format: VariableFormat;
  /** Whether the imported variables are secrets; null keeps an existing variable's kind, new ones are secrets. */
  secret?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ImportVariablesPayload = {
  __typename?: 'ImportVariablesPayload';
  addedKeys: Array<Scalars['String']['output']>;
  dryRun: Scalars['Boolean']['output'];
  /** Existing keys the import gives a different value or kind. */
  overwrittenKeys: Array<Scalars['String']['output']>;
  /** Existing keys the import sets to what they already are. */
  unchangedKeys: Array<Scalars['String']['output']>;
  /** The set after the import (unchanged on a dry run). */
  variableSet: VariableSet;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Makes `toEnvironmentId`'s variables equal to `fromEnvironmentId`'s (used when cloning an
   * environment). Needs the right to reveal the source and to change the target. NOT_FOUND when the
   * target does not exist, as for setVariables.
   */
  copyVariables: CopyVariablesPayload;
  /**
   * Reads variables in `.env`, JSON or shell `export` form and sets them in one step. `dryRun` only
   * reports what would change, including which existing keys would be overwritten. NOT_FOUND for an
   * environment that does not exist, as for setVariables.
   */
  importVariables: ImportVariablesPayload;
  /**
   * Makes the set equal to version `toVersion` again, as a NEW version: history is never rewritten.
   * NOT_FOUND for an environment that does not exist, as for setVariables.
   */
  rollbackVariables: RollbackVariablesPayload;
  /**
   * Re-wraps every data key of Pave's own encrypted store under the current master key, while the
   * store keeps serving. Admins only.
   */
  rotateMasterKey: RotateMasterKeyPayload;
  /**
   * Sets several variables in one atomic step, creating a new version of the set. `expectedVersion`
   * must be the current version, else CONFLICT with the current one. Writing what is already there
   * creates no version. NOT_FOUND when the platform runs the environments capability and it does not
   * know the environment (so for every write below); a platform without one (secrets used alone)
   * takes every well-formed id as an environment.
   */
  setVariables: SetVariablesPayload;
  /**
   * Removes several variables in one atomic step (keys that are not set are ignored). NOT_FOUND for
   * an environment that does not exist, as for setVariables.
   */
  unsetVariables: UnsetVariablesPayload;
};


export type MutationCopyVariablesArgs = {
  input: CopyVariablesInput;
};


export type MutationImportVariablesArgs = {
  input: ImportVariablesInput;
};


export type MutationRollbackVariablesArgs = {
  input: RollbackVariablesInput;
};


export type MutationRotateMasterKeyArgs = {
  input?: InputMaybe<RotateMasterKeyInput>;
};


export type MutationSetVariablesArgs = {
  input: SetVariablesInput;
};


export type MutationUnsetVariablesArgs = {
  input: UnsetVariablesInput;
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
   * Who revealed or changed variables, when, which keys and from which client — never a value. Newest
   * first. Owners of the component see their environment's events; the whole log is for admins.
   */
  secretsAuditLog: SecretsAuditConnection;
  /**
   * An environment's variables at `version` (null: the current one). An environment never written has
   * version 0 and no variables. Null when `version` does not exist yet. Reading is lenient: an id the
   * environments capability does not know reads as version 0 too (a deleted environment's variables
   * are gone with it).
   */
  variableSet?: Maybe<VariableSet>;
  /**
   * How the current variables of two environments compare, key by key (e.g. staging with
   * production). Config vars' values are given. Secrets are masked, and a secret set on both sides
   * NOT_COMPARED, unless `reveal` is true: then, under the rules of `VariableSet.variables(reveal:)`
   * (owners of both components or admins, revealable backends, every reveal audited), they are
   * compared and their values given.
   */
  variableSetComparison: VariableSetComparison;
  /**
   * What changed between two versions of an environment's variables (`toVersion` null: the current
   * one). Values of secrets are never shown, only that they changed.
   */
  variableSetDiff: VariableSetDiff;
};


export type QuerySecretsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  environmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVariableSetArgs = {
  environmentId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVariableSetComparisonArgs = {
  fromEnvironmentId: Scalars['ID']['input'];
  reveal?: InputMaybe<Scalars['Boolean']['input']>;
  toEnvironmentId: Scalars['ID']['input'];
};


export type QueryVariableSetDiffArgs = {
  environmentId: Scalars['ID']['input'];
  fromVersion: Scalars['Int']['input'];
  toVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type RollbackVariablesInput = {
  environmentId: Scalars['ID']['input'];
  /** When given, CONFLICT unless it is the current version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  releaseId?: InputMaybe<Scalars['ID']['input']>;
  toVersion: Scalars['Int']['input'];
};

export type RollbackVariablesPayload = {
  __typename?: 'RollbackVariablesPayload';
  changedKeys: Array<Scalars['String']['output']>;
  variableSet: VariableSet;
};

export type RotateMasterKeyInput = {
  /**
   * Generate a new master key first (only when the key is generated into the data directory; a key
   * from configuration is rotated by configuring the new one and listing the old one as previous).
   */
  generateNewKey?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RotateMasterKeyPayload = {
  __typename?: 'RotateMasterKeyPayload';
  /** Fingerprint of the master key data keys are now wrapped under. */
  masterKeyId: Scalars['String']['output'];
  /** Data keys still wrapped under another key (their master key is not configured). */
  remaining: Scalars['Int']['output'];
  rewrapped: Scalars['Int']['output'];
};

export type SecretsAuditAction =
  | 'COPY'
  | 'DELETE'
  | 'IMPORT'
  | 'REVEAL'
  | 'ROLLBACK'
  | 'ROTATE_MASTER_KEY'
  | 'SET'
  | 'UNSET';

export type SecretsAuditConnection = {
  __typename?: 'SecretsAuditConnection';
  edges: Array<SecretsAuditEdge>;
  nodes: Array<SecretsAuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SecretsAuditEdge = {
  __typename?: 'SecretsAuditEdge';
  cursor: Scalars['String']['output'];
  node: SecretsAuditEvent;
};

export type SecretsAuditEvent = {
  __typename?: 'SecretsAuditEvent';
  action: SecretsAuditAction;
  /** Who: `root`, `service:<name>`, a user ref or `system:<capability>`. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The client the request came from, e.g. `pave-cli/0.1.0`. */
  client?: Maybe<Scalars['String']['output']>;
  environmentId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  keys: Array<Scalars['String']['output']>;
  releaseId?: Maybe<Scalars['ID']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  /** The version made (writes) or read (reveals). */
  version?: Maybe<Scalars['Int']['output']>;
};

export type SetVariablesInput = {
  environmentId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** Set by the releases capability when a release makes this change itself. */
  releaseId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Keys to remove in the same version (a key may not be both set and removed): an editor that adds,
   * changes and removes several variables saves them as one change, and so as one release.
   */
  unset?: InputMaybe<Array<Scalars['String']['input']>>;
  variables: Array<VariableInput>;
};

export type SetVariablesPayload = {
  __typename?: 'SetVariablesPayload';
  /** Keys whose value or kind changed; empty when nothing changed (and no version was made). */
  changedKeys: Array<Scalars['String']['output']>;
  variableSet: VariableSet;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each change to the variables of one environment (`environmentId`), of every environment of a
   * component (`componentRef`), or of all: the new version and the keys that changed, never values.
   */
  configChanged: ConfigChange;
};


export type SubscriptionConfigChangedArgs = {
  componentRef?: InputMaybe<Scalars['String']['input']>;
  environmentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UnsetVariablesInput = {
  environmentId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  keys: Array<Scalars['String']['input']>;
  releaseId?: InputMaybe<Scalars['ID']['input']>;
};

export type UnsetVariablesPayload = {
  __typename?: 'UnsetVariablesPayload';
  changedKeys: Array<Scalars['String']['output']>;
  variableSet: VariableSet;
};

export type Variable = {
  __typename?: 'Variable';
  key: Scalars['String']['output'];
  masked: Scalars['Boolean']['output'];
  secret: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
  /** null when masked */
  value?: Maybe<Scalars['String']['output']>;
  /** The version of the set in which this variable last changed. */
  version: Scalars['Int']['output'];
};

/** One key that differs between two versions. Old and new values are given for config vars only. */
export type VariableChange = {
  __typename?: 'VariableChange';
  change: VariableChangeKind;
  key: Scalars['String']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  secret: Scalars['Boolean']['output'];
};

export type VariableChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type VariableComparison = {
  __typename?: 'VariableComparison';
  /** The value in the `from` environment; null when it has none or it is masked. */
  fromValue?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  /** A secret on either side. */
  secret: Scalars['Boolean']['output'];
  state: VariableComparisonState;
  toValue?: Maybe<Scalars['String']['output']>;
};

export type VariableComparisonState =
  /** Different values, or a secret on one side and a config var on the other. */
  | 'DIFFERS'
  /**
   * Secrets on both sides whose values were not revealed (or a write-only backend's): whether they
   * are the same is not told.
   */
  | 'NOT_COMPARED'
  | 'ONLY_IN_FROM'
  | 'ONLY_IN_TO'
  | 'SAME';

export type VariableFormat =
  | 'DOTENV'
  | 'JSON'
  | 'SHELL';

export type VariableInput = {
  /** `[A-Za-z_][A-Za-z0-9_]*` */
  key: Scalars['String']['input'];
  /** Null keeps an existing variable's kind; a new variable is a secret unless this says false. */
  secret?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 64 KiB, no NUL characters. */
  value: Scalars['String']['input'];
};

/** The config vars and secrets of one environment at one version. */
export type VariableSet = {
  __typename?: 'VariableSet';
  /** The adapter that keeps this environment's variables, e.g. `pave` or `vault`. */
  backend: Scalars['String']['output'];
  environmentId: Scalars['ID']['output'];
  /**
   * The variables as a `.env` file, JSON object or shell `export` lines. Without `reveal`, secrets are
   * left out (and named in a comment where the format has comments).
   */
  export: Scalars['String']['output'];
  /** Earlier versions, newest first, each with what it changed. `after` is a cursor from this list. */
  history: VariableSetVersionConnection;
  /** False when the backend is write-only and can never give values back. */
  revealable: Scalars['Boolean']['output'];
  /** When and by whom this version was made; null at version 0. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  /**
   * Every variable, ordered by key. Values of secrets are masked unless `reveal` is true and the caller
   * owns the component (or is an admin); an unauthorised reveal is FORBIDDEN. Every reveal is audited.
   */
  variables: Array<Variable>;
  version: Scalars['Int']['output'];
};


/** The config vars and secrets of one environment at one version. */
export type VariableSetExportArgs = {
  format: VariableFormat;
  reveal?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The config vars and secrets of one environment at one version. */
export type VariableSetHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The config vars and secrets of one environment at one version. */
export type VariableSetVariablesArgs = {
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  reveal?: InputMaybe<Scalars['Boolean']['input']>;
};

export type VariableSetComparison = {
  __typename?: 'VariableSetComparison';
  fromEnvironmentId: Scalars['ID']['output'];
  fromVersion: Scalars['Int']['output'];
  toEnvironmentId: Scalars['ID']['output'];
  toVersion: Scalars['Int']['output'];
  /** Every key set on either side, ordered by key. */
  variables: Array<VariableComparison>;
};

export type VariableSetDiff = {
  __typename?: 'VariableSetDiff';
  changes: Array<VariableChange>;
  environmentId: Scalars['ID']['output'];
  fromVersion: Scalars['Int']['output'];
  toVersion: Scalars['Int']['output'];
};

export type VariableSetVersion = {
  __typename?: 'VariableSetVersion';
  /** What this version changed compared with the one before. */
  changes: Array<VariableChange>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Set when a release made this version (a rollback or promotion). */
  releaseId?: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type VariableSetVersionConnection = {
  __typename?: 'VariableSetVersionConnection';
  edges: Array<VariableSetVersionEdge>;
  nodes: Array<VariableSetVersion>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VariableSetVersionEdge = {
  __typename?: 'VariableSetVersionEdge';
  cursor: Scalars['String']['output'];
  node: VariableSetVersion;
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
  Component: ResolverTypeWrapper<ComponentRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ConfigChange: ResolverTypeWrapper<ConfigChange>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CopyVariablesInput: CopyVariablesInput;
  CopyVariablesPayload: ResolverTypeWrapper<Omit<CopyVariablesPayload, 'variableSet'> & { variableSet: ResolversTypes['VariableSet'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Environment: ResolverTypeWrapper<EnvironmentRef>;
  ImportVariablesInput: ImportVariablesInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImportVariablesPayload: ResolverTypeWrapper<Omit<ImportVariablesPayload, 'variableSet'> & { variableSet: ResolversTypes['VariableSet'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RollbackVariablesInput: RollbackVariablesInput;
  RollbackVariablesPayload: ResolverTypeWrapper<Omit<RollbackVariablesPayload, 'variableSet'> & { variableSet: ResolversTypes['VariableSet'] }>;
  RotateMasterKeyInput: RotateMasterKeyInput;
  RotateMasterKeyPayload: ResolverTypeWrapper<RotateMasterKeyPayload>;
  SecretsAuditAction: SecretsAuditAction;
  SecretsAuditConnection: ResolverTypeWrapper<Omit<SecretsAuditConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecretsAuditEdge']>, nodes: Array<ResolversTypes['SecretsAuditEvent']> }>;
  SecretsAuditEdge: ResolverTypeWrapper<Omit<SecretsAuditEdge, 'node'> & { node: ResolversTypes['SecretsAuditEvent'] }>;
  SecretsAuditEvent: ResolverTypeWrapper<AuditRow>;
  SetVariablesInput: SetVariablesInput;
  SetVariablesPayload: ResolverTypeWrapper<Omit<SetVariablesPayload, 'variableSet'> & { variableSet: ResolversTypes['VariableSet'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UnsetVariablesInput: UnsetVariablesInput;
  UnsetVariablesPayload: ResolverTypeWrapper<Omit<UnsetVariablesPayload, 'variableSet'> & { variableSet: ResolversTypes['VariableSet'] }>;
  Variable: ResolverTypeWrapper<Variable>;
  VariableChange: ResolverTypeWrapper<VariableChange>;
  VariableChangeKind: VariableChangeKind;
  VariableComparison: ResolverTypeWrapper<VariableComparison>;
  VariableComparisonState: VariableComparisonState;
  VariableFormat: VariableFormat;
  VariableInput: VariableInput;
  VariableSet: ResolverTypeWrapper<VariableSetSnapshot>;
  VariableSetComparison: ResolverTypeWrapper<VariableSetComparison>;
  VariableSetDiff: ResolverTypeWrapper<VariableSetDiff>;
  VariableSetVersion: ResolverTypeWrapper<VersionParent>;
  VariableSetVersionConnection: ResolverTypeWrapper<Omit<VariableSetVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VariableSetVersionEdge']>, nodes: Array<ResolversTypes['VariableSetVersion']> }>;
  VariableSetVersionEdge: ResolverTypeWrapper<Omit<VariableSetVersionEdge, 'node'> & { node: ResolversTypes['VariableSetVersion'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Component: ComponentRef;
  String: Scalars['String']['output'];
  ConfigChange: ConfigChange;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CopyVariablesInput: CopyVariablesInput;
  CopyVariablesPayload: Omit<CopyVariablesPayload, 'variableSet'> & { variableSet: ResolversParentTypes['VariableSet'] };
  DateTime: Scalars['DateTime']['output'];
  Environment: EnvironmentRef;
  ImportVariablesInput: ImportVariablesInput;
  Boolean: Scalars['Boolean']['output'];
  ImportVariablesPayload: Omit<ImportVariablesPayload, 'variableSet'> & { variableSet: ResolversParentTypes['VariableSet'] };
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RollbackVariablesInput: RollbackVariablesInput;
  RollbackVariablesPayload: Omit<RollbackVariablesPayload, 'variableSet'> & { variableSet: ResolversParentTypes['VariableSet'] };
  RotateMasterKeyInput: RotateMasterKeyInput;
  RotateMasterKeyPayload: RotateMasterKeyPayload;
  SecretsAuditConnection: Omit<SecretsAuditConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecretsAuditEdge']>, nodes: Array<ResolversParentTypes['SecretsAuditEvent']> };
  SecretsAuditEdge: Omit<SecretsAuditEdge, 'node'> & { node: ResolversParentTypes['SecretsAuditEvent'] };
  SecretsAuditEvent: AuditRow;
  SetVariablesInput: SetVariablesInput;
  SetVariablesPayload: Omit<SetVariablesPayload, 'variableSet'> & { variableSet: ResolversParentTypes['VariableSet'] };
  Subscription: Record<PropertyKey, never>;
  UnsetVariablesInput: UnsetVariablesInput;
  UnsetVariablesPayload: Omit<UnsetVariablesPayload, 'variableSet'> & { variableSet: ResolversParentTypes['VariableSet'] };
  Variable: Variable;
  VariableChange: VariableChange;
  VariableComparison: VariableComparison;
  VariableInput: VariableInput;
  VariableSet: VariableSetSnapshot;
  VariableSetComparison: VariableSetComparison;
  VariableSetDiff: VariableSetDiff;
  VariableSetVersion: VersionParent;
  VariableSetVersionConnection: Omit<VariableSetVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VariableSetVersionEdge']>, nodes: Array<ResolversParentTypes['VariableSetVersion']> };
  VariableSetVersionEdge: Omit<VariableSetVersionEdge, 'node'> & { node: ResolversParentTypes['VariableSetVersion'] };
};

export type ComponentResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Component'] = ResolversParentTypes['Component'], FederationReferenceType extends FederationReferenceTypes['Component'] = FederationReferenceTypes['Component']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Component']> | FederationReferenceType, FederationReferenceType, ContextType>;
  config?: Resolver<Maybe<ResolversTypes['VariableSet']>, ParentType, ContextType, RequireFields<ComponentConfigArgs, 'environment'>>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfigChangeResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['ConfigChange'] = ResolversParentTypes['ConfigChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  componentRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  releaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CopyVariablesPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['CopyVariablesPayload'] = ResolversParentTypes['CopyVariablesPayload']> = {
  changedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  variableSet?: Resolver<ResolversTypes['VariableSet'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnvironmentResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Environment'] = ResolversParentTypes['Environment'], FederationReferenceType extends FederationReferenceTypes['Environment'] = FederationReferenceTypes['Environment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Environment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  config?: Resolver<ResolversTypes['VariableSet'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImportVariablesPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['ImportVariablesPayload'] = ResolversParentTypes['ImportVariablesPayload']> = {
  addedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overwrittenKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unchangedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  variableSet?: Resolver<ResolversTypes['VariableSet'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  copyVariables?: Resolver<ResolversTypes['CopyVariablesPayload'], ParentType, ContextType, RequireFields<MutationCopyVariablesArgs, 'input'>>;
  importVariables?: Resolver<ResolversTypes['ImportVariablesPayload'], ParentType, ContextType, RequireFields<MutationImportVariablesArgs, 'input'>>;
  rollbackVariables?: Resolver<ResolversTypes['RollbackVariablesPayload'], ParentType, ContextType, RequireFields<MutationRollbackVariablesArgs, 'input'>>;
  rotateMasterKey?: Resolver<ResolversTypes['RotateMasterKeyPayload'], ParentType, ContextType, Partial<MutationRotateMasterKeyArgs>>;
  setVariables?: Resolver<ResolversTypes['SetVariablesPayload'], ParentType, ContextType, RequireFields<MutationSetVariablesArgs, 'input'>>;
  unsetVariables?: Resolver<ResolversTypes['UnsetVariablesPayload'], ParentType, ContextType, RequireFields<MutationUnsetVariablesArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  secretsAuditLog?: Resolver<ResolversTypes['SecretsAuditConnection'], ParentType, ContextType, RequireFields<QuerySecretsAuditLogArgs, 'first'>>;
  variableSet?: Resolver<Maybe<ResolversTypes['VariableSet']>, ParentType, ContextType, RequireFields<QueryVariableSetArgs, 'environmentId'>>;
  variableSetComparison?: Resolver<ResolversTypes['VariableSetComparison'], ParentType, ContextType, RequireFields<QueryVariableSetComparisonArgs, 'fromEnvironmentId' | 'reveal' | 'toEnvironmentId'>>;
  variableSetDiff?: Resolver<ResolversTypes['VariableSetDiff'], ParentType, ContextType, RequireFields<QueryVariableSetDiffArgs, 'environmentId' | 'fromVersion'>>;
};

export type RollbackVariablesPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['RollbackVariablesPayload'] = ResolversParentTypes['RollbackVariablesPayload']> = {
  changedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  variableSet?: Resolver<ResolversTypes['VariableSet'], ParentType, ContextType>;
};

export type RotateMasterKeyPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['RotateMasterKeyPayload'] = ResolversParentTypes['RotateMasterKeyPayload']> = {
  masterKeyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rewrapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SecretsAuditConnectionResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SecretsAuditConnection'] = ResolversParentTypes['SecretsAuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SecretsAuditEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecretsAuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SecretsAuditEdgeResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SecretsAuditEdge'] = ResolversParentTypes['SecretsAuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecretsAuditEvent'], ParentType, ContextType>;
};

export type SecretsAuditEventResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SecretsAuditEvent'] = ResolversParentTypes['SecretsAuditEvent']> = {
  action?: Resolver<ResolversTypes['SecretsAuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  environmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  releaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SetVariablesPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['SetVariablesPayload'] = ResolversParentTypes['SetVariablesPayload']> = {
  changedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  variableSet?: Resolver<ResolversTypes['VariableSet'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  configChanged?: SubscriptionResolver<ResolversTypes['ConfigChange'], "configChanged", ParentType, ContextType, Partial<SubscriptionConfigChangedArgs>>;
};

export type UnsetVariablesPayloadResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['UnsetVariablesPayload'] = ResolversParentTypes['UnsetVariablesPayload']> = {
  changedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  variableSet?: Resolver<ResolversTypes['VariableSet'], ParentType, ContextType>;
};

export type VariableResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['Variable'] = ResolversParentTypes['Variable']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VariableChangeResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableChange'] = ResolversParentTypes['VariableChange']> = {
  change?: Resolver<ResolversTypes['VariableChangeKind'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VariableComparisonResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableComparison'] = ResolversParentTypes['VariableComparison']> = {
  fromValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['VariableComparisonState'], ParentType, ContextType>;
  toValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VariableSetResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableSet'] = ResolversParentTypes['VariableSet']> = {
  backend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<VariableSetExportArgs, 'format' | 'reveal'>>;
  history?: Resolver<ResolversTypes['VariableSetVersionConnection'], ParentType, ContextType, RequireFields<VariableSetHistoryArgs, 'first'>>;
  revealable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['Variable']>, ParentType, ContextType, RequireFields<VariableSetVariablesArgs, 'reveal'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VariableSetComparisonResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableSetComparison'] = ResolversParentTypes['VariableSetComparison']> = {
  fromEnvironmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toEnvironmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['VariableComparison']>, ParentType, ContextType>;
};

export type VariableSetDiffResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableSetDiff'] = ResolversParentTypes['VariableSetDiff']> = {
  changes?: Resolver<Array<ResolversTypes['VariableChange']>, ParentType, ContextType>;
  environmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VariableSetVersionResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableSetVersion'] = ResolversParentTypes['VariableSetVersion']> = {
  changes?: Resolver<Array<ResolversTypes['VariableChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VariableSetVersionConnectionResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableSetVersionConnection'] = ResolversParentTypes['VariableSetVersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VariableSetVersionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VariableSetVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VariableSetVersionEdgeResolvers<ContextType = SecretsContext, ParentType extends ResolversParentTypes['VariableSetVersionEdge'] = ResolversParentTypes['VariableSetVersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VariableSetVersion'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SecretsContext> = {
  Component?: ComponentResolvers<ContextType>;
  ConfigChange?: ConfigChangeResolvers<ContextType>;
  CopyVariablesPayload?: CopyVariablesPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Environment?: EnvironmentResolvers<ContextType>;
  ImportVariablesPayload?: ImportVariablesPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RollbackVariablesPayload?: RollbackVariablesPayloadResolvers<ContextType>;
  RotateMasterKeyPayload?: RotateMasterKeyPayloadResolvers<ContextType>;
  SecretsAuditConnection?: SecretsAuditConnectionResolvers<ContextType>;
  SecretsAuditEdge?: SecretsAuditEdgeResolvers<ContextType>;
  SecretsAuditEvent?: SecretsAuditEventResolvers<ContextType>;
  SetVariablesPayload?: SetVariablesPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UnsetVariablesPayload?: UnsetVariablesPayloadResolvers<ContextType>;
  Variable?: VariableResolvers<ContextType>;
  VariableChange?: VariableChangeResolvers<ContextType>;
  VariableComparison?: VariableComparisonResolvers<ContextType>;
  VariableSet?: VariableSetResolvers<ContextType>;
  VariableSetComparison?: VariableSetComparisonResolvers<ContextType>;
  VariableSetDiff?: VariableSetDiffResolvers<ContextType>;
  VariableSetVersion?: VariableSetVersionResolvers<ContextType>;
  VariableSetVersionConnection?: VariableSetVersionConnectionResolvers<ContextType>;
  VariableSetVersionEdge?: VariableSetVersionEdgeResolvers<ContextType>;
};

