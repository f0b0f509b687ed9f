import { type EnvironmentChanged, type EventBus, type Logger, type Store, TOPICS } from '@pave/subgraph-kit';
import type { EnvironmentsBackend } from '../port.ts';
import { deleteEnvironmentRow } from '../store/environments.ts';
import type { EnvironmentRow, TeardownRow, TeardownStepRecord } from '../store/rows.ts';
import { recordTeardown } from '../store/teardowns.ts';

/**
 * Tears down an environment claimed for it: the backend removes processes and resources, the
 * other capabilities hear that it is gone (secrets deletes its variables, releases its history),
 * and the record is kept. When a step fails the environment stays, marked as tearing down, and
 * the reaper tries again later.
 */
export class Teardowns {
  readonly #store: Store;
  readonly #bus: EventBus;
  readonly #backend: EnvironmentsBackend;
  readonly #log: Logger;

  constructor(deps: { store: Store; bus: EventBus; backend: EnvironmentsBackend; log: Logger }) {
    this.#store = deps.store;
    this.#bus = deps.bus;
    this.#backend = deps.backend;
    this.#log = deps.log;
  }

  async run(environment: EnvironmentRow, reason: 'deleted' | 'expired', actor: string): Promise<TeardownRow> {
    const startedAt = new Date();
    const steps: TeardownStepRecord[] = [];
    try {
      steps.push(...(await this.#backend.teardown(environment)));
    } catch (error) {
      steps.push({
        step: 'resources',
        ok: false,
        detail: `the ${this.#backend.kind} backend failed: ${(error as Error).message}`,
      });
    }
    if (steps.every((step) => step.ok)) {
      try {
        await this.#bus.publish<EnvironmentChanged>(TOPICS.environmentChanged, {
          environmentId: environment.id,
          componentRef: environment.component_ref,
          name: environment.name,
          change: 'deleted',
          actor,
        });
        steps.push({
          step: 'variables and releases',
          ok: true,
          detail:
            'announced the deletion (environment.changed): secrets deletes the variables, releases the history',
        });
      } catch (error) {
        steps.push({
          step: 'variables and releases',
          ok: false,
          detail: `could not announce the deletion: ${(error as Error).message}`,
        });
      }
    }
    const succeeded = steps.every((step) => step.ok);
    const record = await this.#store.transaction(async (tx) => {
      if (succeeded) await deleteEnvironmentRow(tx, environment.id);
      return recordTeardown(tx, environment, { reason, actor, steps, startedAt });
    });
    const fields = { environmentId: environment.id, reason, actor, steps: steps.length };
    if (succeeded) this.#log.info('environment torn down', fields);
    else
      this.#log.warn('environment teardown failed; it will be retried', {
        ...fields,
        failed: steps.filter((s) => !s.ok),
      });
    return record;
  }
}
