import { RuntimeFailure } from '../failure.ts';
import { type AppLineSink, AppProcess, type AppSpec } from './app.ts';
import type { EnvironmentProxy } from './proxy.ts';

export type SlotState = 'empty' | 'starting' | 'running' | 'crashed' | 'stopped';

export interface SlotStatus {
  state: SlotState;
  /** What a person should know, e.g. "crashed (exit code 1), restarting in 2 s". */
  message: string | null;
  /** Crash restarts since the last release started. */
  restarts: number;
  since: Date;
  /** The release whose process serves (or is being restarted). */
  releaseNumber: number | null;
  pid: number | null;
}

export interface SlotOptions {
  host: string;
  /** Read at each use, so that changed settings apply to environments already open. */
  settings(): {
    stopGraceMs: number;
    restartBackoff: { initialMs: number; maxMs: number; resetAfterMs: number };
  };
  onAppLine: AppLineSink;
  /** Told when an app process starts and when it has exited, to keep track of them across restarts of Pave. */
  onProcess(pid: number, event: 'started' | 'ended'): void;
  /** Pave's own events about this environment ("release v3 is serving", "app crashed…"). */
  onEvent(line: string, level: 'info' | 'warn' | 'error', releaseNumber: number | null): void;
}

/**
 * Supervises one environment: starts a release's process beside the current one, switches the
 * environment's proxy to it only once it is healthy, then stops the old one. A crashed process is
 * restarted with exponential back-off until a release replaces it. Deploys and restarts of one
 * environment run one at a time.
 */
export class EnvironmentSlot {
  readonly proxy: EnvironmentProxy;
  readonly #options: SlotOptions;
  #current: AppProcess | undefined;
  /** What a crash restart starts again: the spec of the last healthy release. */
  #desired: AppSpec | undefined;
  #status: SlotStatus;
  #queue: Promise<unknown> = Promise.resolve();
  #restartTimer: NodeJS.Timeout | undefined;
  #backoffMs: number;
  #closed = false;

