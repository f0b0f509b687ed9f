import type { LogFilter, LogLevel, LogLine } from '../port.ts';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
export const LOG_SOURCES = ['process', 'release', 'platform'] as const;

const SEVERITY: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** The levels at or above `min`, most useful for stores that filter with `level in (…)`. */
export function levelsFrom(min: LogLevel): LogLevel[] {
  return LOG_LEVELS.filter((level) => SEVERITY[level] >= SEVERITY[min]);
}

/** Whether a line passes a filter; the same rules every backend applies natively. */
export function matchesFilter(line: LogLine, filter: LogFilter): boolean {
  if (filter.minLevel && (!line.level || SEVERITY[line.level] < SEVERITY[filter.minLevel])) return false;
  if (filter.sources && !filter.sources.includes(line.source)) return false;
  if (filter.grep !== undefined && !line.line.includes(filter.grep)) return false;
  if (filter.since && line.time < filter.since) return false;
  if (filter.until && line.time >= filter.until) return false;
  return true;
}

/** Lines longer than this are cut when stored or served: one runaway line must not fill a buffer. */
export const MAX_LINE_LENGTH = 16 * 1024;

export function truncateLine(text: string): string {
  return text.length > MAX_LINE_LENGTH ? `${text.slice(0, MAX_LINE_LENGTH)}… [truncated]` : text;
}

/**
 * The level of a line a backend stores without one, when the line says it: `"level":"warn"`,
 * `level=error`, or a leading `ERROR`/`[WARN]` (after an optional timestamp). Otherwise undefined.
 */
export function guessLevel(text: string): LogLevel | undefined {
  const head = text.slice(0, 200);
  const match =
    /"(?:level|severity)"\s*:\s*"(\w+)"/i.exec(head) ??
    /\b(?:level|severity)=(\w+)/i.exec(head) ??
    /^\s*(?:\S*\d\S*\s+)?\[?(debug|info|warn|warning|error|fatal)\]?[\s:]/i.exec(head);
  const word = match?.[1]?.toLowerCase();
  if (!word) return undefined;
  if (word.startsWith('warn')) return 'warn';
  if (word === 'fatal' || word === 'panic' || word === 'critical') return 'error';
  return (LOG_LEVELS as readonly string[]).includes(word) ? (word as LogLevel) : undefined;
}
