import path from 'node:path';
import { type EventBus, type Logger, migrate, type Store } from '@pave/subgraph-kit';
import { ArtifactBuilder, type BuildRequest, type BuiltArtifact } from './build/builder.ts';
import { RuntimeFailure } from './failure.ts';
import { RuntimeLogPublisher } from './logs.ts';
import { killOrphanGroup, processStartTime } from './process/group.ts';
import type { AppSpec } from './serve/app.ts';
import { EnvironmentProxy } from './serve/proxy.ts';
import { EnvironmentSlot, type SlotStatus } from './serve/slot.ts';
import {
  allSlots,
  deleteSlot,
  forgetProcess,
  localRuntimeMigrations,
  recordProcess,
  saveSlot,
  slotPort,
  takeRecordedProcesses,
} from './store/slots.ts';

export interface LocalRuntimeOptions {
  /** Pave's data directory: builds go to `<dataDir>/runtime/builds`. */
  dataDir: string;
  store: Store;
  bus: EventBus;
  log: Logger;
  /** Where environments' addresses and apps listen (default 127.0.0.1). */
  host?: string;
  settings?: RuntimeSettingsChange;
}

export type RuntimeSettingsChange = Partial<Omit<RuntimeSettings, 'restartBackoff'>> & {
  restartBackoff?: Partial<RuntimeSettings['restartBackoff']>;
};

/** How releases are run; the releases capability sets them from its configuration. */
export interface RuntimeSettings {
  buildTimeoutMs: number;
  /** How long a stopped app may take to exit after SIGTERM before it is killed. */
  stopGraceMs: number;
  /** Crash restarts wait `initialMs`, doubling up to `maxMs`; back to `initialMs` after `resetAfterMs` of health. */
  restartBackoff: { initialMs: number; maxMs: number; resetAfterMs: number };
}

const DEFAULT_SETTINGS: RuntimeSettings = {
  buildTimeoutMs: 10 * 60_000,
  stopGraceMs: 10_000,
  restartBackoff: { initialMs: 1_000, maxMs: 60_000, resetAfterMs: 60_000 },
};

export interface EnvironmentRuntimeStatus extends SlotStatus {
  url: string;
}

/**
 * Runs components on this machine. Each environment gets a stable address (a port kept in the
 * store, so its URL survives restarts of Pave) served by a proxy in front of the current release's
 * process; releases build into their own directories under `<dataDir>/runtime/`.
 */
export class LocalRuntime {
  readonly runtimeDir: string;
  readonly #options: LocalRuntimeOptions;
  readonly #host: string;
  readonly #builder: ArtifactBuilder;
  readonly #logs: RuntimeLogPublisher;
  readonly #slots = new Map<string, Promise<EnvironmentSlot>>();
  #settings: RuntimeSettings;
  #closed = false;

