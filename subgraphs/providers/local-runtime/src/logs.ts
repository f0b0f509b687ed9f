import { type EventBus, type Logger, type RuntimeLogLine, TOPICS } from '@pave/subgraph-kit';

export type RuntimeLogInput = Omit<RuntimeLogLine, 'time'>;

/**
 * Publishes `runtime.log` events in the order lines were printed. Publishing never blocks the app
 * and never throws into the runtime; if the bus falls behind by more than `maxQueue` lines, the
 * oldest are dropped and the drop itself is reported as a platform line.
 */
export class RuntimeLogPublisher {
  readonly #bus: EventBus;
  readonly #log: Logger;
  readonly #maxQueue: number;
  readonly #queue: RuntimeLogLine[] = [];
  #draining: Promise<void> | undefined;
  #dropped = new Map<string, number>();

  constructor(bus: EventBus, log: Logger, maxQueue = 10_000) {
    this.#bus = bus;
    this.#log = log;
    this.#maxQueue = maxQueue;
  }

  publish(line: RuntimeLogInput): void {
    if (this.#queue.length >= this.#maxQueue) {
      const dropped = this.#queue.shift();
      if (dropped)
        this.#dropped.set(dropped.environmentId, (this.#dropped.get(dropped.environmentId) ?? 0) + 1);
    }
    this.#queue.push({ ...line, time: new Date().toISOString() });
    this.#kick();
  }

  #kick(): void {
    if (this.#draining) return;
    this.#draining = this.#drain().finally(() => {
      this.#draining = undefined;
      // A line pushed while the last drain was finishing still goes out.
      if (this.#queue.length > 0) this.#kick();
    });
  }

  /** Resolves once every line published so far has been handed to the bus. */
  async flushed(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  async #drain(): Promise<void> {
    for (let line = this.#queue.shift(); line; line = this.#queue.shift()) {
      try {
        await this.#bus.publish<RuntimeLogLine>(TOPICS.runtimeLog, line);
      } catch (error) {
        this.#log.warn('could not publish a runtime log line', { environmentId: line.environmentId, error });
      }
      for (const [environmentId, count] of this.#dropped) {
        this.#dropped.delete(environmentId);
        this.#queue.unshift({
          environmentId,
          source: 'platform',
          level: 'warn',
          line: `${count} log lines were dropped because the event bus fell behind`,
          time: new Date().toISOString(),
        });
      }
    }
  }
}
