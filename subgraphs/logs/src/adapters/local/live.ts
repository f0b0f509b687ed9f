import type { EventBus } from '@pave/subgraph-kit';
import type { StoredLine } from '../../store/queries.ts';
import { LINES_STORED, type LinesStored } from './ingest.ts';

type Listener = (lines: StoredLine[]) => void;

/**
 * One subscription to stored lines per process, fanned out to the live tails of each environment:
 * a hundred tails cost one event decode, not a hundred.
 */
export class LiveLines {
  readonly #listeners = new Map<string, Set<Listener>>();

  async start(bus: EventBus): Promise<() => Promise<void>> {
    return bus.subscribe<LinesStored>(LINES_STORED, (event) => this.dispatch(event.data.lines ?? []));
  }

  dispatch(lines: StoredLine[]): void {
    const byEnvironment = new Map<string, StoredLine[]>();
    for (const line of lines) {
      if (!this.#listeners.has(line.environmentId)) continue;
      const list = byEnvironment.get(line.environmentId) ?? [];
      list.push(line);
      byEnvironment.set(line.environmentId, list);
    }
    for (const [environmentId, batch] of byEnvironment) {
      for (const listener of this.#listeners.get(environmentId) ?? []) listener(batch);
    }
  }

  /** Calls `listener` with each batch of the environment's lines stored from now on. */
  listen(environmentId: string, listener: Listener): () => void {
    const set = this.#listeners.get(environmentId) ?? new Set();
    set.add(listener);
    this.#listeners.set(environmentId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(environmentId) === set) this.#listeners.delete(environmentId);
    };
  }
}