  private constructor(options: LocalRuntimeOptions) {
    this.#options = options;
    this.#host = options.host ?? '127.0.0.1';
    this.runtimeDir = path.join(options.dataDir, 'runtime');
    this.#settings = mergeSettings(DEFAULT_SETTINGS, options.settings);
    this.#builder = new ArtifactBuilder({
      runtimeDir: this.runtimeDir,
      buildTimeoutMs: () => this.#settings.buildTimeoutMs,
    });
    this.#logs = new RuntimeLogPublisher(options.bus, options.log);
  }

  static async open(options: LocalRuntimeOptions): Promise<LocalRuntime> {
    await migrate(options.store, 'local-runtime', localRuntimeMigrations);
    // Apps a Pave that died (killed, crashed) could not stop would otherwise run on beside the restored ones.
    for (const { pid, started } of await takeRecordedProcesses(options.store)) {
      if (killOrphanGroup(pid, started))
        options.log.warn('stopped an app an earlier Pave left running', { pid });
    }
    return new LocalRuntime(options);
  }

  /** Changes how releases are built and run from now on. */
  configure(settings: RuntimeSettingsChange): void {
    this.#settings = mergeSettings(this.#settings, settings);
  }

  /** Gives an environment its stable address and listens there; idempotent. */
  async openEnvironment(environmentId: string): Promise<{ url: string }> {
    const slot = await this.#slot(environmentId, true);
    return { url: slot.proxy.url };
  }

  /** Listens again at the address of every environment the store knows (after a restart of Pave). */
  async reopenAll(): Promise<void> {
    for (const { environment_id } of await allSlots(this.#options.store)) {
      await this.#slot(environment_id, false).catch((error) =>
        this.#options.log.warn('could not reopen an environment address', {
          environmentId: environment_id,
          error,
        }),
      );
    }
  }

  async status(environmentId: string): Promise<EnvironmentRuntimeStatus | undefined> {
    const slot = await this.#slots.get(environmentId)?.catch(() => undefined);
    return slot ? { ...slot.status(), url: slot.proxy.url } : undefined;
  }

  /** Builds a release's artifact (or finds it built), streaming build output as `release` lines. */
  build(request: BuildRequest & { environmentId: string; releaseNumber: number }): Promise<BuiltArtifact> {
    const { environmentId, releaseNumber } = request;
    return this.#builder.build({
      ...request,
      onLine: (stream, line) =>
        this.#logs.publish({
          environmentId,
          source: 'release',
          stream,
          level: stream === 'stderr' ? 'warn' : 'info',
          line,
          releaseNumber,
        }),
    });
  }

  /**
   * Starts a built release in the environment with its variables; resolves once it serves at the
   * environment's address. On failure the previous release keeps serving.
   */
  async start(input: {
    environmentId: string;
    releaseNumber: number;
    built: BuiltArtifact;
    variables: AppSpec['variables'];
  }): Promise<void> {
    const slot = await this.#slot(input.environmentId, false);
    const spec: AppSpec = {
      releaseNumber: input.releaseNumber,
      appDir: input.built.appDir,
      manifest: input.built.manifest,
      variables: input.variables,
    };
    await slot.deploy(spec);
  }

  /** A line from Pave itself in the environment's log stream. */
  announce(
    environmentId: string,
    line: string,
    level: 'info' | 'warn' | 'error' = 'info',
    releaseNumber?: number,
  ): void {
    this.#logs.publish({ environmentId, source: 'platform', level, line, releaseNumber });
  }

  /** Stops the environment's processes, closes its address and forgets it. */
  async closeEnvironment(environmentId: string): Promise<{ stoppedProcesses: number }> {
    const pending = this.#slots.get(environmentId);
    this.#slots.delete(environmentId);
    const slot = await pending?.catch(() => undefined);
    const stoppedProcesses = slot ? await slot.close('The environment was torn down.') : 0;
    await deleteSlot(this.#options.store, environmentId);
    this.announce(environmentId, `environment torn down (${stoppedProcesses} process(es) stopped)`);
    return { stoppedProcesses };
  }

  /** Resolves once every log line so far has been handed to the event bus. */
  flushLogs(): Promise<void> {
    return this.#logs.flushed();
  }

  /** Stops every process and closes every address; the store keeps them for the next start. */
  async close(): Promise<void> {
    this.#closed = true;
    const slots = await Promise.all([...this.#slots.values()].map((slot) => slot.catch(() => undefined)));
    this.#slots.clear();
    await Promise.all(slots.map((slot) => slot?.close('Pave is stopping.')));
    await this.#logs.flushed();
  }

  #slot(environmentId: string, create: boolean): Promise<EnvironmentSlot> {
    if (this.#closed) return Promise.reject(new Error('The local runtime is closed.'));
    let slot = this.#slots.get(environmentId);
    if (!slot) {
      slot = this.#openSlot(environmentId, create);
      this.#slots.set(environmentId, slot);
      slot.catch(() => this.#slots.delete(environmentId));
    }
    return slot;
  }

  async #openSlot(environmentId: string, create: boolean): Promise<EnvironmentSlot> {
    const { store, log } = this.#options;
    const saved = await slotPort(store, environmentId);
    if (saved === undefined && !create) {
      throw new RuntimeFailure(
        'NO_ENVIRONMENT',
        `${environmentId} has no address on this machine: create the environment first.`,
      );
    }
    let proxy: EnvironmentProxy;
    try {
      proxy = await EnvironmentProxy.open(this.#host, saved ?? 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      proxy = await EnvironmentProxy.open(this.#host, 0);
      log.warn('an environment address was taken by another program; it moved', {
        environmentId,
        from: saved,
        to: proxy.port,
      });
    }
    if (proxy.port !== saved) await saveSlot(store, environmentId, proxy.port);
    return new EnvironmentSlot(proxy, {
      host: this.#host,
      settings: () => this.#settings,
      onAppLine: ({ stream, line, releaseNumber }) =>
        this.#logs.publish({
          environmentId,
          source: 'process',
          stream,
          level: stream === 'stderr' ? 'error' : 'info',
          line,
          releaseNumber,
        }),
      onProcess: (pid, event) => {
        const done =
          event === 'started'
            ? recordProcess(store, pid, processStartTime(pid) ?? '', environmentId)
            : forgetProcess(store, pid);
        done.catch((error) => log.warn('could not keep track of an app process', { pid, error }));
      },
      onEvent: (line, level, releaseNumber) =>
        this.announce(environmentId, line, level, releaseNumber ?? undefined),
    });
  }
}

function mergeSettings(base: RuntimeSettings, changes: RuntimeSettingsChange = {}): RuntimeSettings {
  return {
    buildTimeoutMs: changes.buildTimeoutMs ?? base.buildTimeoutMs,
    stopGraceMs: changes.stopGraceMs ?? base.stopGraceMs,
    restartBackoff: { ...base.restartBackoff, ...changes.restartBackoff },
  };
}
