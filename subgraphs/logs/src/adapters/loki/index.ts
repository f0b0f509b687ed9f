import { createHash } from 'node:crypto';
import { guessLevel, matchesFilter, truncateLine } from '../../model/lines.ts';
import type {
  LogLine,
  LogPage,
  LogPageRequest,
  LogScope,
  LogsBackend,
  TailRequest,
  TailSink,
} from '../../port.ts';
import { escapeQuoted, fillTemplate, scopeNames } from '../scoping/templates.ts';
import {
  compareTimePositions as comparePositions,
  decodeTimeCursor,
  encodeTimeCursor,
  type TimePosition as LokiPosition,
} from '../scoping/timeCursor.ts';
import { LokiClient, type LokiStream } from './client.ts';
import { type LokiOptions, lokiOptionsSchema } from './config.ts';
import { levelOf, logqlFor } from './logql.ts';

export const optionsSchema = lokiOptionsSchema;

/** Extra entries read past a page, for lines sharing the boundary's nanosecond. */
const BOUNDARY_MARGIN = 50;

interface Entry {
  position: LokiPosition;
  line: LogLine;
}

const nsOf = (date: Date) => BigInt(date.getTime()) * 1_000_000n;

/**
 * Lines from Grafana Loki: pages through `query_range` (LogQL built from the scope's stream
 * selector and the filter) and live tails through the `/tail` WebSocket, with the tenant header.
 */
export function createBackend(options: LokiOptions): LogsBackend {
  const client = new LokiClient(options);
  const sourceOf = (labels: Record<string, string>): LogLine['source'] => {
    const value = options.labels.source ? labels[options.labels.source] : undefined;
    return value === 'release' || value === 'platform' ? value : 'process';
  };

  function matchersFor(scope: LogScope): string {
    const names = scopeNames(scope);
    return fillTemplate(
      names.environment !== undefined ? options.selectors.environment : options.selectors.component,
      names,
      escapeQuoted,
    );
  }

  function entriesOf(streams: LokiStream[], scope: LogScope): Entry[] {
    const names = scopeNames(scope);
    const entries: Entry[] = [];
    for (const { stream, values } of streams) {
      const environment = names.environment ?? stream[options.labels.environment];
      if (!environment) continue; // a stream of the component that names no environment
      const streamKey = JSON.stringify(Object.entries(stream).sort());
      for (const [ts, text] of values) {
        const key = createHash('sha256')
          .update(streamKey)
          .update('\n')
          .update(text)
          .digest('hex')
          .slice(0, 16);
        const position = { ns: BigInt(ts), key };
        entries.push({
          position,
          line: {
            cursor: encodeTimeCursor('loki', position),
            environmentId: `${names.componentRef}/${environment}`,
            time: new Date(Number(position.ns / 1_000_000n)),
            source: sourceOf(stream),
            level: levelOf(stream[options.labels.level]) ?? guessLevel(text),
            line: truncateLine(text),
          },
        });
      }
    }
    return entries;
  }

  async function page(request: LogPageRequest): Promise<LogPage> {
    const { scope, filter, first } = request;
    if (filter.sources && !options.labels.source && !filter.sources.includes('process')) {
      return { lines: [], hasNextPage: false }; // without a source label every line is the process's
    }
    const after = request.after !== undefined ? decodeTimeCursor('loki', request.after) : undefined;
    const backward = request.order === 'newest';
    const until = filter.until ? nsOf(filter.until) : nsOf(new Date()) + 1n;
    const since = filter.since
      ? nsOf(filter.since)
      : until - BigInt(Math.round(options.lookbackHours * 3600)) * 1_000_000_000n;
    const start = !backward && after ? after.ns : since;
    const end = backward && after ? after.ns + 1n : until;
    if (start >= end) return { lines: [], hasNextPage: false };
    const streams = await client.queryRange({
      query: logqlFor(matchersFor(scope), filter, options.labels),
      start,
      end,
      limit: first + 1 + BOUNDARY_MARGIN,
      direction: backward ? 'backward' : 'forward',
    });
    const sign = backward ? -1 : 1;
    const entries = entriesOf(streams, scope)
      .filter((entry) => !after || sign * comparePositions(entry.position, after) > 0)
      .sort((a, b) => sign * comparePositions(a.position, b.position));
    return { lines: entries.slice(0, first).map((e) => e.line), hasNextPage: entries.length > first };
  }

  async function tail(request: TailRequest, sink: TailSink): Promise<() => Promise<void>> {
    const scope = { environmentId: request.environmentId };
    const tailFilter = { ...request.filter };
    let boundary: LokiPosition | undefined;
    // Replay first (what was missed, or the last lines), then tail from where the replay ended.
    if (request.after !== undefined) {
      let after = request.after;
      for (;;) {
        const replay = await page({ scope, filter: tailFilter, order: 'oldest', first: 1000, after });
        if (replay.lines.length > 0) sink.lines(replay.lines);
        after = replay.lines.at(-1)?.cursor ?? after;
        if (!replay.hasNextPage) break;
      }
      boundary = decodeTimeCursor('loki', after);
    } else if (request.last) {
      const recent = await page({ scope, filter: tailFilter, order: 'newest', first: request.last });
      const lines = recent.lines.reverse();
      if (lines.length > 0) {
        sink.lines(lines);
        boundary = decodeTimeCursor('loki', lines.at(-1)?.cursor as string);
      }
    }
    const start = boundary?.ns ?? nsOf(new Date());
    return client
      .tail(
        { query: logqlFor(matchersFor(scope), tailFilter, options.labels), start, limit: 1000 },
        {
          message(message) {
            const entries = entriesOf(message.streams ?? [], scope)
              .filter((entry) => !boundary || comparePositions(entry.position, boundary) > 0)
              .sort((a, b) => comparePositions(a.position, b.position));
            const lines = entries
              .map((entry) => entry.line)
              .filter((line) => matchesFilter(line, tailFilter));
            if (lines.length > 0) sink.lines(lines);
          },
          closed: (error) => sink.error(error),
        },
      )
      .then((stop) => async () => stop());
  }

  return { kind: 'loki', page, tail, close: async () => {} };
}
