/**
 * The benchmark's child processes: each measured system runs alone in its own process so its memory
 * and CPU are its own. The parent passes its input as JSON in BENCH_INPUT and reads one `ready`
 * message; the child stops when the parent disconnects.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';

export function childInput<T>(): T {
  return JSON.parse(process.env.BENCH_INPUT ?? '{}') as T;
}

export function reportReady(info: Record<string, unknown>, close: () => Promise<void>): void {
  process.on('disconnect', () => {
    void close().finally(() => process.exit(0));
  });
  process.send?.({ kind: 'ready', ...info });
}

export interface Child<Info> {
  pid: number;
  info: Info;
  stop(): Promise<void>;
}

/** Resident and peak resident memory of a process, MiB (VmRSS and VmHWM). */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
}

/** Forks `file` with `input`, its output appended to `log`, and waits for its `ready` message. */
export async function startChild<Info>(
  file: URL,
  input: object,
  log: string,
  timeoutMs: number,
): Promise<Child<Info>> {
  const out = openSync(log, 'a');
  const child: ChildProcess = fork(file, [], {
    env: { ...process.env, BENCH_INPUT: JSON.stringify(input) },
    stdio: ['ignore', out, out, 'ipc'],
  });
  const info = await new Promise<Info>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${file.pathname} not ready within ${timeoutMs / 1000} s, see ${log}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file.pathname} exited (${code}), see ${log}`));
    });
    child.on('message', (message: { kind?: string } & Info) => {
      if (message.kind !== 'ready') return;
      clearTimeout(timer);
      resolve(message);
    });
  });
  return {
    pid: child.pid ?? 0,
    info,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.disconnect();
      }),
  };
}
