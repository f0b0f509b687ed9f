import { badUserInput, parseEnvironmentId } from '@pave/subgraph-kit';
import type {
  InputMaybe,
  LogFilter as LogFilterInput,
  LogLevel as LogLevelEnum,
  LogSource as LogSourceEnum,
  LogTailFilter,
  MetricRange,
} from '../__generated__/resolvers-types.ts';
import type { LogFilter, LogLevel, LogSource } from '../port.ts';

export const MAX_PAGE = 1000;
export const MAX_LAST = 1000;
const MAX_GREP = 1000;
/** Prometheus refuses more points per series than this; no chart needs them. */
const MAX_POINTS = 11_000;

export function environmentIdArg(id: string, field: string): string {
  if (!parseEnvironmentId(id)) {
    throw badUserInput(`"${id}" is not an environment id.`, {
      field,
      rule: 'component ref and environment name, e.g. component:default/hello-web/dev',
    });
  }
  return id;
}

export function intBetween(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  field: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badUserInput(`${field} must be between ${min} and ${max}, got ${n}.`, {
      field,
      rule: `an integer from ${min} to ${max}`,
    });
  }
  return n;
}

const level = (value: LogLevelEnum) => value.toLowerCase() as LogLevel;
const source = (value: LogSourceEnum) => value.toLowerCase() as LogSource;

export function tailFilterArg(
  input: InputMaybe<LogTailFilter> | undefined,
  field = 'filter',
): Omit<LogFilter, 'since' | 'until'> {
  const filter: LogFilter = {};
  if (!input) return filter;
  if (input.grep !== null && input.grep !== undefined) {
    if (input.grep.length === 0 || input.grep.length > MAX_GREP) {
      throw badUserInput(`grep must be 1 to ${MAX_GREP} characters long.`, {
        field: `${field}.grep`,
        rule: `1 to ${MAX_GREP} characters`,
      });
    }
    filter.grep = input.grep;
  }
  if (input.level) filter.minLevel = level(input.level);
  if (input.source) {
    if (input.source.length === 0) {
      throw badUserInput('source must name at least one source, or be left out.', {
        field: `${field}.source`,
        rule: 'a non-empty list',
      });
    }
    filter.sources = [...new Set(input.source.map(source))];
  }
  return filter;
}

export function filterArg(input: InputMaybe<LogFilterInput> | undefined): LogFilter {
  const filter: LogFilter = tailFilterArg(input);
  if (input?.since) filter.since = input.since;
  if (input?.until) filter.until = input.until;
  if (filter.since && filter.until && filter.since >= filter.until) {
    throw badUserInput('since must be before until.', { field: 'filter.since', rule: 'before filter.until' });
  }
  return filter;
}

export interface MetricWindow {
  start: Date;
  end: Date;
  stepSeconds: number;
}

export function metricWindowArgs(
  range: InputMaybe<MetricRange> | undefined,
  step: number | null | undefined,
  now = new Date(),
): MetricWindow {
  const end = range?.until ?? now;
  const start = range?.since ?? new Date(end.getTime() - 3_600_000);
  if (start >= end)
    throw badUserInput('range.since must be before range.until.', {
      field: 'range.since',
      rule: 'before range.until',
    });
  const seconds = (end.getTime() - start.getTime()) / 1000;
  const stepSeconds = step ?? Math.max(1, Math.round(seconds / 120));
  if (!Number.isInteger(stepSeconds) || stepSeconds < 1 || stepSeconds > 86_400) {
    throw badUserInput(`step must be between 1 and 86400 seconds, got ${stepSeconds}.`, {
      field: 'step',
      rule: 'an integer from 1 to 86400 (seconds)',
    });
  }
  if (seconds / stepSeconds > MAX_POINTS) {
    throw badUserInput(`This range and step give more than ${MAX_POINTS} points: use a larger step.`, {
      field: 'step',
      rule: `at most ${MAX_POINTS} points per series`,
    });
  }
  return { start, end, stepSeconds };
}

export function metricQueryArg(query: string): string {
  if (query.trim().length === 0 || query.length > 4000) {
    throw badUserInput('query must be a query name or expression of 1 to 4000 characters.', {
      field: 'query',
      rule: '1 to 4000 characters',
    });
  }
  return query;
}
