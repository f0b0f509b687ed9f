import { useRef } from 'react';
import { useSubscription } from 'urql';
import {
  type LogLevel,
  type LogSource,
  type PaveLogLineFieldsFragment,
  PaveTailLogsDocument,
} from '../../__generated__/graphql.ts';

/** How many lines the tab keeps; older ones scroll away, as in a terminal. */
export const KEPT_LINES = 1000;

interface Accumulated {
  lines: PaveLogLineFieldsFragment[];
  dropped: number;
}

/** A live tail of an environment's lines over the subscription, newest last. */
export function useLogTail(environmentId: string, filter: { level?: LogLevel; source?: LogSource[] }) {
  const variables = {
    environmentId,
    last: 200,
    filter: {
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.source?.length ? { source: filter.source } : {}),
    },
  };
  const [result] = useSubscription(
    { query: PaveTailLogsDocument, variables },
    (seen: Accumulated = { lines: [], dropped: 0 }, event) => ({
      lines: [...seen.lines, ...event.logs.lines].slice(-KEPT_LINES),
      dropped: seen.dropped + event.logs.dropped,
    }),
  );
  return {
    lines: result.data?.lines ?? [],
    dropped: result.data?.dropped ?? 0,
    error: result.error,
    fetching: result.fetching,
  };
}

/** While paused, the lines as they were when the user paused; the tail keeps reading meanwhile. */
export function usePausedView<T>(lines: T[], paused: boolean): { shown: T[]; waiting: number } {
  const frozen = useRef<T[] | undefined>(undefined);
  if (paused && frozen.current === undefined) frozen.current = lines;
  if (!paused) frozen.current = undefined;
  const shown = frozen.current ?? lines;
  return { shown, waiting: Math.max(0, lines.length - shown.length) };
}
