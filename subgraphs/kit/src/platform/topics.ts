/**
 * The events capabilities tell each other about, with their payloads. A capability publishes
 * through `bus.publish(TOPICS.x, payload)`; subscribers must treat an event as a hint and re-read
 * state they depend on (NATS core and LISTEN/NOTIFY deliver at most once).
 */
export const TOPICS = {
  /** secrets → releases: a variable set changed; Heroku makes a new release for it. */
  configChanged: 'config.changed',
  /** environments → everyone: an environment was created, cloned or deleted (incl. preview teardown). */
  environmentChanged: 'environment.changed',
  /** releases → clients and logs: a release moved to a new status. */
  releaseStatus: 'release.status',
  /** runtime → logs: lines an app printed, and platform events about it. */
  runtimeLog: 'runtime.log',
  /** catalog → everyone: entities were added, changed or removed. */
  catalogChanged: 'catalog.changed',
} as const;

export interface ConfigChanged {
  environmentId: string;
  componentRef: string;
  /** The new version of the environment's variable set. */
  version: number;
  /** Keys only, never values. */
  changedKeys: string[];
  actor: string;
  /**
   * Set when a release made this change itself (a rollback restoring its config, a promotion):
   * releases does not make another release for it.
   */
  releaseId?: string;
}

export interface EnvironmentChanged {
  environmentId: string;
  componentRef: string;
  name: string;
  change: 'created' | 'updated' | 'deleted';
  actor: string;
}

export interface ReleaseStatusChanged {
  releaseId: string;
  environmentId: string;
  number: number;
  status: 'pending' | 'deploying' | 'succeeded' | 'failed';
  reason?: string;
}

export interface RuntimeLogLine {
  environmentId: string;
  /** `process` (the app's stdout/stderr), `release` (build output) or `platform` (Pave's own events). */
  source: 'process' | 'release' | 'platform';
  stream?: 'stdout' | 'stderr';
  level?: 'debug' | 'info' | 'warn' | 'error';
  line: string;
  time: string;
  releaseNumber?: number;
}
