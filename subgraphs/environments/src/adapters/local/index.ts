/**
 * The `local` environments adapter: each environment is an address on this machine (a port that
 * stays the same across releases and restarts) where the local runtime serves its releases.
 */
import { acquireLocalRuntime } from '@pave/local-runtime';
import type { BackendStatus, EnvironmentsBackend } from '../../port.ts';
import type { EnvironmentsAdapterContext } from '../registry.ts';
import type { LocalOptions } from './config.ts';

export { localOptionsSchema as optionsSchema } from './config.ts';

export async function createBackend(
  options: LocalOptions,
  ctx: EnvironmentsAdapterContext,
): Promise<EnvironmentsBackend> {
  const { runtime, release } = await acquireLocalRuntime({
    dataDir: ctx.dataDir,
    store: ctx.store,
    bus: ctx.bus,
    log: ctx.log,
    host: options.host,
  });
  return {
    kind: 'local',
    provision: (environment) => runtime.openEnvironment(environment.id),
    async status(environments) {
      return Promise.all(
        environments.map(async (environment): Promise<BackendStatus> => {
          const status = await runtime.status(environment.id);
          if (!status)
            return {
              state: 'unknown',
              message: 'no address on this machine',
              restarts: 0,
              since: null,
              releaseNumber: null,
            };
          const { state, message, restarts, since, releaseNumber } = status;
          return { state, message, restarts, since, releaseNumber };
        }),
      );
    },
    async teardown(environment) {
      const { stoppedProcesses } = await runtime.closeEnvironment(environment.id);
      return [
        { step: 'processes', ok: true, detail: `stopped ${stoppedProcesses} process(es)` },
        { step: 'address', ok: true, detail: environment.url ? `closed ${environment.url}` : 'closed' },
      ];
    },
    close: release,
  };
}
