import type { Session } from './session.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in help, e.g. `--kind KIND`. */
  placeholder?: string;
  description: string;
}

export interface ArgumentSpec {
  name: string;
  required?: boolean;
  /** Takes every remaining argument. */
  variadic?: boolean;
  /**
   * A required argument the command asks for on a terminal when it is missing (a usage error
   * elsewhere), so the command line does not refuse it first.
   */
  asked?: boolean;
  /** For shell completion: fixed values the argument takes. */
  choices?: readonly string[];
}

export interface CommandInput {
  args: string[];
  options: Record<string, string | boolean | undefined>;
}

/**
 * One `pave` command. It holds the logic and produces data; how that data looks (plain text,
 * JSON or Ink) is the session's business.
 */
export interface Command {
  description: string;
  args?: readonly ArgumentSpec[];
  options?: Readonly<Record<string, OptionSpec>>;
  /** Example invocations for help. */
  examples?: readonly string[];
  /** Resolves to the exit code when it is not 0 for success (`pave run` passes its command's on). */
  // biome-ignore lint/suspicious/noConfusingVoidType: most commands return nothing at all
  run(session: Session, input: CommandInput): Promise<void | number>;
}
