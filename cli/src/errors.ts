/** Exit codes, documented in `pave --help` and cli/README.md. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/** A failure the user can act on: its message is printed as is, without a stack trace. */
export class CliError extends Error {
  readonly exitCode: number;
  /** A second line: what to do about it. */
  readonly hint?: string;

  constructor(message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.name = 'CliError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT.failure;
  }
}

/** The command line itself is wrong or incomplete: an unknown flag, a missing argument. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, { hint, exitCode: EXIT.usage });
    this.name = 'UsageError';
  }
}
