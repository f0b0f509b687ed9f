import {
  type EventBus,
  type Logger,
  type ReleaseStatusChanged,
  type RuntimeLogLine,
  TOPICS,
} from '@pave/subgraph-kit';
import type { ReleaseRow } from '../store/rows.ts';

/**
 * Tells the rest of the platform about releases: `release.status` for clients following one, and a
 * `platform` line in the environment's log stream ("release v3 started"). Events are hints; a
 * failure to publish one is logged and changes nothing.
 */
export class Announcer {
  readonly #bus: EventBus;
  readonly #log: Logger;

  constructor(bus: EventBus, log: Logger) {
    this.#bus = bus;
    this.#log = log;
  }

  async status(release: ReleaseRow): Promise<void> {
    await this.#publish<ReleaseStatusChanged>(TOPICS.releaseStatus, {
      releaseId: release.id,
      environmentId: release.environment_id,
      number: release.number,
      status: release.status,
      ...(release.failure_reason ? { reason: release.failure_reason } : {}),
    });
  }

  async line(release: ReleaseRow, line: string, level: RuntimeLogLine['level'] = 'info'): Promise<void> {
    await this.#publish<RuntimeLogLine>(TOPICS.runtimeLog, {
      environmentId: release.environment_id,
      source: 'platform',
      level,
      line,
      time: new Date().toISOString(),
      releaseNumber: release.number,
    });
  }

  async #publish<Data>(topic: string, data: Data): Promise<void> {
    try {
      await this.#bus.publish(topic, data);
    } catch (error) {
      this.#log.warn(`could not publish ${topic}`, { error });
    }
  }
}
