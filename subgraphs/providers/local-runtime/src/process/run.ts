import { type OutputStream, spawnGroup } from './group.ts';

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
}

/**
 * Runs a shell command to completion in its own process group, streaming its lines. The whole
 * group is stopped when it outlives `timeoutMs` or `signal` aborts.
 */
export async function runCommand(
  command: string,
  options: {
    cwd: string;
    env: Record<string, string>;
    timeoutMs: number;
    signal?: AbortSignal;
    onLine?: (stream: OutputStream, line: string) => void;
  },
): Promise<CommandResult> {
  const group = spawnGroup(command, {
    cwd: options.cwd,
    env: options.env,
    onLine: options.onLine ?? (() => {}),
  });
  let timedOut = false;
  let aborted = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void group.stop(2_000);
  }, options.timeoutMs);
  const onAbort = () => {
    aborted = true;
    void group.stop(2_000);
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  try {
    const { code, signal } = await group.exited;
    // Background children the command left behind do not outlive it (nor keep its output open).
    await group.stop(2_000);
    await Promise.race([group.drained, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    return { code, signal, timedOut, aborted };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** How a finished command is described in a failure reason. */
export function describeExit(result: CommandResult, timeoutMs: number): string {
  if (result.aborted) return 'was cancelled';
  if (result.timedOut) return `did not finish within ${Math.round(timeoutMs / 1000)} s`;
  if (result.signal) return `was killed by ${result.signal}`;
  return `exited with code ${result.code}`;
}
