/** The four kinds of environment, as stored (GraphQL spells them in capitals). */
export type EnvironmentKind = 'development' | 'staging' | 'production' | 'preview';

/** An environment as the store keeps it. */
export interface EnvironmentRow {
  id: string;
  component_ref: string;
  name: string;
  type: EnvironmentKind;
  protected: boolean;
  url: string | null;
  branch: string | null;
  expires_at: Date | null;
  cloned_from: string | null;
  /** `active`, or `tearing_down` while (or after a failed attempt at) tearing it down. */
  state: 'active' | 'tearing_down';
  /** 1 when created; each change made to it since (an update, the start of a teardown) adds one. */
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  teardown_started_at: Date | null;
}

export interface TeardownStepRecord {
  step: string;
  ok: boolean;
  detail: string;
}

export interface TeardownRow {
  id: string;
  environment_id: string;
  component_ref: string;
  name: string;
  type: EnvironmentKind;
  branch: string | null;
  reason: 'deleted' | 'expired';
  actor: string;
  succeeded: boolean;
  steps: TeardownStepRecord[];
  started_at: Date;
  finished_at: Date;
}

/** A catalog component as other subgraphs reference it. */
export interface ComponentKey {
  ref: string;
}
