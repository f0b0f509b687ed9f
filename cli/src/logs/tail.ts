import type { LogLine } from './format.ts';

export interface TailEvent {
  lines: LogLine[];
  dropped: number;
  droppedAfter?: string | null;
}

/** Where to start: the newest `last` lines, or every line after the cursor `after`. */
export type TailPosition = { last: number; after?: undefined } | { after: string; last?: undefined };

/** One live subscription to an environment's lines, as the gateway's `logs` subscription gives it. */
export interface TailTransport {
  subscribe(
    position: TailPosition,
    sink: {
      connected(): void;
      next(event: TailEvent): void;
      /** The stream broke or could not be opened: resuming may work. */
      dropped(error: Error): void;
      /** The gateway refused: resuming will not help. */
      refused(error: Error): void;
      complete(): void;
    },
  ): () => void;
}

export interface TailHandlers {
  lines(lines: LogLine[]): void;
  /** The gateway dropped lines because this client read too slowly. */
  dropped(count: number): void;
  reconnecting(error: Error, delayMs: number): void;
  /** `afterCursor`: resumed right after the last line shown (else from the newest lines again). */
  reconnected(afterCursor: boolean): void;
}

/** Waits between attempts to resume: quick at first, then every 5 s for as long as it takes. */
export const RESUME_DELAYS_MS = [250, 500, 1000, 2000, 5000];

/** How many recent cursors are remembered to recognise a line delivered twice. */
const REMEMBERED = 1000;

/**
 * Follows an environment's lines until `signal` aborts (then it resolves). A broken stream is
 * resumed from the last line's cursor (`after`), so no line is missed while the retained lines
 * reach back that far, and a line seen already is never shown twice. Before the first line the
 * tail starts again from the newest `last` lines, the already-shown ones skipped. It rejects when
 * the gateway refuses, or when the very first connection cannot be made (the gateway is down).
 */
export function followTail(options: {
  transport: TailTransport;
  last: number;
  handlers: TailHandlers;
  signal: AbortSignal;
  delaysMs?: readonly number[];
}): Promise<void> {
  const { transport, handlers, signal } = options;
  const delays = options.delaysMs ?? RESUME_DELAYS_MS;
  const seen = new Set<string>();
  const order: string[] = [];
  let lastCursor: string | undefined;
  let everConnected = false;
  let failures = 0;
  let unsubscribe = () => {};
  let timer: NodeJS.Timeout | undefined;

  return new Promise<void>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', finish);
    };
    const finish = () => {
      stop();
      resolve();
    };
    const fail = (error: Error) => {
      stop();
      reject(error);
    };
    const fresh = (lines: readonly LogLine[]) =>
      lines.filter((line) => {
        if (seen.has(line.cursor)) return false;
        seen.add(line.cursor);
        order.push(line.cursor);
        if (order.length > REMEMBERED) seen.delete(order.shift() as string);
        return true;
      });
    const resume = (error: Error) => {
      if (signal.aborted) return;
      if (!everConnected) return fail(error);
      const delay = delays[Math.min(failures, delays.length - 1)] ?? 1000;
      failures += 1;
      handlers.reconnecting(error, delay);
      timer = setTimeout(connect, delay);
    };
    const connect = () => {
      if (signal.aborted) return;
      const resuming = failures > 0;
      const position: TailPosition = lastCursor ? { after: lastCursor } : { last: options.last };
      unsubscribe = transport.subscribe(position, {
        connected: () => {
          everConnected = true;
          if (resuming) handlers.reconnected(position.after !== undefined);
        },
        next: (event) => {
          everConnected = true;
          failures = 0;
          if (event.dropped > 0) handlers.dropped(event.dropped);
          const lines = fresh(event.lines);
          if (lines.length === 0) return;
          lastCursor = (lines.at(-1) as LogLine).cursor;
          handlers.lines(lines);
        },
        dropped: resume,
        // The gateway ending a live tail is a broken stream too: it never ends on its own.
        complete: () => resume(new Error('the gateway ended the stream')),
        refused: fail,
      });
    };
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', finish, { once: true });
    connect();
  });
}
