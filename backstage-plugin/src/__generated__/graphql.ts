/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CloneEnvironmentInput = {
  fromEnvironmentId: string | number;
  name: string;
  /** Default: the type of the environment cloned. */
  type?: EnvironmentType | null | undefined;
};

export type CreateEnvironmentInput = {
  componentRef: string;
  name: string;
  /** Default: true for PRODUCTION, false otherwise. */
  protected?: boolean | null | undefined;
  type: EnvironmentType;
};

export type CreatePreviewEnvironmentInput = {
  branch: string;
  componentRef: string;
  /** Default: `preview-` and the branch made into a DNS label. */
  name?: string | null | undefined;
  /** How long the environment lives, 1 s to 90 days. Default one day. */
  ttlSeconds?: number | null | undefined;
};

export type DeleteEnvironmentInput = {
  /** The environment's name, required to delete a protected environment. */
  confirm?: string | null | undefined;
  id: string | number;
};

export type DeployInput = {
  environmentId: string | number;
  /**
   * A git branch, tag or commit (local adapter), or an image or revision (gitops, kubernetes, argocd).
   * Null ships a preview environment's branch, else what is checked in now.
   */
  ref?: string | null | undefined;
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

export type EnvironmentType =
  | 'DEVELOPMENT'
  | 'PREVIEW'
  | 'PRODUCTION'
  | 'STAGING';

export type LogFilter = {
  /** Lines containing this text (case-sensitive). */
  grep?: string | null | undefined;
  /** Lines at this level or above; lines whose level is unknown are left out. */
  level?: LogLevel | null | undefined;
  /** Lines at or after this time. */
  since?: string | null | undefined;
  source?: Array<LogSource> | null | undefined;
  /** Lines before this time. */
  until?: string | null | undefined;
};

export type LogLevel =
  | 'DEBUG'
  | 'ERROR'
  | 'INFO'
  | 'WARN';

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

export type LogTailFilter = {
  grep?: string | null | undefined;
  level?: LogLevel | null | undefined;
  source?: Array<LogSource> | null | undefined;
};

export type PromoteInput = {
  fromEnvironmentId: string | number;
  toEnvironmentId: string | number;
};

export type ReleaseCause =
  | 'CONFIG'
  | 'DEPLOY'
  | 'PROMOTE'
  | 'ROLLBACK';

export type ReleaseStatus =
  | 'DEPLOYING'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type RollbackInput = {
  environmentId: string | number;
  /** The number of the release to restore. */
  toNumber: number;
};

export type RollbackVariablesInput = {
  environmentId: string | number;
  /** When given, CONFLICT unless it is the current version. */
  expectedVersion?: number | null | undefined;
  releaseId?: string | number | null | undefined;
  toVersion: number;
};

export type SetVariablesInput = {
  environmentId: string | number;
  expectedVersion: number;
  /** Set by the releases capability when a release makes this change itself. */
  releaseId?: string | number | null | undefined;
  /**
   * Keys to remove in the same version (a key may not be both set and removed): an editor that adds,
   * changes and removes several variables saves them as one change, and so as one release.
   */
  unset?: Array<string> | null | undefined;
  variables: Array<VariableInput>;
};

export type VariableChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type VariableInput = {
  /** `[A-Za-z_][A-Za-z0-9_]*` */
  key: string;
  /** Null keeps an existing variable's kind; a new variable is a secret unless this says false. */
  secret?: boolean | null | undefined;
  /** At most 64 KiB, no NUL characters. */
  value: string;
};

export type PaveComponentEnvironmentsQueryVariables = Exact<{
  ref: string;
}>;


export type PaveComponentEnvironmentsQuery = { entity:
    | { ref: string, title: string | null }
    | { ref: string, title: string | null, environments: { totalCount: number, nodes: Array<{ id: string, name: string, type: EnvironmentType, url: string | null, protected: boolean, branch: string | null, expiresAt: string | null, clonedFrom: string | null, status: { state: EnvironmentState, message: string | null, restarts: number } | null, currentRelease: { id: string, version: string, status: ReleaseStatus, description: string, createdAt: string } | null }> } }
    | { ref: string, title: string | null }
    | { ref: string, title: string | null }
    | { ref: string, title: string | null }
    | { ref: string, title: string | null }
    | { ref: string, title: string | null }
    | { ref: string, title: string | null }
    | { ref: string, title: string | null }
    | { ref: string, title: string | null }
   | null };

export type PaveCreateEnvironmentMutationVariables = Exact<{
  input: CreateEnvironmentInput;
}>;


export type PaveCreateEnvironmentMutation = { createEnvironment: { environment: { id: string, name: string } } };

export type PaveCreatePreviewEnvironmentMutationVariables = Exact<{
  input: CreatePreviewEnvironmentInput;
}>;


export type PaveCreatePreviewEnvironmentMutation = { createPreviewEnvironment: { environment: { id: string, name: string, expiresAt: string | null } } };

export type PaveCloneEnvironmentMutationVariables = Exact<{
  input: CloneEnvironmentInput;
}>;


export type PaveCloneEnvironmentMutation = { cloneEnvironment: { variablesCopied: boolean, environment: { id: string, name: string }, promotedRelease: { version: string } | null } };

export type PaveDeleteEnvironmentMutationVariables = Exact<{
  input: DeleteEnvironmentInput;
}>;


export type PaveDeleteEnvironmentMutation = { deleteEnvironment: { id: string } };

export type PaveLogLineFieldsFragment = { cursor: string, time: string, source: LogSource, stream: LogStream | null, level: LogLevel | null, line: string, releaseNumber: number | null };

export type PaveTailLogsSubscriptionVariables = Exact<{
  environmentId: string | number;
  filter?: LogTailFilter | null | undefined;
  last?: number | null | undefined;
}>;


export type PaveTailLogsSubscription = { logs: { dropped: number, lines: Array<{ cursor: string, time: string, source: LogSource, stream: LogStream | null, level: LogLevel | null, line: string, releaseNumber: number | null }> } };

export type PaveSearchLogsQueryVariables = Exact<{
  environmentId: string | number;
  filter?: LogFilter | null | undefined;
}>;


export type PaveSearchLogsQuery = { environment: { id: string, logs: { nodes: Array<{ cursor: string, time: string, source: LogSource, stream: LogStream | null, level: LogLevel | null, line: string, releaseNumber: number | null }> } | null } | null };

export type PaveMetricQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PaveMetricQueriesQuery = { metricQueries: Array<string> };

export type PaveEnvironmentMetricsQueryVariables = Exact<{
  environmentId: string | number;
  query: string;
}>;


export type PaveEnvironmentMetricsQuery = { environment: { id: string, metrics: Array<{ labels: Array<{ name: string, value: string }>, points: Array<{ time: string, value: number | null }> }> | null } | null };

export type PaveSearchComponentsQueryVariables = Exact<{
  query: string;
}>;


export type PaveSearchComponentsQuery = { search: { totalCount: number, nodes: Array<
      | { ref: string, title: string | null, description: string | null }
      | { lifecycle: string | null, ref: string, title: string | null, description: string | null, owner:
          | { ref: string }
          | { ref: string }
          | { ref: string }
          | { ref: string }
          | { ref: string }
          | { ref: string }
          | { ref: string }
          | { ref: string }
          | { ref: string }
          | { ref: string }
         | null, environments: { nodes: Array<{ id: string, name: string, type: EnvironmentType, url: string | null, status: { state: EnvironmentState } | null, currentRelease: { version: string, status: ReleaseStatus } | null }> } }
      | { ref: string, title: string | null, description: string | null }
      | { ref: string, title: string | null, description: string | null }
      | { ref: string, title: string | null, description: string | null }
      | { ref: string, title: string | null, description: string | null }
      | { ref: string, title: string | null, description: string | null }
      | { ref: string, title: string | null, description: string | null }
      | { ref: string, title: string | null, description: string | null }
      | { ref: string, title: string | null, description: string | null }
    > } };

export type PaveViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PaveViewerQuery = { viewer: { subject: string, kind: string, groups: Array<string>, admin: boolean } };

export type PaveReleaseFieldsFragment = { id: string, number: number, version: string, status: ReleaseStatus, cause: ReleaseCause, description: string, failureReason: string | null, current: boolean, createdBy: string, createdAt: string, finishedAt: string | null, configVersion: number | null, artifact: { description: string } | null };

export type PaveEnvironmentReleasesQueryVariables = Exact<{
  environmentId: string | number;
}>;


export type PaveEnvironmentReleasesQuery = { environment: { id: string, name: string, releases: { totalCount: number, nodes: Array<{ id: string, number: number, version: string, status: ReleaseStatus, cause: ReleaseCause, description: string, failureReason: string | null, current: boolean, createdBy: string, createdAt: string, finishedAt: string | null, configVersion: number | null, artifact: { description: string } | null }> } } | null };

export type PaveReleaseStatusSubscriptionVariables = Exact<{
  environmentId: string | number;
}>;


export type PaveReleaseStatusSubscription = { releaseStatus: { id: string, number: number, version: string, status: ReleaseStatus, cause: ReleaseCause, description: string, failureReason: string | null, current: boolean, createdBy: string, createdAt: string, finishedAt: string | null, configVersion: number | null, artifact: { description: string } | null } };

export type PaveDeployMutationVariables = Exact<{
  input: DeployInput;
}>;


export type PaveDeployMutation = { deploy: { release: { id: string, number: number, version: string, status: ReleaseStatus, cause: ReleaseCause, description: string, failureReason: string | null, current: boolean, createdBy: string, createdAt: string, finishedAt: string | null, configVersion: number | null, artifact: { description: string } | null } } };

export type PavePromoteMutationVariables = Exact<{
  input: PromoteInput;
}>;


export type PavePromoteMutation = { promote: { release: { id: string, number: number, version: string, status: ReleaseStatus, cause: ReleaseCause, description: string, failureReason: string | null, current: boolean, createdBy: string, createdAt: string, finishedAt: string | null, configVersion: number | null, artifact: { description: string } | null } } };

export type PaveRollbackMutationVariables = Exact<{
  input: RollbackInput;
}>;


export type PaveRollbackMutation = { rollback: { release: { id: string, number: number, version: string, status: ReleaseStatus, cause: ReleaseCause, description: string, failureReason: string | null, current: boolean, createdBy: string, createdAt: string, finishedAt: string | null, configVersion: number | null, artifact: { description: string } | null } } };

export type PaveVariableSetQueryVariables = Exact<{
  environmentId: string | number;
}>;


export type PaveVariableSetQuery = { variableSet: { environmentId: string, version: number, updatedAt: string | null, updatedBy: string | null, backend: string, revealable: boolean, variables: Array<{ key: string, value: string | null, masked: boolean, secret: boolean, version: number, updatedBy: string, updatedAt: string }> } | null };

export type PaveRevealVariableQueryVariables = Exact<{
  environmentId: string | number;
  key: string;
}>;


export type PaveRevealVariableQuery = { variableSet: { version: number, variables: Array<{ key: string, value: string | null }> } | null };

export type PaveSetVariablesMutationVariables = Exact<{
  input: SetVariablesInput;
}>;


export type PaveSetVariablesMutation = { setVariables: { changedKeys: Array<string>, variableSet: { version: number } } };

export type PaveRollbackVariablesMutationVariables = Exact<{
  input: RollbackVariablesInput;
}>;


export type PaveRollbackVariablesMutation = { rollbackVariables: { changedKeys: Array<string>, variableSet: { version: number } } };

export type PaveVariableHistoryQueryVariables = Exact<{
  environmentId: string | number;
}>;


export type PaveVariableHistoryQuery = { variableSet: { version: number, history: { nodes: Array<{ version: number, createdAt: string, createdBy: string, releaseId: string | null, changes: Array<{ key: string, change: VariableChangeKind, secret: boolean, oldValue: string | null, newValue: string | null }> }> } } | null };

export type PaveVariableSetDiffQueryVariables = Exact<{
  environmentId: string | number;
  fromVersion: number;
  toVersion?: number | null | undefined;
}>;


export type PaveVariableSetDiffQuery = { variableSetDiff: { fromVersion: number, toVersion: number, changes: Array<{ key: string, change: VariableChangeKind, secret: boolean, oldValue: string | null, newValue: string | null }> } };

export const PaveLogLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveLogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"releaseNumber"}}]}}]} as unknown as DocumentNode<PaveLogLineFieldsFragment, unknown>;
export const PaveReleaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configVersion"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PaveReleaseFieldsFragment, unknown>;
export const PaveComponentEnvironmentsDocument = {"__meta__":{"hash":"sha256:188c78a7cdcaca978b6443aad1e1f4ce9b280cd52a1af576eaf906db18cbbcd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveComponentEnvironments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Component"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"protected"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"restarts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRelease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaveComponentEnvironmentsQuery, PaveComponentEnvironmentsQueryVariables>;
export const PaveCreateEnvironmentDocument = {"__meta__":{"hash":"sha256:7f4efae978c962f874ae62c0126a287d0e87a25d653d933ad772e3007a339966"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveCreateEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PaveCreateEnvironmentMutation, PaveCreateEnvironmentMutationVariables>;
export const PaveCreatePreviewEnvironmentDocument = {"__meta__":{"hash":"sha256:0f2632f6d9e555d4098794dc0e45660ebb4b78549c58b64e22824bf640e79d06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveCreatePreviewEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePreviewEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPreviewEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<PaveCreatePreviewEnvironmentMutation, PaveCreatePreviewEnvironmentMutationVariables>;
export const PaveCloneEnvironmentDocument = {"__meta__":{"hash":"sha256:4767dc4889ca05bcc35347c8264db3e7628c612b8c306580a122851db6efc369"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveCloneEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloneEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variablesCopied"}},{"kind":"Field","name":{"kind":"Name","value":"promotedRelease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PaveCloneEnvironmentMutation, PaveCloneEnvironmentMutationVariables>;
export const PaveDeleteEnvironmentDocument = {"__meta__":{"hash":"sha256:a5b88d03d384f604bc072a9520b57d613bd379e032b7e055ced4a31c309fc325"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveDeleteEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEnvironmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaveDeleteEnvironmentMutation, PaveDeleteEnvironmentMutationVariables>;
export const PaveTailLogsDocument = {"__meta__":{"hash":"sha256:e95ca5180575967a508737de6e77a0c97394098cabad2c4d718c3b61ae449dfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PaveTailLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropped"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaveLogLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveLogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"releaseNumber"}}]}}]} as unknown as DocumentNode<PaveTailLogsSubscription, PaveTailLogsSubscriptionVariables>;
export const PaveSearchLogsDocument = {"__meta__":{"hash":"sha256:188eb4243687c54e1bdabc04e3793c2f311d9d8d64de6b81f8be0bb588be6ec5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveSearchLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaveLogLineFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveLogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"releaseNumber"}}]}}]} as unknown as DocumentNode<PaveSearchLogsQuery, PaveSearchLogsQueryVariables>;
export const PaveMetricQueriesDocument = {"__meta__":{"hash":"sha256:5852591400bdc4e1e18149585b1a0b8ae7b8f97211fbe24394cad8512ead06d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveMetricQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricQueries"}}]}}]} as unknown as DocumentNode<PaveMetricQueriesQuery, PaveMetricQueriesQueryVariables>;
export const PaveEnvironmentMetricsDocument = {"__meta__":{"hash":"sha256:9a32b484fbb483ac7c74f58ca60646456986f9bd60ee0420ff4a8b28149e792b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveEnvironmentMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaveEnvironmentMetricsQuery, PaveEnvironmentMetricsQueryVariables>;
export const PaveSearchComponentsDocument = {"__meta__":{"hash":"sha256:d7e2d88289b076ddf557b40633e3349ea487496ef20705a18bee4da07b839066"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveSearchComponents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"StringValue","value":"component","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Component"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRelease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaveSearchComponentsQuery, PaveSearchComponentsQueryVariables>;
export const PaveViewerDocument = {"__meta__":{"hash":"sha256:89b1b494fc0d284b5237e05d7c27d3c9fd395fe9064d901cb9cbd35e0b851563"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"admin"}}]}}]}}]} as unknown as DocumentNode<PaveViewerQuery, PaveViewerQueryVariables>;
export const PaveEnvironmentReleasesDocument = {"__meta__":{"hash":"sha256:2c2f425a2c6dd88ac18a4efffc9c3055b27f33ee8e933d8a238407d50874ac2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveEnvironmentReleases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"releases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaveReleaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configVersion"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PaveEnvironmentReleasesQuery, PaveEnvironmentReleasesQueryVariables>;
export const PaveReleaseStatusDocument = {"__meta__":{"hash":"sha256:88f9d3bb0390672251085efaad5865aa2de84eed85fa6cb3cb756a5d0b03a41b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PaveReleaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaveReleaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configVersion"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PaveReleaseStatusSubscription, PaveReleaseStatusSubscriptionVariables>;
export const PaveDeployDocument = {"__meta__":{"hash":"sha256:5ef59266f316e2507c3fe222a3676209a403f27cd62f354704062ffbade29431"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveDeploy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeployInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaveReleaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configVersion"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PaveDeployMutation, PaveDeployMutationVariables>;
export const PavePromoteDocument = {"__meta__":{"hash":"sha256:8c37224b229103de4907037c74cec9a51edf50a2643d01df04b71eda35f7dd4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PavePromote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaveReleaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configVersion"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PavePromoteMutation, PavePromoteMutationVariables>;
export const PaveRollbackDocument = {"__meta__":{"hash":"sha256:082123853e26251bcddcf0406b8a8d9560137ccfc91ddd5ab0c28afe9bb8fdd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveRollback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RollbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaveReleaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaveReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Release"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configVersion"}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PaveRollbackMutation, PaveRollbackMutationVariables>;
export const PaveVariableSetDocument = {"__meta__":{"hash":"sha256:42f2993f18f6ab6f8bc18a12c00629a6d058a290c87689f988d5fe6e569a27e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveVariableSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variableSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"revealable"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PaveVariableSetQuery, PaveVariableSetQueryVariables>;
export const PaveRevealVariableDocument = {"__meta__":{"hash":"sha256:ec8fc8a05ee4b1fac52f5bdf21c5c3fe4c9ef646fe9207973cab82c49f5911f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveRevealVariable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variableSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"key"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PaveRevealVariableQuery, PaveRevealVariableQueryVariables>;
export const PaveSetVariablesDocument = {"__meta__":{"hash":"sha256:4448ebb564379a6badfb5b1b9d0d8c4fd0ac8a82fc83265cf33e8181b8cf2ef2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveSetVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVariablesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"variableSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PaveSetVariablesMutation, PaveSetVariablesMutationVariables>;
export const PaveRollbackVariablesDocument = {"__meta__":{"hash":"sha256:828bd14f35fd6cb0db310aebcf9989b15d63853275a9b854d5efd6f6972e4ccc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaveRollbackVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RollbackVariablesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"variableSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PaveRollbackVariablesMutation, PaveRollbackVariablesMutationVariables>;
export const PaveVariableHistoryDocument = {"__meta__":{"hash":"sha256:183499026cdf67b0ddf001d5c098120fe3d8135bc26f19365bfebe84f68bf9d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveVariableHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variableSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"releaseId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaveVariableHistoryQuery, PaveVariableHistoryQueryVariables>;
export const PaveVariableSetDiffDocument = {"__meta__":{"hash":"sha256:74534de967cf08c82974b876ba8bced0c99efc70f0f63bd12cbfa55ff10940dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaveVariableSetDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variableSetDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]} as unknown as DocumentNode<PaveVariableSetDiffQuery, PaveVariableSetDiffQueryVariables>;