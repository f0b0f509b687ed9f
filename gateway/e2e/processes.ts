import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const repoRoot = new URL('../../', import.meta.url).pathname;

export interface PaveProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the output once it matches `pattern`; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code once the process has ended by itself. */
  exited: Promise<number | null>;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs one of Pave's entry points (`gateway/src/bin/NAME.ts`) as a real process. */
export function runPave(
  bin: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): PaveProcess {
  const child = spawn(process.execPath, [`${repoRoot}gateway/src/bin/${bin}.ts`, ...args], {
    cwd: options.cwd,
    env: { ...process.env, CI: '', PAVE_LOG_LEVEL: 'warn', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) {
            cleanUp();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          cleanUp();
          reject(new Error(`Timed out waiting for ${pattern}; output so far:\n${output}`));
        }, timeoutMs);
        const cleanUp = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then((code) => {
          if (!listeners.has(check)) return;
          cleanUp();
          reject(new Error(`Process exited with ${code} before ${pattern}; output:\n${output}`));
        });
        check();
      });
    },
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function query(url: string, token: string, document: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}
