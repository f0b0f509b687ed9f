import { LogsTargetDocument, TailLogsDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { findEnvironment } from '../context/targetEnvironment.ts';
import { UsageError } from '../errors.ts';
import { type LogLine, logLineJson, plainLogLine } from '../logs/format.ts';
import { REGEX_SCAN_LIMIT, searchLogs } from '../logs/search.ts';
import { parseSince } from '../logs/since.ts';
import { followTail, type TailTransport } from '../logs/tail.ts';
import type { Session } from '../session.ts';

const logs: Command = {
  description:
    'The environment’s log lines, oldest first: what its processes printed, the build and ' +
    'deploy output of its releases, and the platform’s own events. Secret values show as ' +
    '[REDACTED]. With -f, follows new lines as they arrive until Ctrl-C (exit code 0), resuming ' +
    'after the last line shown when the connection drops.',
  options: {
    num: {
      type: 'string',
      short: 'n',
      placeholder: 'N',
      description: 'How many recent lines (1–1000, default 100)',
    },
    since: {
      type: 'string',
      placeholder: 'WHEN',
      description: 'Lines since a duration ago (30s, 15m, 1h, 2d) or a time (2026-11-22T14:00Z)',
    },
    grep: {
      type: 'string',
      placeholder: 'RE',
      description: 'Lines matching this regular expression (case-sensitive)',
    },
    follow: { type: 'boolean', short: 'f', description: 'Keep following new lines until Ctrl-C' },
  },
  examples: [
    'pave logs -e dev',
    'pave logs -e dev -n 500 --since 1h --grep "ERROR|WARN"',
    'pave logs -e dev -f',
  ],
  async run(session, { options }) {
    const count = parseCount(options.num as string | undefined);
    const grep = options.grep as string | undefined;
    const pattern = grep === undefined ? undefined : parsePattern(grep);
    // Plain text is searched by the API itself; only a real regular expression is matched here.
    const literal = grep !== undefined && !/[\\^$.|?*+()[\]{}]/.test(grep) ? grep : undefined;
    const since = options.since === undefined ? undefined : parseSince(options.since as string);
    if (options.follow && since)
      throw new UsageError(
        '--since goes with a search, not with -f.',
        'Use -n N to start -f with the N newest lines.',
      );
    const environment = await findEnvironment(session, LogsTargetDocument);
    if (options.follow) {
      return follow(session, environment, { count, literal, pattern: literal ? undefined : pattern });
    }
    const { lines, scanned, truncated } = await session.term.spin(
      `Searching the logs of ${environment.name}`,
      () =>
        searchLogs(session, {
          environmentId: environment.id,
          count,
          filter: { since: since?.toISOString(), grep: literal },
          pattern: literal ? undefined : pattern,
        }),
    );
    if (truncated) {
      session.term.note(
        `Read the newest ${scanned} lines (at most ${REGEX_SCAN_LIMIT}); older ones were not searched.`,
      );
    }
    if (session.term.json) {
      return session.term.printJson({
        environment: { id: environment.id, name: environment.name },
        lines: lines.map(logLineJson),
      });
    }
    if (lines.length === 0) return session.term.note(`No lines in ${environment.name} match.`);
    await printLines(session, lines);
  },
};

async function printLines(session: Session, lines: readonly LogLine[]): Promise<void> {
  const { term } = session;
  if (term.json) {
    for (const line of lines) term.out(JSON.stringify(logLineJson(line)));
  } else if (term.interactive) {
    term.out((await term.ui()).renderLogLines(lines));
  } else {
    for (const line of lines) term.out(plainLogLine(line));
  }
}

async function follow(
  session: Session,
  environment: { id: string; name: string },
  options: { count: number; literal?: string; pattern?: RegExp },
): Promise<void> {
  const { term } = session;
  const subscriber = await session.subscriber();
  const transport: TailTransport = {
    subscribe: (position, sink) =>
      subscriber.subscribe(
        TailLogsDocument,
        {
          environmentId: environment.id,
          filter: options.literal ? { grep: options.literal } : null,
          last: position.last ?? null,
          after: position.after ?? null,
        },
        { ...sink, next: (data) => sink.next(data.logs) },
      ),
  };
  // Ctrl-C (or a kill) is how a tail ends: stop cleanly, exit code 0.
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (!term.json && term.interactive) term.note(`Following ${environment.name}; Ctrl-C stops.`);
  try {
    await followTail({
      transport,
      last: options.count,
      signal: stop.signal,
      handlers: {
        lines: (lines) => {
          const shown = options.pattern ? lines.filter((line) => options.pattern?.test(line.line)) : lines;
          if (shown.length > 0) void printLines(session, shown);
        },
        dropped: (count) =>
          term.note(
            `… ${count} line${count === 1 ? '' : 's'} dropped: they came faster than pave could show them.`,
          ),
        reconnecting: (error, delayMs) =>
          term.note(`Connection lost (${error.message}); resuming in ${(delayMs / 1000).toFixed(1)} s…`),
        reconnected: (afterCursor) =>
          term.note(afterCursor ? 'Resumed after the last line shown.' : 'Reconnected.'),
      },
    });
  } catch (error) {
    throw await session.explain(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    subscriber.dispose();
  }
}

function parseCount(text: string | undefined): number {
  if (text === undefined) return 100;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new UsageError(`-n: "${text}" is not a number from 1 to 1000.`);
  }
  return n;
}

function parsePattern(text: string): RegExp {
  try {
    return new RegExp(text);
  } catch (error) {
    throw new UsageError(
      `--grep: ${(error as Error).message}.`,
      'A JavaScript regular expression, e.g. "ERROR|WARN".',
    );
  }
}

export default logs;
