import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';
import { inCI } from '../src/output/terminal.ts';

const SKIP_REASON = '(tmux not installed: apt-get install tmux)';
/** Under CI a missing tmux fails the tests that need it (.ci/run installs it); elsewhere they skip, saying why. */
const runTmuxTests = () => inCI(process.env) || TmuxSession.available();

/** A suite that needs a real terminal. */
export function describeWithTmux(title: string, body: () => void): void {
  if (runTmuxTests()) describe(title, body);
  else describe.skip(`${title} ${SKIP_REASON}`, body);
}

/** One test that needs a real terminal. */
export function itWithTmux(title: string, body: () => Promise<void>, timeoutMs?: number): void {
  if (runTmuxTests()) it(title, body, timeoutMs);
  else it.skip(`${title} ${SKIP_REASON}`, body);
}

/**
 * A real terminal for interactive tests: a detached tmux session on a socket of its own, keys sent
 * with send-keys, the screen read with capture-pane.
 */
export class TmuxSession {
  readonly #socket: string;

  private constructor(socket: string) {
    this.#socket = socket;
  }

  static available(): boolean {
    return spawnSync('tmux', ['-V']).status === 0;
  }

  /** Starts `command` (run by sh) in a `width`×`height` terminal with exactly `env`. */
  static start(
    command: string,
    options: { cwd: string; env: NodeJS.ProcessEnv; width?: number; height?: number },
  ) {
    const socket = `pave-test-${randomBytes(4).toString('hex')}`;
    execFileSync(
      'tmux',
      [
        '-L',
        socket,
        '-f',
        '/dev/null',
        'new-session',
        '-d',
        '-s',
        'test',
        '-x',
        String(options.width ?? 100),
        '-y',
        String(options.height ?? 30),
        '-c',
        options.cwd,
        // The pane keeps its last screen after the command ends, so the test can still read it.
        `${command}; echo "[exit $?]"; sleep 60`,
      ],
      { env: { ...options.env, TERM: 'xterm-256color' } },
    );
    return new TmuxSession(socket);
  }

  #tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.#socket, ...args], { encoding: 'utf8' });
  }

  /** Keys by tmux name (`Enter`, `Down`, `C-c`) or literal text with `{ literal: true }`. */
  send(keys: string, options: { literal?: boolean } = {}): void {
    this.#tmux('send-keys', '-t', 'test', ...(options.literal ? ['-l'] : []), keys);
  }

  /** The screen as text, without colours (with `escapes`: with them, as SGR sequences). */
  screen(options: { escapes?: boolean } = {}): string {
    return this.#tmux('capture-pane', '-p', '-J', ...(options.escapes ? ['-e'] : []), '-t', 'test');
  }

  /** Polls the screen until `expected` appears; fails with the last screen after `timeoutMs`. */
  async waitFor(expected: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${String(expected)} on the terminal. It shows:\n${screen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.#socket, 'kill-server']);
  }
}
