import { type ChildProcess, fork } from 'node:child_process';
import { openSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * The protocol between the benchmark and its child processes: the parent passes the input as JSON
 * in BENCH_INPUT; the child answers `ready` once it listens, its memory on request, and stops
 * when the parent disconnects.
 */
export interface GatewayInput {
  dir: string;
  identityKey: string;
  rootToken: string;
  supergraph: string;
}

export function benchInput<T>(): T {
  return JSON.parse(process.env.BENCH_INPUT ?? '{}') as T;
}

export function reportReady(info: Record<string, unknown>, close: () => Promise<void>): void {
  const profiler = new Session();
  process.on('message', async (message: { kind?: string; file?: string }) => {
    if (message.kind === 'memory') process.send?.({ kind: 'memory', ...process.memoryUsage() });
    if (message.kind === 'profile-start') {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      process.send?.({ kind: 'profiling' });
    }
    if (message.kind === 'profile-stop' && message.file) {
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      await writeFile(message.file, JSON.stringify(profile));
      process.send?.({ kind: 'profiled' });
    }
  });
  process.on('disconnect', () => {
    void close().finally(() => process.exit(0));
  });
  process.send?.({ kind: 'ready', ...info });
}

export interface Child {
  name: string;
  pid: number;
  info: { url: string; [key: string]: unknown };
  memory(): Promise<NodeJS.MemoryUsage>;
  /** Starts a CPU profile; the function returned stops it and writes it to `file`. */
  profile(): Promise<(file: string) => Promise<void>>;
  stop(): Promise<void>;
}

/**
 * Forks one process of the benchmark, its output going to `<dir>/<name>.log`, and waits until it
 * listens.
 */
export async function startChild(options: {
  name: string;
  file: string;
  dir: string;
  input: object;
}): Promise<Child> {
  const { name, dir } = options;
  const log = openSync(join(dir, `${name}.log`), 'a');
  const child: ChildProcess = fork(new URL(options.file, import.meta.url), [], {
    env: { ...process.env, BENCH_INPUT: JSON.stringify(options.input) },
    stdio: ['ignore', log, log, 'ipc'],
  });
  const info = await new Promise<Child['info']>((resolve, reject) => {
    const exited = (code: number | null) =>
      reject(new Error(`${name} exited (${code}), see ${dir}/${name}.log`));
    child.once('exit', exited);
    child.once('message', (message: Child['info']) => {
      child.off('exit', exited);
      resolve(message);
    });
  });
  const ask = <T>(message: object) =>
    new Promise<T>((resolve) => {
      child.once('message', resolve);
      child.send(message);
    });
  return {
    name,
    pid: child.pid as number,
    info,
    memory: () => ask({ kind: 'memory' }),
    profile: async () => {
      await ask({ kind: 'profile-start' });
      return async (file) => void (await ask({ kind: 'profile-stop', file }));
    },
    stop: async () => {
      if (!child.connected) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}
