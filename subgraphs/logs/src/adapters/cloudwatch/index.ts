import { createHash } from 'node:crypto';
import type { LiveTailSessionLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import { guessLevel, matchesFilter, truncateLine } from '../../model/lines.ts';
import {
  BackendError,
  type LogFilter,
  type LogLine,
  type LogPage,
  type LogPageRequest,
  type LogScope,
  type LogsBackend,
  type TailRequest,
  type TailSink,
} from '../../port.ts';
import { fillTemplate, scopeNames } from '../scoping/templates.ts';
import {
  compareTimePositions,
  decodeTimeCursor,
  encodeTimeCursor,
  type TimePosition,
} from '../scoping/timeCursor.ts';
import { CloudwatchClient, type CloudwatchEvent } from './client.ts';
import { type CloudwatchOptions, cloudwatchOptionsSchema } from './config.ts';

export const optionsSchema = cloudwatchOptionsSchema;

interface Group {
  name: string;
  environmentId: string;
}

interface Entry {
  position: TimePosition;
  line: LogLine;
}

const FIRST_WINDOW_MS = 15 * 60_000;

/** A filter pattern matching lines that contain `grep`, when CloudWatch's syntax can say so. */
function filterPatternFor(filter: Pick<LogFilter, 'grep'>): string | undefined {
  return filter.grep !== undefined && !/["\\]/.test(filter.grep) ? `"${filter.grep}"` : undefined;
}

/**
 * Lines from CloudWatch Logs, one log group per environment: pages through FilterLogEvents
 * (newest first by reading ever wider windows back from the end, as the API reads forwards
 * only) and live tails through StartLiveTail. Levels are read from the lines.
 */
export function createBackend(options: CloudwatchOptions): LogsBackend {
  const client = new CloudwatchClient(options);

  async function groupsFor(scope: LogScope): Promise<Group[]> {
    const names = scopeNames(scope);
    if (names.environment !== undefined) {
      return [{ name: fillTemplate(options.logGroup, names), environmentId: scope.environmentId as string }];
    }
    const prefix = fillTemplate(options.logGroup.replace('{environment}', ''), names);
    return (await client.groupsStartingWith(prefix))
      .map((group) => ({ name: group.name, environment: group.name.slice(prefix.length) }))
      .filter((group) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(group.environment))
      .map((group) => ({ name: group.name, environmentId: `${names.componentRef}/${group.environment}` }));
  }

  function entryOf(event: CloudwatchEvent, environmentId: string): Entry {
    const key = createHash('sha256')
      .update(`${event.logStreamName}\n${event.message}`)
      .digest('hex')
      .slice(0, 16);
    const position = { ns: BigInt(event.timestamp) * 1_000_000n, key };
    const text = event.message.replace(/\r?\n$/, '');
    return {
      position,
      line: {
        cursor: encodeTimeCursor('cloudwatch', position),
        environmentId,
        time: new Date(event.timestamp),
        source: 'process',
        level: guessLevel(text),
        line: truncateLine(text),
      },
    };
  }

  /** Matching entries of every group in [startMs, endMs), and whether a group had more than was read. */
  async function read(groups: Group[], startMs: number, endMs: number, filter: LogFilter) {
    const reads = await Promise.all(
      groups.map(async (group) => {
        const { events, saturated } = await client.filterEvents(group.name, {
          startMs,
          endMs,
          filterPattern: filterPatternFor(filter),
        });
        return { saturated, entries: events.map((event) => entryOf(event, group.environmentId)) };
      }),
    );
    return {
      saturated: reads.some((r) => r.saturated),
      entries: reads.flatMap((r) => r.entries).filter((entry) => matchesFilter(entry.line, filter)),
    };
  }

  async function page(request: LogPageRequest): Promise<LogPage> {
    const { filter, first } = request;
    if (filter.sources && !filter.sources.includes('process')) return { lines: [], hasNextPage: false };
    const after = request.after !== undefined ? decodeTimeCursor('cloudwatch', request.after) : undefined;
    const groups = await groupsFor(request.scope);
    const untilMs = filter.until?.getTime() ?? Date.now() + 1;
    const sinceMs = filter.since?.getTime() ?? untilMs - options.lookbackHours * 3_600_000;
    const afterMs = after ? Number(after.ns / 1_000_000n) : undefined;
    const beyond = (entry: Entry, sign: number) =>
      !after || sign * compareTimePositions(entry.position, after) > 0;

    if (request.order === 'oldest') {
      const { entries } = await read(groups, Math.max(sinceMs, afterMs ?? sinceMs), untilMs, filter);
      const sorted = entries
        .filter((e) => beyond(e, 1))
        .sort((a, b) => compareTimePositions(a.position, b.position));
      return { lines: sorted.slice(0, first).map((e) => e.line), hasNextPage: sorted.length > first };
    }
    // Newest first: windows back from the end, wider each time, until the page is full.
    let end = afterMs !== undefined ? Math.min(untilMs, afterMs + 1) : untilMs;
    let width = FIRST_WINDOW_MS;
    const found: Entry[] = [];
    while (end > sinceMs && found.length <= first) {
      const start = Math.max(sinceMs, end - width);
      const window = await read(groups, start, end, filter);
      if (window.saturated && end - start > 1) {
        width = Math.max(1, Math.floor((end - start) / 2)); // too many events: narrow from the end
        continue;
      }
      found.push(...window.entries.filter((e) => beyond(e, -1)));
      end = start;
      width *= 2;
    }
    found.sort((a, b) => compareTimePositions(b.position, a.position));
    return {
      lines: found.slice(0, first).map((e) => e.line),
      hasNextPage: found.length > first || end > sinceMs,
    };
  }

  async function tail(request: TailRequest, sink: TailSink): Promise<() => Promise<void>> {
    const scope = { environmentId: request.environmentId };
    let boundary: TimePosition = { ns: BigInt(Date.now()) * 1_000_000n, key: '' };
    if (request.after !== undefined) {
      let after = request.after;
      for (;;) {
        const replay = await page({ scope, filter: request.filter, order: 'oldest', first: 1000, after });
        if (replay.lines.length > 0) sink.lines(replay.lines);
        after = replay.lines.at(-1)?.cursor ?? after;
        if (!replay.hasNextPage) break;
      }
      boundary = decodeTimeCursor('cloudwatch', after);
    } else if (request.last) {
      const recent = (
        await page({ scope, filter: request.filter, order: 'newest', first: request.last })
      ).lines.reverse();
      if (recent.length > 0) sink.lines(recent);
      const last = recent.at(-1);
      if (last) boundary = decodeTimeCursor('cloudwatch', last.cursor);
    }
    const [group] = await groupsFor(scope);
    const [found] = await client.groupsStartingWith((group as Group).name);
    if (!found || found.name !== group?.name) {
      throw new BackendError('cloudwatch', `The log group ${group?.name} does not exist`, {
        retryable: true,
      });
    }
    const abort = new AbortController();
    await client.liveTail(
      [found.arn],
      filterPatternFor(request.filter),
      {
        events(events: LiveTailSessionLogEvent[]) {
          const lines = events
            .filter((event) => event.timestamp !== undefined && event.message !== undefined)
            .map((event) =>
              entryOf(
                {
                  logStreamName: event.logStreamName ?? '',
                  timestamp: event.timestamp as number,
                  message: event.message as string,
                },
                request.environmentId,
              ),
            )
            .filter((entry) => compareTimePositions(entry.position, boundary) > 0)
            .sort((a, b) => compareTimePositions(a.position, b.position))
            .map((entry) => entry.line)
            .filter((line) => matchesFilter(line, request.filter));
          if (lines.length > 0) sink.lines(lines);
        },
        ended: (error) => sink.error(error),
      },
      abort.signal,
    );
    return async () => abort.abort();
  }

  return { kind: 'cloudwatch', page, tail, close: async () => client.destroy() };
}
