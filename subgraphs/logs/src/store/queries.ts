import type { Queryable } from '@pave/subgraph-kit';
import { levelsFrom } from '../model/lines.ts';
import type { LogFilter, LogLevel, LogScope, LogSource, LogStream } from '../port.ts';

/** A line as the `local` adapter stores it. */
export interface StoredLine {
  id: number;
  environmentId: string;
  time: string;
  source: LogSource;
  stream: LogStream | null;
  level: LogLevel | null;
  line: string;
  releaseNumber: number | null;
}

export interface NewLine {
  eventId: string;
  environmentId: string;
  componentRef: string;
  time: string;
  source: LogSource;
  stream?: LogStream;
  level?: LogLevel;
  line: string;
  releaseNumber?: number;
}

const COLUMNS = `id, environment_id as "environmentId", time, source, stream, level, line, release_number as "releaseNumber"`;

/**
 * Stores lines in one statement, skipping events already stored (by another replica, or
 * delivered twice). Returns the lines stored by this call, in id order.
 */
export async function insertLines(db: Queryable, lines: readonly NewLine[]): Promise<StoredLine[]> {
  if (lines.length === 0) return [];
  const column = <T>(pick: (line: NewLine) => T) => lines.map(pick);
  const { rows } = await db.query<{ id: number; eventId: string }>(
    `insert into logs_lines (event_id, environment_id, component_ref, time, source, stream, level, release_number, line)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[])
     on conflict (event_id) do nothing
     returning id, event_id as "eventId"`,
    [
      column((l) => l.eventId),
      column((l) => l.environmentId),
      column((l) => l.componentRef),
      column((l) => l.time),
      column((l) => l.source),
      column((l) => l.stream ?? null),
      column((l) => l.level ?? null),
      column((l) => l.releaseNumber ?? null),
      column((l) => l.line),
    ],
  );
  const byEvent = new Map(lines.map((line) => [line.eventId, line]));
  return rows
    .map(({ id, eventId }) => {
      const line = byEvent.get(eventId) as NewLine;
      return {
        id: Number(id),
        environmentId: line.environmentId,
        time: line.time,
        source: line.source,
        stream: line.stream ?? null,
        level: line.level ?? null,
        line: line.line,
        releaseNumber: line.releaseNumber ?? null,
      };
    })
    .sort((a, b) => a.id - b.id);
}

function where(scope: LogScope, filter: LogFilter, params: unknown[]): string[] {
  params.push(scope.environmentId ?? scope.componentRef);
  const column = scope.environmentId !== undefined ? 'environment_id' : 'component_ref';
  return [`${column} = $${params.length}`, ...filterClauses(filter, params)];
}

function filterClauses(filter: LogFilter, params: unknown[]): string[] {
  const clauses: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.since) add('time >= ?', filter.since.toISOString());
  if (filter.until) add('time < ?', filter.until.toISOString());
  if (filter.grep !== undefined) add('strpos(line, ?) > 0', filter.grep);
  if (filter.minLevel) add('level = any(?::text[])', levelsFrom(filter.minLevel));
  if (filter.sources) add('source = any(?::text[])', filter.sources);
  return clauses;
}

/**
 * The first page of each environment in one query (each read through the environment's index),
 * for the environments of a list. Returns pages by environment id.
 */
export async function firstPages(
  db: Queryable,
  environmentIds: readonly string[],
  filter: LogFilter,
  page: { order: 'newest' | 'oldest'; first: number },
): Promise<Map<string, { lines: StoredLine[]; hasNextPage: boolean }>> {
  const params: unknown[] = [environmentIds];
  const clauses = ['environment_id = e.environment_id', ...filterClauses(filter, params)];
  params.push(page.first + 1);
  const direction = page.order === 'newest' ? 'desc' : 'asc';
  const { rows } = await db.query<StoredLine>(
    `select l.* from unnest($1::text[]) as e(environment_id)
     cross join lateral (
       select ${COLUMNS} from logs_lines where ${clauses.join(' and ')}
       order by id ${direction} limit $${params.length}
     ) l`,
    params,
  );
  const pages = new Map(environmentIds.map((id) => [id, { lines: [] as StoredLine[], hasNextPage: false }]));
  for (const row of rows.map(normalise)) pages.get(row.environmentId)?.lines.push(row);
  for (const result of pages.values()) {
    result.lines.sort((a, b) => (page.order === 'newest' ? b.id - a.id : a.id - b.id));
    result.hasNextPage = result.lines.length > page.first;
    result.lines = result.lines.slice(0, page.first);
  }
  return pages;
}

