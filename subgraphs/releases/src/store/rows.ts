import type { ReleaseArtifact } from '../port.ts';

export type ReleaseCauseKind = 'deploy' | 'config' | 'promote' | 'rollback';
export type ReleaseState = 'pending' | 'deploying' | 'succeeded' | 'failed';

/** A release as the store keeps it. */
export interface ReleaseRow {
  id: string;
  environment_id: string;
  component_ref: string;
  number: number;
  cause: ReleaseCauseKind;
  description: string;
  /** What the deploy asked for (a branch, tag, commit or image); null = as it is now. */
  requested_ref: string | null;
  artifact: ReleaseArtifact | null;
  /** The variable set version it runs with (for a config release: the version it was made for). */
  config_version: number | null;
  /** A rollback's: the variable set version to restore. */
  restore_config_version: number | null;
  source_release_id: string | null;
  status: ReleaseState;
  failure_reason: string | null;
  failure_code: string | null;
  created_by: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface ComponentKey {
  ref: string;
}

export interface EnvironmentKey {
  id: string;
}
