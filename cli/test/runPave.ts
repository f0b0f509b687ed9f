import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PAVE_BIN = fileURLToPath(new URL('../src/bin/pave.ts', import.meta.url));
export const TRACE_IMPORTS = fileURLToPath(new URL('./traceImports.ts', import.meta.url));

export interface PaveRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `pave` binary in a child process, as a user's shell would (no terminal: stdin,
 * stdout and stderr are pipes), and collects what it printed. Killed after `timeoutMs`.
 */
export function runPave(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin?: string; timeoutMs?: number; nodeArgs?: string[] },
): Promise<PaveRun> {
  return spawnPave(args, options).done;
}

export interface RunningPave {
  /** Resolves once stderr (so far) matches, with all of it; rejects when pave ends first. */
  waitForStderr(expected: RegExp, timeoutMs?: number): Promise<string>;
  /** As waitForStderr, for stdout. */
  waitForStdout(expected: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends a signal, as Ctrl-C (SIGINT) in a shell would. */
  kill(signal: NodeJS.Signals): void;
  done: Promise<PaveRun>;
}

/** Starts the real `pave` binary in a child process with pipes for stdin, stdout and stderr. */
export function spawnPave(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin?: string; timeoutMs?: number; nodeArgs?: string[] },
): RunningPave {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), PAVE_BIN, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
  const done = new Promise<PaveRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  child.stdin.end(options.stdin ?? '');
  const waitFor =
    (name: 'stdout' | 'stderr') =>
    (expected: RegExp, timeoutMs = 15_000) =>
      new Promise<string>((resolve, reject) => {
        const text = () => (name === 'stdout' ? stdout : stderr);
        const stream = child[name];
        const check = () => {
          if (!expected.test(text())) return false;
          stream.off('data', check);
          clearTimeout(giveUp);
          resolve(text());
          return true;
        };
        const giveUp = setTimeout(
          () => reject(new Error(`pave never printed ${expected} on ${name}; it printed:\n${text()}`)),
          timeoutMs,
        );
        if (check()) return;
        stream.on('data', check);
        void done.then(
          () => check() || reject(new Error(`pave ended before printing ${expected} on ${name}:\n${text()}`)),
        );
      });
  return {
    done,
    waitForStderr: waitFor('stderr'),
    waitForStdout: waitFor('stdout'),
    kill: (signal) => child.kill(signal),
  };
}

/** The environment a test gives pave: nothing from the developer's own (no token, no config, no CI quirks). */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: extra.HOME ?? '/nonexistent', LANG: 'C.UTF-8', ...extra };
}