/** One page in id order; `first + 1` rows are read so the caller knows whether more follow. */
export async function pageLines(
  db: Queryable,
  scope: LogScope,
  filter: LogFilter,
  page: { order: 'newest' | 'oldest'; first: number; afterId?: number },
): Promise<{ lines: StoredLine[]; hasNextPage: boolean }> {
  const params: unknown[] = [];
  const clauses = where(scope, filter, params);
  if (page.afterId !== undefined) {
    params.push(page.afterId);
    clauses.push(`id ${page.order === 'newest' ? '<' : '>'} $${params.length}`);
  }
  params.push(page.first + 1);
  const { rows } = await db.query<StoredLine>(
    `select ${COLUMNS} from logs_lines where ${clauses.join(' and ')}
     order by id ${page.order === 'newest' ? 'desc' : 'asc'} limit $${params.length}`,
    params,
  );
  return { lines: rows.slice(0, page.first).map(normalise), hasNextPage: rows.length > page.first };
}

export async function countLines(db: Queryable, scope: LogScope, filter: LogFilter): Promise<number> {
  const params: unknown[] = [];
  const { rows } = await db.query<{ count: number }>(
    `select count(*)::int as count from logs_lines where ${where(scope, filter, params).join(' and ')}`,
    params,
  );
  return Number(rows[0]?.count ?? 0);
}

/** What the local metrics can group line counts by. */
export type LineGroup = 'environment' | 'level' | 'source';
const GROUP_COLUMNS: Record<LineGroup, string> = {
  environment: 'environment_id',
  level: 'level',
  source: 'source',
};

/** Lines per bucket of `stepSeconds` (bucket = its start in epoch seconds), per group when asked. */
export async function countByBucket(
  db: Queryable,
  scope: LogScope,
  filter: LogFilter,
  stepSeconds: number,
  options: { groupBy?: LineGroup; level?: LogLevel } = {},
): Promise<Array<{ group: string | null; bucket: number; count: number }>> {
  const { groupBy, level } = options;
  const params: unknown[] = [];
  const clauses = where(scope, filter, params);
  if (level) {
    params.push(level);
    clauses.push(`level = $${params.length}`);
  }
  params.push(stepSeconds);
  const step = `$${params.length}::float8`;
  const group = groupBy ? GROUP_COLUMNS[groupBy] : 'null::text';
  const { rows } = await db.query<{ group: string | null; bucket: number; count: number }>(
    `select ${group} as "group", (floor(extract(epoch from time) / ${step}) * ${step})::float8 as bucket,
       count(*)::int as count
     from logs_lines where ${clauses.join(' and ')} group by 1, 2`,
    params,
  );
  return rows.map((row) => ({ group: row.group, bucket: Number(row.bucket), count: Number(row.count) }));
}

/**
 * Deletes lines received before `cutoff`. Ids grow with the time lines are received, so the
 * first line in id order received since the cutoff marks where to stop (read in id order, the
 * scan passes only over the lines it deletes).
 */
export async function deleteOlderThan(db: Queryable, cutoff: Date): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `with kept as (
       select coalesce(
         (select id from logs_lines where received_at >= $1 order by id limit 1),
         (select max(id) + 1 from logs_lines)
       ) as id
     ), gone as (delete from logs_lines where id < (select id from kept) returning 1)
     select count(*)::int as count from gone`,
    [cutoff.toISOString()],
  );
  return Number(rows[0]?.count ?? 0);
}

/** Keeps each environment's newest lines within `maxBytes` of text; deletes the older ones. */
export async function trimEnvironmentsTo(db: Queryable, maxBytes: number): Promise<number> {
  const { rows: over } = await db.query<{ environmentId: string }>(
    `select environment_id as "environmentId" from logs_lines group by environment_id
     having sum(octet_length(line)) > $1`,
    [maxBytes],
  );
  let deleted = 0;
  for (const { environmentId } of over) {
    const { rows } = await db.query<{ count: number }>(
      `with kept as (
         select id, sum(octet_length(line)) over (order by id desc) as total
         from logs_lines where environment_id = $1
       ), gone as (
         delete from logs_lines where environment_id = $1
           and id <= (select max(id) from kept where total > $2)
         returning 1
       ) select count(*)::int as count from gone`,
      [environmentId, maxBytes],
    );
    deleted += Number(rows[0]?.count ?? 0);
  }
  return deleted;
}

/**
 * bigserial ids arrive as numbers on both stores while they fit, which they do for a long while;
 * timestamptz arrives as a Date on both.
 */
function normalise(row: StoredLine): StoredLine {
  return { ...row, id: Number(row.id), time: new Date(row.time).toISOString() };
}
