import { describe, expect, it } from 'vitest';
import { groupAlive, spawnGroup } from './group.ts';
import { runCommand } from './run.ts';

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

describe('process groups', () => {
  it('stop what the command started, not only the command', async () => {
    const lines: string[] = [];
    const group = spawnGroup('sleep 30 & sleep 30 & echo started; wait', {
      cwd: '/',
      env,
      onLine: (_stream, line) => lines.push(line),
    });
    await expect.poll(() => lines).toEqual(['started']);
    expect(groupAlive(group.pid)).toBe(true);
    await group.stop(2_000);
    expect(groupAlive(group.pid)).toBe(false);
  });

  it('kill a command that ignores SIGTERM once the grace period is over', async () => {
    const lines: string[] = [];
    const group = spawnGroup("trap '' TERM; echo ready; while true; do sleep 1; done", {
      cwd: '/',
      env,
      onLine: (_stream, line) => lines.push(line),
    });
    await expect.poll(() => lines).toEqual(['ready']);
    const started = Date.now();
    await group.stop(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(groupAlive(group.pid)).toBe(false);
  });

  it('run a command to its end with its output split into lines, or stop it at the timeout', async () => {
    const lines: Array<[string, string]> = [];
    const result = await runCommand("printf 'a\\nb'; echo oops >&2; exit 3", {
      cwd: '/',
      env,
      timeoutMs: 5_000,
      onLine: (stream, line) => lines.push([stream, line]),
    });
    expect(result).toMatchObject({ code: 3, timedOut: false });
    expect(lines.filter(([stream]) => stream === 'stdout').map(([, line]) => line)).toEqual(['a', 'b']);
    expect(lines).toContainEqual(['stderr', 'oops']);

    const slow = await runCommand('sleep 30', { cwd: '/', env, timeoutMs: 200 });
    expect(slow.timedOut).toBe(true);
  });
});
