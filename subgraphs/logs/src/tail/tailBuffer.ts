import type { LogLine, TailSink } from '../port.ts';

/** What a live tail delivers each time its reader is ready for more. */
export interface TailEvent {
  lines: LogLine[];
  /** Lines dropped just before `lines` because the reader fell behind. */
  dropped: number;
  /** The cursor of the last line delivered before the dropped ones: page `after` it to fetch them. */
  droppedAfter: string | null;
}

export interface TailBufferOptions {
  /** Lines held for a reader that is behind; beyond this the oldest are dropped. */
  maxLines: number;
  /** Characters of line text held, likewise. */
  maxChars: number;
  /** Lines in one event at most. */
  maxBatch: number;
  /** The cursor the client resumes after, named in `droppedAfter` if lines are dropped before any is delivered. */
  startAfter?: string;
}

export interface TailBuffer {
  sink: TailSink;
  events: AsyncIterableIterator<TailEvent>;
  /** Lines held right now, for tests and metrics. */
  readonly held: number;
}

/**
 * The per-client buffer between a backend tail and the client: bounded in lines and characters.
 * When it is full the oldest lines go, the next event says how many and after which cursor, and
 * the client can page them from `logs(after:)` if it still wants them.
 */
export function createTailBuffer(options: TailBufferOptions, onClose: () => Promise<void>): TailBuffer {
  const queue: LogLine[] = [];
  let head = 0; // index of the oldest held line; the array is compacted now and then
  let chars = 0;
  let dropped = 0;
  let droppedAfter: string | null = null;
  let lastDelivered: string | null = options.startAfter ?? null;
  let failure: Error | undefined;
  let closed = false;
  let wake: (() => void) | undefined;

  const held = () => queue.length - head;
  const dropOldest = () => {
    const line = queue[head++] as LogLine;
    chars -= line.line.length;
    if (dropped === 0) droppedAfter = lastDelivered;
    dropped++;
  };

  const sink: TailSink = {
    lines(batch) {
      if (closed || failure) return;
      for (const line of batch) {
        queue.push(line);
        chars += line.line.length;
      }
      while (held() > options.maxLines || (chars > options.maxChars && held() > 1)) dropOldest();
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      wake?.();
    },
    error(error) {
      if (closed) return;
      failure = error;
      wake?.();
    },
  };

  async function close(): Promise<IteratorResult<TailEvent>> {
    if (!closed) {
      closed = true;
      queue.length = 0;
      head = 0;
      wake?.();
      await onClose();
    }
    return { value: undefined, done: true };
  }

  const events: AsyncIterableIterator<TailEvent> = {
    async next() {
      while (!closed && held() === 0 && dropped === 0 && !failure) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      if (closed) return { value: undefined, done: true };
      if (held() === 0 && dropped === 0 && failure) {
        const error = failure;
        await close();
        throw error;
      }
      const count = Math.min(held(), options.maxBatch);
      const lines = queue.slice(head, head + count);
      head += count;
      for (const line of lines) chars -= line.line.length;
      if (held() === 0) {
        queue.length = 0;
        head = 0;
      }
      const event: TailEvent = { lines, dropped, droppedAfter: dropped > 0 ? droppedAfter : null };
      dropped = 0;
      droppedAfter = null;
      lastDelivered = lines.at(-1)?.cursor ?? lastDelivered;
      return { value: event, done: false };
    },
    return: close,
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return events;
    },
  };

  return {
    sink,
    events,
    get held() {
      return held();
    },
  };
}
