import type { Logger, Store } from '@pave/subgraph-kit';
import { deleteOlderThan, trimEnvironmentsTo } from '../../store/queries.ts';
import type { LocalOptions } from './config.ts';

/** Runs one retention pass: lines past the age limit, then each environment's oldest lines past its size limit. */
export async function applyRetention(
  store: Store,
  retention: LocalOptions['retention'],
  now = new Date(),
): Promise<{ expired: number; trimmed: number }> {
  const cutoff = new Date(now.getTime() - retention.maxAgeHours * 3_600_000);
  const expired = await deleteOlderThan(store, cutoff);
  const trimmed = await trimEnvironmentsTo(store, retention.maxBytesPerEnvironment);
  return { expired, trimmed };
}

/** Applies retention now and then every `intervalSeconds`; returns how to stop. Replicas may all run it. */
export function startRetention(
  store: Store,
  retention: LocalOptions['retention'],
  log: Logger,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = applyRetention(store, retention)
      .then(({ expired, trimmed }) => {
        if (expired + trimmed > 0) log.info('log retention deleted lines', { expired, trimmed });
      })
      .catch((error) => log.warn('log retention failed; trying again later', { error }))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, retention.intervalSeconds * 1000);
  timer.unref();
  run();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
