/**
 * The one error configuration problems stop start-up with. Its message is the single problem
 * line, or a header followed by every problem on its own line.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** Each problem, one line each: `pave.yaml: gateway.port: got "abc", expected …`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const list = problems.length > 0 ? [...problems] : ['invalid configuration'];
    super(
      list.length === 1
        ? (list[0] ?? '')
        : [`Pave configuration has ${list.length} problems:`, ...list.map((p) => `  ${p}`)].join('\n'),
    );
    this.problems = list;
  }
}
