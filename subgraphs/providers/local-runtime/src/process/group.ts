import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * A shell command running in its own process group, so that stopping it also stops whatever it
 * started (`npm start` → sh → node). Every live group is killed if Pave itself exits.
 */
export interface ProcessGroup {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Resolves when the command's own process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once every line the group wrote has been delivered (its output pipes are closed). */
  readonly drained: Promise<void>;
  /** SIGTERM to the group, SIGKILL to what is left after `graceMs`; resolves once the group is gone. */
  stop(graceMs: number): Promise<void>;
}

export type OutputStream = 'stdout' | 'stderr';

export interface SpawnGroupOptions {
  cwd: string;
  env: Record<string, string>;
  onLine(stream: OutputStream, line: string): void;
}

const live = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous, so it also runs when the process ends through process.exit().
  process.on('exit', () => {
    for (const pgid of live) signalGroup(pgid, 'SIGKILL');
  });
}

// A plain command is exec'd by the shell, so its process is the group leader and gets signals directly.
const SHELL_SYNTAX = /[;&|<>()$`\\"'*?[\]#~=%\n{}]/;

export function spawnGroup(command: string, options: SpawnGroupOptions): ProcessGroup {
  installExitHook();
  const script = SHELL_SYNTAX.test(command) ? command : `exec ${command}`;
  const child = spawn('/bin/sh', ['-c', script], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  const ended: Promise<void>[] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    const split = lineSplitter((line) => options.onLine(stream, line));
    const pipe = child[stream];
    if (!pipe) continue;
    pipe.setEncoding('utf8');
    pipe.on('data', split.push);
    ended.push(
      new Promise((resolve) => {
        pipe.once('close', () => {
          split.flush();
          resolve();
        });
      }),
    );
  }
  const drained = Promise.all(ended).then(() => {});
  const pid = child.pid;
  if (pid === undefined) {
    return { pid: -1, child, exited, drained, stop: async () => {} };
  }
  live.add(pid);

  let stopping: Promise<void> | undefined;
  const stop = (graceMs: number) => {
    stopping ??= (async () => {
      signalGroup(pid, 'SIGTERM');
      if (!(await waitForGroupToEnd(pid, graceMs))) {
        signalGroup(pid, 'SIGKILL');
        await waitForGroupToEnd(pid, 2_000);
      }
      await Promise.race([exited, delay(2_000)]);
      live.delete(pid);
    })();
    return stopping;
  };
  // The leader may exit on its own while children it started keep running: they go too.
  void exited.then(async () => {
    if (!stopping && groupAlive(pid)) await stop(5_000);
    else if (!stopping) live.delete(pid);
  });
  return { pid, child, exited, drained, stop };
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

async function waitForGroupToEnd(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pgid)) {
    if (Date.now() >= deadline) return false;
    await delay(50);
  }
  return true;
}

/**
 * Whether any process of the group still runs. Zombies do not count: in a container whose init
 * does not reap orphans they would otherwise keep a stopped group "alive" forever.
 */
export function groupAlive(pgid: number): boolean {
  if (process.platform !== 'linux') {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
  }
  return false;
}

const MAX_LINE = 16 * 1024;

/** Splits a stream into lines; a line longer than MAX_LINE is cut into pieces rather than buffered. */
export function lineSplitter(onLine: (line: string) => void) {
  let pending = '';
  return {
    push: (chunk: string) => {
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        onLine(pending.slice(0, newline).replace(/\r$/, ''));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
      while (pending.length > MAX_LINE) {
        onLine(pending.slice(0, MAX_LINE));
        pending = pending.slice(MAX_LINE);
      }
    },
    flush: () => {
      if (pending) onLine(pending);
      pending = '';
    },
  };
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * When a process started, as the kernel counts it (clock ticks since boot): with its pid, it names
 * one process for good, where a pid alone may be reused. Undefined when it is gone (or not Linux).
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Kills the group a process of an earlier Pave led, unless that pid now belongs to another process. */
export function killOrphanGroup(pid: number, started: string): boolean {
  if (processStartTime(pid) !== started) return false;
  signalGroup(pid, 'SIGKILL');
  return true;
}
