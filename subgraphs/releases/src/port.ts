/** What a release runs: a commit or a snapshot the platform built, or an image built elsewhere. */
export interface ReleaseArtifact {
  kind: 'commit' | 'snapshot' | 'image';
  /** A commit SHA, `sha256:<hex>` of a snapshot, or an image reference / revision. */
  id: string;
  /** What was asked for (a branch, a tag…), null for "as it is now". */
  ref: string | null;
  description: string;
}

/** What the catalog says about the component being released. */
export interface ComponentInfo {
  ref: string;
  /** Where the catalog read it, e.g. `file:/srv/acme/hello-web/catalog-info.yaml`. */
  location: string | null;
  annotations: Record<string, string>;
}

export interface ReleaseTarget {
  environmentId: string;
  component: ComponentInfo;
  release: { id: string; number: number; cause: 'deploy' | 'config' | 'promote' | 'rollback' };
  signal: AbortSignal;
}

export interface ReleaseVariable {
  key: string;
  value: string;
  secret: boolean;
}

export interface ApplyRequest extends ReleaseTarget {
  artifact: ReleaseArtifact;
  variables: ReleaseVariable[];
  /** The version of the environment's variable set; null without a secrets capability. */
  configVersion: number | null;
}

/**
 * Where releases happen: the local runtime, a GitOps repository, Argo CD… The platform numbers
 * and records releases; a backend turns a ref into an artifact and makes an environment run it.
 * A backend throws an Error with a `code` (or GraphQL `extensions.code`) that says which step failed.
 */
export interface ReleasesBackend {
  readonly kind: string;
  /**
   * The artifact for what a deploy asked for (`ref`), built when the backend builds; for a
   * promotion or a rollback, `artifact` is given and must be made ready without rebuilding it.
   */
  prepare(
    request: ReleaseTarget & { ref: string | null; artifact: ReleaseArtifact | null },
  ): Promise<ReleaseArtifact>;
  /** Makes the environment run the artifact with the variables; resolves once it does. */
  apply(request: ApplyRequest): Promise<void>;
  /**
   * After Pave restarted: brings the environment back to its current release. Only backends whose
   * state lives in Pave's process (the local runtime) need it.
   */
  restore?(request: ApplyRequest): Promise<void>;
  close(): Promise<void>;
}
