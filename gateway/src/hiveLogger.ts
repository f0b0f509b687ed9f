import { Logger as HiveLogger } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@pave/subgraph-kit';

/** What of the runtime's own log attributes may be written: never a request body or headers. */
const KEPT = ['code', 'serviceName', 'subgraph', 'path', 'requestId'] as const;

function keep(attrs: unknown): Record<string, unknown> {
  if (!attrs || typeof attrs !== 'object') return {};
  const source = attrs as Record<string, unknown>;
  const extensions = (source.extensions ?? {}) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of KEPT) {
    const value = source[key] ?? extensions[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}

/**
 * The Hive runtime's logger, writing through Pave's JSON logger. The runtime logs a failed
 * subgraph call with the request body, which can hold variable values (secrets): those attributes
 * are dropped, only the message and a few identifiers are kept.
 */
export function hiveLogger(log: Logger): HiveLogger {
  return new HiveLogger({
    level: 'warn',
    writers: [
      {
        write(level, attrs, message) {
          const fields = keep(attrs);
          const text =
            message ??
            (typeof (attrs as { message?: unknown })?.message === 'string'
              ? (attrs as { message: string }).message
              : 'gateway runtime');
          if (level === 'error') log.error(text, fields);
          else if (level === 'warn') log.warn(text, fields);
          else log.debug(text, fields);
        },
      },
    ],
  });
}
