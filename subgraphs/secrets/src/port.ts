/** One variable as a backend keeps it. */
export interface StoredVariable {
  key: string;
  /** Null only where the backend is write-only (it cannot give values back). */
  value: string | null;
  secret: boolean;
  /** The version of the set in which this variable last changed. */
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

/** An environment's variables at one version. Version 0: never written, no variables. */
export interface VariableSetSnapshot {
  environmentId: string;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
  /** Ordered by key. */
  variables: StoredVariable[];
}

/** A version of a set, without its content. */
export interface VersionInfo {
  version: number;
  createdAt: Date;
  createdBy: string;
  releaseId: string | null;
}

export interface VariableWrite {
  key: string;
  value: string;
  /** Undefined keeps an existing variable's kind; a new variable is then a secret. */
  secret?: boolean;
}

export interface WriteRequest {
  environmentId: string;
  /** The version the caller last read: CONFLICT when the set has moved on. Undefined: no check. */
  expectedVersion?: number;
  set: VariableWrite[];
  unset: string[];
  /** Remove every key not in `set` (rollback, copy). */
  replace: boolean;
  actor: string;
  releaseId?: string;
}

export interface WriteResult {
  /** The new version, or the current one when nothing changed. */
  version: number;
  /** Keys whose value or kind changed, or that were removed; empty when no version was made. */
  changedKeys: string[];
}

export interface MasterKeyRotation {
  masterKeyId: string;
  rewrapped: number;
  remaining: number;
}

/**
 * Where an environment's config vars and secrets are kept, with versions. Which backend serves an
 * environment is configuration. Adapters throw the kit's `conflict` for a stale expected version
 * and `backendUnavailable` (naming their kind) when their backend fails.
 */
export interface SecretsBackend {
  readonly kind: string;
  /** False for write-only backends: values read back as null. */
  readonly revealable: boolean;
  /** Several sets at once (`version` undefined: current); null where that version does not exist. */
  read(
    refs: ReadonlyArray<{ environmentId: string; version?: number }>,
  ): Promise<Array<VariableSetSnapshot | null>>;
  /** Applies the whole request atomically, or nothing. */
  write(request: WriteRequest): Promise<WriteResult>;
  /** Versions newest first, below `beforeVersion` when given, and how many there are in all. */
  versions(
    environmentId: string,
    page: { first: number; beforeVersion?: number },
  ): Promise<{ total: number; versions: VersionInfo[] }>;
  /** Removes every variable and version of the environment (it was deleted). */
  deleteEnvironment(environmentId: string): Promise<void>;
  /** Backends that encrypt under a master key re-wrap their data keys under the current one. */
  rotateMasterKey?(options: { generateNewKey: boolean }): Promise<MasterKeyRotation>;
  close?(): Promise<void>;
}
