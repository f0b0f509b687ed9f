import { type Logger, type Store, systemIdentity } from '@pave/subgraph-kit';
import { claimForTeardown, dueForTeardown, nextExpiry } from '../store/environments.ts';
import type { Teardowns } from './teardown.ts';

export interface Reaper {
  /** Look again now: a preview was created or its time-to-live changed. */
  wake(): void;
  stop(): Promise<void>;
}

/** A failed teardown (or one whose process died) is taken up again once it is this old. */
export const TEARDOWN_RETRY_MS = 2 * 60_000;

/**
 * Tears down previews whose time-to-live has passed, and retries teardowns that failed. It sleeps
 * until the next preview expires (at most `intervalMs`); several replicas may run one, since an
 * environment is claimed in the store before it is torn down.
 */
export function startReaper(deps: {
  store: Store;
  teardowns: Teardowns;
  log: Logger;
  intervalMs: number;
}): Reaper {
  const actor = systemIdentity('environments').subject;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const sweep = async () => {
    for (const due of await dueForTeardown(deps.store, TEARDOWN_RETRY_MS)) {
      if (stopped) return;
      const claimed = await claimForTeardown(deps.store, due.id, TEARDOWN_RETRY_MS);
      if (!claimed) continue;
      const expired = due.expires_at !== null && due.expires_at.getTime() <= Date.now();
      await deps.teardowns.run(claimed, expired ? 'expired' : 'deleted', actor);
    }
  };

  const schedule = async () => {
    if (stopped) return;
    const next = await nextExpiry(deps.store).catch(() => undefined);
    const untilNext = next ? next.getTime() - Date.now() : deps.intervalMs;
    const wait = Math.max(20, Math.min(deps.intervalMs, untilNext));
    clearTimeout(timer);
    timer = setTimeout(run, wait);
    timer.unref();
  };

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = sweep()
      .catch((error) => deps.log.error('preview reaper failed', { error }))
      .then(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        } else return schedule();
      });
  }

  run();
  return {
    wake: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
