import { matchesFilter } from '../../model/lines.ts';
import type { LogLine, LogPage, LogPageRequest, LogsBackend, TailRequest, TailSink } from '../../port.ts';
import { countLines, firstPages, pageLines, type StoredLine } from '../../store/queries.ts';
import type { LogsAdapterContext } from '../registry.ts';
import { type LocalOptions, localOptionsSchema } from './config.ts';
import { decodeLocalCursor, encodeLocalCursor } from './cursor.ts';
import { Ingester } from './ingest.ts';
import { LiveLines } from './live.ts';
import { startRetention } from './retention.ts';

export const optionsSchema = localOptionsSchema;

/** Lines read per query while replaying a tail from a cursor. */
const REPLAY_PAGE = 1000;

export function toLogLine(row: StoredLine): LogLine {
  return {
    cursor: encodeLocalCursor(row.id),
    environmentId: row.environmentId,
    time: new Date(row.time),
    source: row.source,
    stream: row.stream ?? undefined,
    level: row.level ?? undefined,
    line: row.line,
    releaseNumber: row.releaseNumber ?? undefined,
  };
}

/**
 * Lines the local runtime publishes, stored in the Pave store (PGlite or PostgreSQL) with
 * retention by age and size; live tails follow the stored lines through the event bus.
 */
export async function createBackend(options: LocalOptions, ctx: LogsAdapterContext): Promise<LogsBackend> {
  const { store, bus, log } = ctx;
  const ingester = new Ingester({ store, bus, log, redactors: ctx.redactors });
  const live = new LiveLines();
  const stopLive = await live.start(bus);
  const stopIngest = await ingester.start();
  const stopRetention = startRetention(store, options.retention, log);

  async function tail(request: TailRequest, sink: TailSink): Promise<() => Promise<void>> {
    let lastId = request.after !== undefined ? decodeLocalCursor(request.after) : 0;
    let held: StoredLine[] | undefined = [];
    const deliver = (rows: StoredLine[]) => {
      const lines: LogLine[] = [];
      for (const row of rows) {
        if (row.id <= lastId) continue; // already replayed
        lastId = row.id;
        const line = toLogLine(row);
        if (matchesFilter(line, request.filter)) lines.push(line);
      }
      if (lines.length > 0) sink.lines(lines);
    };
    // Listen before reading the store: a line stored meanwhile is then either read or held, never missed.
    const stop = live.listen(request.environmentId, (rows) => (held ? held.push(...rows) : deliver(rows)));
    try {
      const scope = { environmentId: request.environmentId };
      if (request.after !== undefined) {
        for (;;) {
          const page = await pageLines(store, scope, request.filter, {
            order: 'oldest',
            first: REPLAY_PAGE,
            afterId: lastId,
          });
          if (page.lines.length > 0) {
            sink.lines(page.lines.map(toLogLine));
            lastId = (page.lines.at(-1) as StoredLine).id;
          }
          if (!page.hasNextPage) break;
        }
      } else if (request.last) {
        const page = await pageLines(store, scope, request.filter, { order: 'newest', first: request.last });
        const rows = page.lines.reverse();
        if (rows.length > 0) {
          sink.lines(rows.map(toLogLine));
          lastId = (rows.at(-1) as StoredLine).id;
        }
      }
    } catch (error) {
      stop();
      throw error;
    }
    const pending = held;
    held = undefined;
    deliver(pending);
    return async () => stop();
  }

  async function page(request: LogPageRequest): Promise<LogPage> {
    const afterId = request.after !== undefined ? decodeLocalCursor(request.after) : undefined;
    const page = await pageLines(store, request.scope, request.filter, { ...request, afterId });
    return { lines: page.lines.map(toLogLine), hasNextPage: page.hasNextPage };
  }

  /** First pages of environments asked with the same arguments share one query; the rest go one by one. */
  async function pageMany(requests: readonly LogPageRequest[]): Promise<LogPage[]> {
    const groups = new Map<string, number[]>();
    requests.forEach((request, i) => {
      if (request.after !== undefined || request.scope.environmentId === undefined) return;
      const key = JSON.stringify([request.filter, request.order, request.first]);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const pages: Array<LogPage | undefined> = new Array(requests.length);
    for (const indexes of groups.values()) {
      if (indexes.length < 2) continue;
      const sample = requests[indexes[0] as number] as LogPageRequest;
      const ids = indexes.map((i) => requests[i]?.scope.environmentId as string);
      const found = await firstPages(store, [...new Set(ids)], sample.filter, sample);
      indexes.forEach((i, n) => {
        const result = found.get(ids[n] as string);
        pages[i] = { lines: result?.lines.map(toLogLine) ?? [], hasNextPage: result?.hasNextPage ?? false };
      });
    }
    return Promise.all(requests.map((request, i) => pages[i] ?? page(request)));
  }

  return {
    kind: 'local',
    page,
    pageMany,
    count: (scope, filter) => countLines(store, scope, filter),
    tail,
    async close() {
      await stopRetention();
      await stopIngest();
      await ingester.flush();
      await stopLive();
    },
  };
}
