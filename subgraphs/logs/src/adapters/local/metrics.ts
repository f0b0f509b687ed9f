import { z } from 'zod';
import { LOG_LEVELS, LOG_SOURCES } from '../../model/lines.ts';
import {
  InvalidQueryError,
  type LogFilter,
  type LogLevel,
  type LogSource,
  type MetricSeries,
  type MetricsBackend,
} from '../../port.ts';
import { countByBucket, type LineGroup } from '../../store/queries.ts';
import type { LogsAdapterContext } from '../registry.ts';

/** `metrics: { kind: local }`: counts of the stored log lines, the only numbers the local runtime has. */
export const optionsSchema = z.strictObject({ kind: z.literal('local', { error: '"local"' }) });

const NAMED: Record<string, string> = {
  lines: 'log_lines',
  errors: 'log_lines{level="error"}',
  warnings: 'log_lines{level="warn"}',
};

const SYNTAX = 'log_lines, optionally with {level="…", source="…"} and "by (environment|level|source)"';

interface LineQuery {
  level?: LogLevel;
  source?: LogSource;
  groupBy?: LineGroup;
}

/** Parses `log_lines{level="error"} by (environment)` and the named queries. */
export function parseLineQuery(query: string): LineQuery {
  const text = NAMED[query.trim()] ?? query;
  const match = /^\s*log_lines\s*(?:\{([^}]*)\})?\s*(?:by\s*\(\s*(\w+)\s*\))?\s*$/.exec(text);
  if (!match)
    throw new InvalidQueryError(`expected a named query (${Object.keys(NAMED).join(', ')}) or ${SYNTAX}`);
  const parsed: LineQuery = {};
  for (const part of (match[1] ?? '').split(',').filter((p) => p.trim() !== '')) {
    const matcher = /^\s*(\w+)\s*=\s*"([^"]*)"\s*$/.exec(part);
    const [, label, value] = matcher ?? [];
    if (label === 'level' && (LOG_LEVELS as readonly string[]).includes(value as string))
      parsed.level = value as LogLevel;
    else if (label === 'source' && (LOG_SOURCES as readonly string[]).includes(value as string))
      parsed.source = value as LogSource;
    else
      throw new InvalidQueryError(`"${part.trim()}" is not a matcher this backend knows: expected ${SYNTAX}`);
  }
  if (match[2] !== undefined) {
    if (!['environment', 'level', 'source'].includes(match[2])) {
      throw new InvalidQueryError(`cannot group by "${match[2]}": expected environment, level or source`);
    }
    parsed.groupBy = match[2] as LineGroup;
  }
  return parsed;
}

export function createMetricsBackend(_options: unknown, ctx: LogsAdapterContext): MetricsBackend {
  return {
    kind: 'local',
    namedQueries: Object.keys(NAMED),
    async query(request) {
      const parsed = parseLineQuery(request.query);
      const step = request.stepSeconds;
      const filter: LogFilter = {
        since: request.start,
        until: new Date(request.end.getTime() + step * 1000),
      };
      if (parsed.source) filter.sources = [parsed.source];
      const rows = await countByBucket(ctx.store, request.scope, filter, step, parsed);
      const byGroup = new Map<string | null, Map<number, number>>();
      for (const row of rows) {
        const buckets = byGroup.get(row.group) ?? new Map<number, number>();
        buckets.set(row.bucket, row.count);
        byGroup.set(row.group, buckets);
      }
      if (byGroup.size === 0 && !parsed.groupBy) byGroup.set(null, new Map());
      const first = Math.floor(request.start.getTime() / 1000 / step) * step;
      const last = Math.floor(request.end.getTime() / 1000 / step) * step;
      const series: MetricSeries[] = [];
      for (const [group, buckets] of byGroup) {
        const points = [];
        for (let bucket = first; bucket <= last; bucket += step) {
          points.push({ time: new Date(bucket * 1000), value: (buckets.get(bucket) ?? 0) / step });
        }
        series.push({ labels: parsed.groupBy ? { [parsed.groupBy]: group ?? '' } : {}, points });
      }
      return series;
    },
    close: async () => {},
  };
}
