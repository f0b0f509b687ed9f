import { type Logger, type Peers, type Store, systemIdentity } from '@pave/subgraph-kit';
import { fetchComponent } from '../peers/catalog.ts';
import { readVariables, restoreVariables } from '../peers/secrets.ts';
import type { ReleasesBackend } from '../port.ts';
import { currentReleases } from '../store/releases.ts';
import type { ReleaseRow } from '../store/rows.ts';
import {
  heartbeat,
  markDeploying,
  markFailed,
  markSucceeded,
  recordArtifact,
  recordConfigVersion,
} from '../store/transitions.ts';
import type { Announcer } from './announce.ts';
import { describeFailure } from './failure.ts';
import type { KeyedLocks } from './locks.ts';

export interface RunnerDeps {
  store: Store;
  peers: Peers;
  backend: ReleasesBackend;
  announcer: Announcer;
  /** Held while an environment is changed, so a restore and a release never interleave. */
  locks: KeyedLocks;
  log: Logger;
  /** A release whose lease is not renewed for this long is taken for abandoned. */
  leaseMs: number;
  /** Called once a release has finished, whatever its outcome. */
  onSettled(environmentId: string): void;
}

/**
 * Carries releases from PENDING to SUCCEEDED or FAILED in the background: build (or reuse) the
 * artifact, restore a rollback's variables, read the variables, have the backend switch over.
 * The mutation that made a release has answered already; clients follow `releaseStatus`.
 */
export class ReleaseRunner {
  readonly #deps: RunnerDeps;
  readonly #running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  readonly #heartbeat: NodeJS.Timeout;

  constructor(deps: RunnerDeps) {
    this.#deps = deps;
    this.#heartbeat = setInterval(
      () => {
        heartbeat(deps.store, [...this.#running.keys()]).catch((error) =>
          deps.log.warn('could not renew release leases', { error }),
        );
      },
      Math.max(1_000, deps.leaseMs / 3),
    );
    this.#heartbeat.unref();
  }

  launch(release: ReleaseRow): void {
    const abort = new AbortController();
    const done = this.#run(release, abort.signal)
      .catch((error) => this.#deps.log.error('release runner failed', { releaseId: release.id, error }))
      .finally(() => {
        this.#running.delete(release.id);
        this.#deps.onSettled(release.environment_id);
      });
    this.#running.set(release.id, { abort, done });
  }

  /** Resolves once no release is being worked on. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running.values()].map((r) => r.done));
  }

  /** Cancels what runs; releases still unfinished after `graceMs` are marked failed. */
  async stop(graceMs = 5_000): Promise<void> {
    clearInterval(this.#heartbeat);
    const running = [...this.#running.entries()];
    for (const [, { abort }] of running) abort.abort();
    const timeout = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(running.map(([, r]) => r.done)), timeout]);
    for (const [id] of this.#running) {
      await markFailed(
        this.#deps.store,
        id,
        'Pave stopped before this release finished.',
        'INTERRUPTED',
      ).catch(() => {});
    }
  }

  async #run(pending: ReleaseRow, signal: AbortSignal): Promise<void> {
    const { store, peers, backend, announcer, locks } = this.#deps;
    let release = await markDeploying(store, pending.id);
    if (!release) return;
    await announcer.status(release);
    await announcer.line(release, `release v${release.number} started: ${release.description}`);
    const environmentId = release.environment_id;
    try {
      const component = await fetchComponent(peers, systemIdentity('releases'), release.component_ref);
      const target = {
        environmentId,
        component,
        release: { id: release.id, number: release.number, cause: release.cause },
        signal,
      };
      const artifact = await backend.prepare({
        ...target,
        ref: release.requested_ref,
        artifact: release.artifact,
      });
      release = (await recordArtifact(store, release.id, artifact)) ?? release;
      if (release.cause === 'rollback' && release.restore_config_version !== null) {
        await restoreVariables(peers, environmentId, release.restore_config_version, release.id);
      }
      const config = await readVariables(peers, environmentId);
      release = (await recordConfigVersion(store, release.id, config.version)) ?? release;
      signal.throwIfAborted();
      await locks.run(environmentId, () =>
        backend.apply({ ...target, artifact, variables: config.variables, configVersion: config.version }),
      );
      const succeeded = await markSucceeded(store, release.id);
      if (!succeeded) return;
      await announcer.status(succeeded);
      await announcer.line(succeeded, `release v${succeeded.number} is live: ${artifact.description}`);
    } catch (error) {
      const { reason, code } = signal.aborted
        ? { reason: 'Pave stopped before this release finished.', code: 'INTERRUPTED' }
        : describeFailure(error);
      const failed = await markFailed(store, release.id, reason, code);
      if (!failed) return;
      const current = (await currentReleases(store, [environmentId])).get(environmentId);
      const still = current ? ` v${current.number} keeps serving.` : '';
      await announcer.status(failed);
      await announcer.line(failed, `release v${failed.number} failed (${code}): ${reason}${still}`, 'error');
    }
  }
}
