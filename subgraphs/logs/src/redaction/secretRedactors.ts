import type { ConfigChanged, EventBus } from '@pave/subgraph-kit';
import { TOPICS } from '@pave/subgraph-kit';
import DataLoader from 'dataloader';
import { createRedactor, type Redactor } from './redactor.ts';
import type { EnvironmentSecrets, SecretsLookup } from './secretsLookup.ts';

interface Entry {
  redactor: Redactor;
  version: number | null;
  checkedAt: number;
}

export interface SecretRedactorsOptions {
  /**
   * How long a cached set is trusted before its version is checked again. `config.changed`
   * events refresh sooner, but they are hints: a lost one must not leave a new secret unmasked
   * for long.
   */
  recheckMs?: number;
  /** Environments kept in memory; the least recently loaded go first. */
  maxEnvironments?: number;
  now?: () => number;
}

/**
 * The redactor of each environment, built from its secret values and cached in memory only.
 * Fails closed: when the values cannot be read, callers get the error, never unmasked lines.
 */
export class SecretRedactors {
  /** Requests made in the same tick (e.g. the environments of a list) share one call to the secrets subgraph. */
  readonly #versions: DataLoader<string, number | null>;
  readonly #reveals: DataLoader<string, EnvironmentSecrets>;
  readonly #entries = new Map<string, Entry>();
  /**
   * Set by each invalidation, so a load that started before a change is not cached as current.
   * One number per environment ever changed: small, and never reset (a reset could match a stale load).
   */
  readonly #generations = new Map<string, number>();
  readonly #recheckMs: number;
  readonly #max: number;
  readonly #now: () => number;

  constructor(lookup: SecretsLookup, options: SecretRedactorsOptions = {}) {
    this.#versions = new DataLoader(
      async (ids) => {
        const found = await lookup.versions(ids);
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache: false },
    );
    this.#reveals = new DataLoader(
      async (ids) => {
        const found = await lookup.reveal(ids);
        return ids.map((id) => found.get(id) ?? { version: null, values: [] });
      },
      { cache: false },
    );
    this.#recheckMs = options.recheckMs ?? 30_000;
    this.#max = options.maxEnvironments ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  async forEnvironment(environmentId: string): Promise<Redactor> {
    return (await this.forEnvironments([environmentId])).get(environmentId) as Redactor;
  }

  async forEnvironments(environmentIds: readonly string[]): Promise<Map<string, Redactor>> {
    const ids = [...new Set(environmentIds)];
    const result = new Map<string, Redactor>();
    const stale: string[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const entry = this.#entries.get(id);
      if (!entry) missing.push(id);
      else if (this.#now() - entry.checkedAt >= this.#recheckMs) stale.push(id);
      else result.set(id, entry.redactor);
    }
    if (stale.length > 0) {
      // A version check reveals nothing (and is not audited as a reveal); reveal only what changed.
      const generations = this.#snapshotGenerations(stale);
      const versions = await loadAll(this.#versions, stale);
      for (const [i, id] of stale.entries()) {
        const entry = this.#entries.get(id);
        if (entry && versions[i] === entry.version && this.#generation(id) === generations.get(id)) {
          entry.checkedAt = this.#now();
          result.set(id, entry.redactor);
        } else missing.push(id);
      }
    }
    if (missing.length > 0) {
      const generations = this.#snapshotGenerations(missing);
      const revealed = await loadAll(this.#reveals, missing);
      for (const [i, id] of missing.entries()) {
        const secrets = revealed[i] as EnvironmentSecrets;
        const redactor = createRedactor(secrets.values);
        result.set(id, redactor);
        if (this.#generation(id) === generations.get(id)) this.#remember(id, redactor, secrets.version);
      }
    }
    return result;
  }

  /** Forgets an environment's values: the next line of it waits for the current ones. */
  invalidate(environmentId: string): void {
    this.#entries.delete(environmentId);
    this.#generations.set(environmentId, (this.#generations.get(environmentId) ?? 0) + 1);
  }

  /** Invalidates environments whose variables change, as `config.changed` reports them. */
  subscribe(bus: EventBus): Promise<() => Promise<void>> {
    return bus.subscribe<ConfigChanged>(TOPICS.configChanged, (event) => {
      if (typeof event.data?.environmentId === 'string') this.invalidate(event.data.environmentId);
    });
  }

  #snapshotGenerations(ids: string[]): Map<string, number> {
    return new Map(ids.map((id) => [id, this.#generation(id)]));
  }

  #generation(id: string): number {
    return this.#generations.get(id) ?? 0;
  }

  #remember(id: string, redactor: Redactor, version: number | null): void {
    this.#entries.delete(id);
    this.#entries.set(id, { redactor, version, checkedAt: this.#now() });
    if (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }
}

/** Like `loadMany`, but the first failure rejects: a missing value must never pass for "no secrets". */
async function loadAll<V>(loader: DataLoader<string, V>, ids: string[]): Promise<V[]> {
  return Promise.all(ids.map((id) => loader.load(id)));
}
