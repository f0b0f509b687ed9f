import {
  EnvironmentLogsDocument,
  type EnvironmentLogsQuery,
  type LogFilter,
} from '../__generated__/graphql.ts';
import { CliError } from '../errors.ts';
import type { Session } from '../session.ts';
import type { LogLine } from './format.ts';

/** How many lines a regular-expression search reads at most, newest first, looking for matches. */
export const REGEX_SCAN_LIMIT = 10_000;

/**
 * The newest `count` lines matching, oldest first. `filter.grep` (text) is searched by the
 * logs API itself; a `pattern` is matched here, as the API knows text only, reading newest first
 * until enough lines matched or REGEX_SCAN_LIMIT were read.
 */
export async function searchLogs(
  session: Session,
  request: { environmentId: string; count: number; filter: LogFilter; pattern?: RegExp },
): Promise<{ lines: LogLine[]; scanned: number; truncated: boolean }> {
  const found: LogLine[] = [];
  let scanned = 0;
  let after: string | null = null;
  for (;;) {
    const pageSize = request.pattern ? 1000 : Math.min(1000, request.count - found.length);
    // `whole`: lines refused (FORBIDDEN) or a logs backend down is the command's error, not a warning.
    const answer: EnvironmentLogsQuery = await session.request(
      EnvironmentLogsDocument,
      { id: request.environmentId, filter: request.filter, first: pageSize, after },
      { whole: true },
    );
    const page = answer.environment?.logs;
    if (!page) throw new CliError('The logs backend did not answer: no lines to show.');
    scanned += page.nodes.length;
    for (const line of page.nodes) {
      if (found.length < request.count && (!request.pattern || request.pattern.test(line.line))) {
        found.push(line);
      }
    }
    if (found.length >= request.count || !page.pageInfo.hasNextPage) break;
    if (scanned >= REGEX_SCAN_LIMIT) {
      return { lines: found.reverse(), scanned, truncated: true };
    }
    after = page.pageInfo.endCursor ?? null;
  }
  return { lines: found.reverse(), scanned, truncated: false };
}
