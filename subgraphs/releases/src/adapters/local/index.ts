/**
 * The `local` releases adapter: builds a commit (or a snapshot of the component's directory) on
 * this machine and runs it in the environment through the local runtime — health-checked, switched
 * over only when healthy, restarted when it crashes.
 */
import { acquireLocalRuntime } from '@pave/local-runtime';
import type { ApplyRequest, ReleasesBackend } from '../../port.ts';
import type { ReleasesAdapterContext } from '../registry.ts';
import type { LocalOptions } from './config.ts';

export { localOptionsSchema as optionsSchema } from './config.ts';

export async function createBackend(
  options: LocalOptions,
  ctx: ReleasesAdapterContext,
): Promise<ReleasesBackend> {
  const { runtime, release } = await acquireLocalRuntime({
    dataDir: ctx.dataDir,
    store: ctx.store,
    bus: ctx.bus,
    log: ctx.log,
  });
  runtime.configure({
    buildTimeoutMs: options.buildTimeoutSeconds * 1000,
    stopGraceMs: options.stopGraceSeconds * 1000,
    restartBackoff: {
      initialMs: options.restartDelaySeconds * 1000,
      maxMs: Math.max(options.restartDelaySeconds, options.maxRestartDelaySeconds) * 1000,
    },
  });

  const run = async (request: ApplyRequest) => {
    if (request.artifact.kind === 'image') {
      throw Object.assign(new Error('The local runtime runs commits and snapshots it built, not images.'), {
        code: 'INVALID_ARTIFACT',
      });
    }
    const built = await runtime.build({
      environmentId: request.environmentId,
      releaseNumber: request.release.number,
      component: request.component,
      artifact: { ...request.artifact, kind: request.artifact.kind },
      signal: request.signal,
    });
    await runtime.start({
      environmentId: request.environmentId,
      releaseNumber: request.release.number,
      built,
      variables: request.variables,
    });
  };

  return {
    kind: 'local',
    async prepare(request) {
      const artifact = request.artifact;
      if (artifact?.kind === 'image') {
        throw Object.assign(new Error('The local runtime cannot run an image; deploy a git ref instead.'), {
          code: 'INVALID_ARTIFACT',
        });
      }
      const built = await runtime.build({
        environmentId: request.environmentId,
        releaseNumber: request.release.number,
        component: request.component,
        ref: request.ref,
        artifact: artifact ? { ...artifact, kind: artifact.kind } : undefined,
        signal: request.signal,
      });
      return built.artifact;
    },
    apply: run,
    restore: run,
    close: release,
  };
}
