import type { EnvironmentRow, TeardownStepRecord } from './store/rows.ts';

/** What runs in an environment, as its backend sees it. */
export interface BackendStatus {
  state: 'empty' | 'starting' | 'running' | 'crashed' | 'stopped' | 'tearing_down' | 'unknown';
  message: string | null;
  restarts: number;
  since: Date | null;
  releaseNumber: number | null;
}

/**
 * Where environments exist: the local runtime, Kubernetes namespaces, GitHub Environments… Pave
 * keeps the environments' records itself; a backend provisions and removes what they need.
 */
export interface EnvironmentsBackend {
  readonly kind: string;
  /** Creates (or finds) what the environment needs; idempotent. Returns its URL when it serves one. */
  provision(environment: EnvironmentRow): Promise<{ url: string | null }>;
  /** The status of several environments in one call, in the order given. */
  status(environments: readonly EnvironmentRow[]): Promise<BackendStatus[]>;
  /** Removes everything the environment had (processes, addresses, resources), saying what was done. */
  teardown(environment: EnvironmentRow): Promise<TeardownStepRecord[]>;
  close(): Promise<void>;
}
