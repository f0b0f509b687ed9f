import type { Readable, Writable } from 'node:stream';
import { CliError, UsageError } from '../errors.ts';
import { renderPlain } from './plain.ts';
import type { View } from './views.ts';

export interface Streams {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
}

export interface Choice<T> {
  label: string;
  value: T;
}

type Ui = typeof import('../ui/index.ts');

/** `CI` set to anything but '', 0 or false: a CI system, where nobody answers a prompt. */
export const inCI = (env: NodeJS.ProcessEnv) =>
  !!env.CI && env.CI !== '0' && env.CI.toLowerCase() !== 'false';

/**
 * Where a command's output goes and how it looks. On an interactive terminal Ink draws it (loaded
 * on first use); otherwise, and with --json, it is plain text without escape codes and nothing
 * ever waits for an answer.
 */
export class Terminal {
  readonly streams: Streams;
  readonly json: boolean;
  /** Both ends are a terminal, no CI, no --json: spinners, colours and prompts. */
  readonly interactive: boolean;
  readonly #noColor: boolean;
  #ui: Promise<Ui> | undefined;

  constructor(streams: Streams, options: { json: boolean; env: NodeJS.ProcessEnv }) {
    this.streams = streams;
    this.json = options.json;
    this.interactive =
      !options.json &&
      !!streams.stdout.isTTY &&
      !!streams.stdin.isTTY &&
      !inCI(options.env) &&
      options.env.TERM !== 'dumb';
    this.#noColor = !!options.env.NO_COLOR;
  }

  /** Spinners and live progress go to stderr: only when that is a terminal too. */
  get liveProgress(): boolean {
    return this.interactive && !!this.streams.stderr.isTTY;
  }

  /** A line of the command's result on stdout. */
  out(text: string): void {
    this.streams.stdout.write(`${text}\n`);
  }

  /** A message for the person (progress, warnings, advice) on stderr, so stdout stays parseable. */
  note(text: string): void {
    this.streams.stderr.write(`${text}\n`);
  }

  /** The command's result as JSON: stable key order, two-space indent, one document. */
  printJson(value: unknown): void {
    this.out(JSON.stringify(value, null, 2));
  }

  async show(view: View): Promise<void> {
    if (!this.interactive) return this.out(renderPlain(view));
    const ui = await this.ui();
    this.out(ui.renderViewToString(view, this.streams.stdout.columns ?? 80));
  }

  /** Runs slow work under a spinner on an interactive terminal, silently otherwise. */
  async spin<T>(label: string, work: () => Promise<T>): Promise<T> {
    if (!this.liveProgress) return work();
    return (await this.ui()).withSpinner(label, work, this.streams);
  }

  /**
   * Asks the person to pick one on an interactive terminal; elsewhere a missing choice is a usage
   * error that lists the choices and names the flag that makes it.
   */
  async choose<T>(question: string, choices: readonly Choice<T>[], flagHint: string): Promise<T> {
    if (!this.interactive) {
      throw new UsageError(`${question}: ${choices.map((c) => c.label).join(', ')}.`, flagHint);
    }
    return (await this.ui()).selectPrompt(question, choices, this.streams);
  }

  /**
   * Asks for a missing value on an interactive terminal; elsewhere it is a usage error naming the
   * argument or flag that gives it.
   */
  async ask(question: string, flagHint: string, options: { mask?: boolean } = {}): Promise<string> {
    if (!this.interactive) throw new UsageError(`${question}: missing.`, flagHint);
    const answer = (
      await (await this.ui()).textPrompt({ question, mask: options.mask }, this.streams)
    ).trim();
    if (!answer) throw new UsageError(`${question}: no answer given.`, flagHint);
    return answer;
  }

  /**
   * A confirmation before something destructive. `yes` (the command's --yes/-y flag) skips it.
   * With `typed`, the person must type that word (an environment's name) as Heroku's --confirm
   * asks; otherwise y/N, No by default. Without a terminal nobody can answer, so it is a usage
   * error that says how to confirm on the command line. Declining throws: nothing was changed.
   */
  async confirm(question: string, options: { yes: boolean; typed?: string }): Promise<void> {
    if (options.yes) return;
    if (!this.interactive) {
      throw new UsageError(`${question} Refusing without a confirmation.`, 'Pass --yes (-y) to confirm.');
    }
    const ui = await this.ui();
    if (options.typed !== undefined) {
      const answer = await ui.textPrompt(
        { question, hint: `(type ${options.typed} to confirm)` },
        this.streams,
      );
      if (answer.trim() !== options.typed) {
        throw new CliError(
          `Not confirmed: "${answer.trim()}" is not "${options.typed}". Nothing was changed.`,
        );
      }
      return;
    }
    const answer = await ui.textPrompt({ question, hint: '(y/N)', singleKey: true }, this.streams);
    if (answer.toLowerCase() !== 'y') throw new CliError('Cancelled. Nothing was changed.');
  }

  ui(): Promise<Ui> {
    // Ink's colours (chalk) read FORCE_COLOR once, when loaded, and know nothing of NO_COLOR.
    if (this.#noColor && process.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = '0';
    this.#ui ??= import('../ui/index.ts');
    return this.#ui;
  }
}
