import { SecretValues } from '@pave/subgraph-kit';
import type { AppManifest } from '../build/manifest.ts';
import { baseEnvironment } from '../process/env.ts';
import { type OutputStream, type ProcessGroup, spawnGroup } from '../process/group.ts';
import { freePort } from '../process/ports.ts';
import { waitUntilHealthy } from './health.ts';

/** Everything needed to (re)start an environment's app: a release's build and its config. */
export interface AppSpec {
  releaseNumber: number;
  appDir: string;
  manifest: AppManifest;
  /** The environment's variables. Values of secret ones are masked in the lines the app prints. */
  variables: Array<{ key: string; value: string; secret?: boolean }>;
}

export type AppLineSink = (line: { stream: OutputStream; line: string; releaseNumber: number }) => void;

/** One running process of an app, on a port of its own. */
export class AppProcess {
  readonly spec: AppSpec;
  readonly port: number;
  readonly group: ProcessGroup;
  /** Set when Pave stops it on purpose, so its exit is not taken for a crash. */
  stopping = false;
  healthyAt: number | undefined;

  private constructor(spec: AppSpec, port: number, group: ProcessGroup) {
    this.spec = spec;
    this.port = port;
    this.group = group;
  }

  /** Starts the app with its variables, `PORT` and `PAVE_RELEASE`, and nothing else of Pave's environment. */
  static async launch(spec: AppSpec, host: string, onLine: AppLineSink): Promise<AppProcess> {
    const port = await freePort(host);
    const secrets = new SecretValues();
    const env = baseEnvironment();
    for (const variable of spec.variables) {
      env[variable.key] = variable.value;
      if (variable.secret) secrets.add(variable.value);
    }
    env.PORT = String(port);
    env.PAVE_RELEASE = `v${spec.releaseNumber}`;
    const group = spawnGroup(spec.manifest.run, {
      cwd: spec.appDir,
      env,
      onLine: (stream, line) =>
        onLine({ stream, line: secrets.mask(line), releaseNumber: spec.releaseNumber }),
    });
    return new AppProcess(spec, port, group);
  }

  async waitUntilHealthy(host: string): Promise<void> {
    await waitUntilHealthy({
      host,
      port: this.port,
      path: this.spec.manifest.healthcheck.path,
      timeoutMs: this.spec.manifest.healthcheck.timeoutMs,
      exited: this.group.exited,
    });
    this.healthyAt = Date.now();
  }

  stop(graceMs: number): Promise<void> {
    this.stopping = true;
    return this.group.stop(graceMs);
  }
}
