import { randomUUID } from 'node:crypto';
import { type Logger, type Peers, type Store, systemIdentity } from '@pave/subgraph-kit';
import { latestConfigVersions } from '../peers/secrets.ts';
import {
  currentReleases,
  environmentsWithReleases,
  inFlightRelease,
  insertRelease,
  latestRelease,
} from '../store/releases.ts';
import { failAbandoned } from '../store/transitions.ts';
import type { Announcer } from './announce.ts';
import type { KeyedLocks } from './locks.ts';
import type { ReleaseRunner } from './runner.ts';

export interface ConfigHint {
  changedKeys?: string[];
  actor?: string;
}

export interface ReconcilerDeps {
  store: Store;
  peers: Peers;
  runner: ReleaseRunner;
  announcer: Announcer;
  locks: KeyedLocks;
  log: Logger;
  leaseMs: number;
}

/**
 * Makes a config release when an environment's variables moved past those of its current
 * release, as Heroku does. It runs on `config.changed` (a hint), after every release, and on a
 * timer — so a lost event delays the restart, never loses it. A config version a release was
 * already made for is not tried again, even if that release failed.
 */
export class Reconciler {
  readonly #deps: ReconcilerDeps;

  constructor(deps: ReconcilerDeps) {
    this.#deps = deps;
  }

  /** Checks one environment, `latest` being its newest variable set version if already known. */
  environment(environmentId: string, hint: ConfigHint = {}, latest?: number | null): Promise<void> {
    return this.#deps.locks.run(`reconcile:${environmentId}`, () => this.#check(environmentId, hint, latest));
  }

  /** Checks every environment that has a release, and fails releases whose process died. */
  async sweep(): Promise<void> {
    const { store, peers, announcer, leaseMs, log } = this.#deps;
    for (const abandoned of await failAbandoned(store, leaseMs)) {
      await announcer.status(abandoned);
      log.warn('failed an abandoned release', {
        releaseId: abandoned.id,
        environmentId: abandoned.environment_id,
      });
    }
    const environments = await environmentsWithReleases(store);
    for (let i = 0; i < environments.length; i += 50) {
      const chunk = environments.slice(i, i + 50);
      const versions = await latestConfigVersions(peers, chunk);
      const current = await currentReleases(store, chunk);
      for (const [j, environmentId] of chunk.entries()) {
        const latest = versions[j];
        const release = current.get(environmentId);
        if (latest != null && release && release.config_version !== latest) {
          await this.environment(environmentId, {}, latest);
        }
      }
    }
  }

  async #check(environmentId: string, hint: ConfigHint, known?: number | null): Promise<void> {
    const { store, peers, runner } = this.#deps;
    if (await inFlightRelease(store, environmentId)) return; // it re-checks once that release settles
    const current = (await currentReleases(store, [environmentId])).get(environmentId);
    if (!current?.artifact) return;
    const latest = known ?? (await latestConfigVersions(peers, [environmentId]))[0];
    if (latest == null || current.config_version === latest) return;
    const newest = await latestRelease(store, environmentId);
    if ((newest?.config_version ?? -1) >= latest) return;
    const keys = hint.changedKeys?.length ? `: ${hint.changedKeys.join(', ')}` : '';
    const release = await insertRelease(store, {
      id: randomUUID(),
      environmentId,
      componentRef: current.component_ref,
      cause: 'config',
      description: `Config version ${latest}${keys}`,
      artifact: current.artifact,
      configVersion: latest,
      sourceReleaseId: current.id,
      createdBy: hint.actor ?? systemIdentity('releases').subject,
    });
    if (release) runner.launch(release);
  }
}
