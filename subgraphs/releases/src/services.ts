import type { Reconciler } from './core/reconcile.ts';
import type { ReleaseRunner } from './core/runner.ts';
import type { ReleasesBackend } from './port.ts';

/** What the releases capability shares across requests. */
export interface ReleasesServices {
  backend: ReleasesBackend;
  runner: ReleaseRunner;
  reconciler: Reconciler;
}