  constructor(proxy: EnvironmentProxy, options: SlotOptions) {
    this.proxy = proxy;
    this.#options = options;
    this.#backoffMs = options.settings().restartBackoff.initialMs;
    this.#status = {
      state: 'empty',
      message: null,
      restarts: 0,
      since: new Date(),
      releaseNumber: null,
      pid: null,
    };
  }

  status(): SlotStatus {
    return { ...this.#status, pid: this.#current?.group.pid ?? null };
  }

  /** Resolves once `spec` serves through the proxy; rejects (the previous process still serving) if it cannot. */
  deploy(spec: AppSpec): Promise<void> {
    return this.#serially(async () => {
      this.#cancelRestart();
      const previous = { ...this.#status };
      const starting = `starting release v${spec.releaseNumber}`;
      if (previous.state === 'running') this.#status.message = starting;
      else this.#set('starting', starting, spec.releaseNumber);
      try {
        await this.#startAndSwitch(spec);
      } catch (error) {
        if (this.#status.message === starting) this.#status = previous;
        // A crash-looping release keeps being restarted when the release meant to replace it fails.
        const desired = this.#desired;
        if (desired && !this.#current && !this.#closed) this.#scheduleRestart(desired, this.#backoffMs);
        throw error;
      }
      this.#status.restarts = 0;
      this.#backoffMs = this.#options.settings().restartBackoff.initialMs;
    });
  }

  /** Stops every process (no more restarts) and says so to clients. Returns how many were stopped. */
  stop(reason = 'The environment is stopped.'): Promise<number> {
    return this.#serially(async () => {
      this.#cancelRestart();
      const current = this.#current;
      this.#current = undefined;
      this.#desired = undefined;
      this.proxy.target = undefined;
      this.proxy.unavailable = reason;
      this.#set('stopped', null, null);
      if (!current) return 0;
      await current.stop(this.#options.settings().stopGraceMs);
      return 1;
    });
  }

  async close(reason?: string): Promise<number> {
    // Closed first: a deploy queued behind the stop must not start anything.
    this.#closed = true;
    const stopped = await this.stop(reason);
    await this.proxy.close();
    return stopped;
  }

  async #startAndSwitch(spec: AppSpec): Promise<void> {
    if (this.#closed) throw new RuntimeFailure('NO_ENVIRONMENT', 'The environment was torn down.');
    const { host } = this.#options;
    const candidate = await AppProcess.launch(spec, host, this.#options.onAppLine);
    this.#options.onProcess(candidate.group.pid, 'started');
    void candidate.group.exited.then((exit) => {
      this.#options.onProcess(candidate.group.pid, 'ended');
      this.#onExit(candidate, exit);
    });
    try {
      await candidate.waitUntilHealthy(host);
    } catch (error) {
      await candidate.stop(this.#options.settings().stopGraceMs);
      throw error;
    }
    if (this.#closed) {
      await candidate.stop(this.#options.settings().stopGraceMs);
      throw new RuntimeFailure('NO_ENVIRONMENT', 'The environment was torn down while the release started.');
    }
    const previous = this.#current;
    this.#current = candidate;
    this.#desired = spec;
    this.proxy.target = candidate.port;
    this.#set('running', null, spec.releaseNumber);
    this.#options.onEvent(
      `release v${spec.releaseNumber} is serving at ${this.proxy.url}`,
      'info',
      spec.releaseNumber,
    );
    if (previous) {
      await previous.stop(this.#options.settings().stopGraceMs);
      if (previous.spec.releaseNumber !== spec.releaseNumber) {
        this.#options.onEvent(
          `stopped release v${previous.spec.releaseNumber}`,
          'info',
          previous.spec.releaseNumber,
        );
      }
    }
  }

  #onExit(app: AppProcess, exit: { code: number | null; signal: NodeJS.Signals | null }): void {
    if (app !== this.#current || app.stopping || this.#closed) return;
    this.#current = undefined;
    this.proxy.target = undefined;
    const ranFor = app.healthyAt ? Date.now() - app.healthyAt : 0;
    if (ranFor >= this.#options.settings().restartBackoff.resetAfterMs)
      this.#backoffMs = this.#options.settings().restartBackoff.initialMs;
    this.#crashed(app.spec, exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`);
  }

  #crashed(spec: AppSpec, how: string): void {
    const wait = this.#backoffMs;
    this.#backoffMs = Math.min(this.#backoffMs * 2, this.#options.settings().restartBackoff.maxMs);
    this.#status.restarts += 1;
    const message = `crashed (${how}), restarting in ${formatDelay(wait)}`;
    this.#set('crashed', message, spec.releaseNumber);
    this.proxy.unavailable = `The app ${message}.`;
    this.#options.onEvent(`app ${message}`, 'error', spec.releaseNumber);
    this.#scheduleRestart(spec, wait);
  }

  #scheduleRestart(spec: AppSpec, wait: number): void {
    this.#cancelRestart();
    this.#restartTimer = setTimeout(() => {
      this.#restartTimer = undefined;
      void this.#serially(() => this.#restart(spec)).catch(() => {});
    }, wait);
    this.#restartTimer.unref();
  }

  async #restart(spec: AppSpec): Promise<void> {
    // A deploy or a stop since the crash decides what runs now.
    if (this.#closed || this.#desired !== spec || this.#current) return;
    try {
      await this.#startAndSwitch(spec);
      this.#options.onEvent(`app restarted (release v${spec.releaseNumber})`, 'info', spec.releaseNumber);
    } catch (error) {
      if (this.#closed || this.#desired !== spec) return;
      this.#crashed(spec, (error as Error).message.replace(/^The app /, '').replace(/\.$/, ''));
    }
  }

  #cancelRestart(): void {
    if (this.#restartTimer) clearTimeout(this.#restartTimer);
    this.#restartTimer = undefined;
  }

  #set(state: SlotState, message: string | null, releaseNumber: number | null): void {
    this.#status = { ...this.#status, state, message, since: new Date(), releaseNumber };
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => {});
    return run;
  }
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
