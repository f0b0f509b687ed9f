import {
  type EventBus,
  type Logger,
  type PaveEvent,
  parseEnvironmentId,
  type RuntimeLogLine,
  type Store,
  TOPICS,
} from '@pave/subgraph-kit';
import { LOG_LEVELS, LOG_SOURCES, truncateLine } from '../../model/lines.ts';
import type { SecretRedactors } from '../../redaction/secretRedactors.ts';
import { insertLines, type NewLine, type StoredLine } from '../../store/queries.ts';

/** Published by the replica that stored lines, for every replica's live tails. */
export const LINES_STORED = 'logs.lines-stored';

export interface LinesStored {
  lines: StoredLine[];
}

const FLUSH_MS = 1;
const MAX_BATCH_LINES = 500;
/** Keeps one stored-lines event well under NATS's default 1 MB payload limit. */
const MAX_BATCH_CHARS = 256 * 1024;
/** Lines waiting for the store at most; beyond, new lines are dropped (and counted) until it catches up. */
const MAX_PENDING_LINES = 100_000;

/**
 * Takes `runtime.log` events into the store in batches (one insert per few milliseconds, however
 * many events), masking secret values before they are written, then tells live tails.
 */
export class Ingester {
  readonly #store: Store;
  readonly #bus: EventBus;
  readonly #log: Logger;
  readonly #redactors: SecretRedactors;
  #pending: NewLine[] = [];
  #pendingChars = 0;
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;
  #rejected = 0;
  #overflowed = 0;
  #lastWarning = 0;

  constructor(options: { store: Store; bus: EventBus; log: Logger; redactors: SecretRedactors }) {
    this.#store = options.store;
    this.#bus = options.bus;
    this.#log = options.log;
    this.#redactors = options.redactors;
  }

  start(): Promise<() => Promise<void>> {
    return this.#bus.subscribe<RuntimeLogLine>(TOPICS.runtimeLog, (event) => this.accept(event));
  }

  accept(event: PaveEvent<RuntimeLogLine>) {
    const line = toNewLine(event);
    if (!line) {
      this.#rejected++;
      return this.#warnNowAndThen();
    }
    if (this.#pending.length >= MAX_PENDING_LINES) {
      this.#overflowed++;
      return this.#warnNowAndThen();
    }
    this.#pending.push(line);
    this.#pendingChars += line.line.length;
    if (this.#pending.length >= MAX_BATCH_LINES || this.#pendingChars >= MAX_BATCH_CHARS) this.#flushSoon(0);
    else this.#flushSoon(FLUSH_MS);
  }

  /** Resolves once every line accepted so far is stored. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#flushing || this.#pending.length > 0) {
      this.#flushing ??= this.#drain().finally(() => {
        this.#flushing = undefined;
      });
      await this.#flushing;
    }
  }

  #flushSoon(ms: number): void {
    if (this.#flushing) return; // the running drain takes what arrives meanwhile
    if (this.#timer && ms > 0) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((error) => this.#log.error('storing log lines failed', { error }));
    }, ms);
  }

  async #drain(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#takeBatch();
      try {
        await this.#mask(batch);
        const stored = await insertLines(this.#store, batch);
        if (stored.length > 0) await this.#bus.publish<LinesStored>(LINES_STORED, { lines: stored });
      } catch (error) {
        this.#log.error('storing log lines failed; these lines are lost', { error, lines: batch.length });
      }
    }
  }

  #takeBatch(): NewLine[] {
    let chars = 0;
    let count = 0;
    while (count < this.#pending.length && count < MAX_BATCH_LINES && chars < MAX_BATCH_CHARS) {
      chars += (this.#pending[count] as NewLine).line.length;
      count++;
    }
    this.#pendingChars -= chars;
    return this.#pending.splice(0, count);
  }

  /**
   * Values are masked before they are stored, so a secret rotated later (and no longer known to
   * the serving side) stays masked in old lines. If they cannot be read now, lines are stored as
   * they came: serving masks them again in any case.
   */
  async #mask(batch: NewLine[]): Promise<void> {
    try {
      const redactors = await this.#redactors.forEnvironments(batch.map((line) => line.environmentId));
      for (const line of batch) {
        const redactor = redactors.get(line.environmentId);
        if (redactor && redactor.size > 0) line.line = redactor.redact(line.line);
      }
    } catch (error) {
      this.#log.warn('could not read secrets to mask lines before storing them', { error });
    }
  }

  #warnNowAndThen(): void {
    const now = Date.now();
    if (now - this.#lastWarning < 10_000) return;
    this.#lastWarning = now;
    this.#log.warn('runtime.log events not stored', {
      invalid: this.#rejected,
      overflowed: this.#overflowed,
    });
  }
}

const SOURCES = new Set<string>(LOG_SOURCES);
const LEVELS = new Set<string>(LOG_LEVELS);

/** The line an event carries, or undefined when the event does not follow the RuntimeLogLine contract. */
function toNewLine(event: PaveEvent<RuntimeLogLine>): NewLine | undefined {
  const data = event.data as Partial<RuntimeLogLine> | undefined;
  if (!data || typeof data.line !== 'string' || typeof data.environmentId !== 'string') return undefined;
  const environment = parseEnvironmentId(data.environmentId);
  if (!environment || !SOURCES.has(data.source as string)) return undefined;
  const time = new Date(typeof data.time === 'string' ? data.time : event.time);
  return {
    eventId: event.id,
    environmentId: data.environmentId,
    componentRef: environment.componentRef,
    time: (Number.isNaN(time.getTime()) ? new Date(event.time) : time).toISOString(),
    source: data.source as NewLine['source'],
    stream: data.stream === 'stdout' || data.stream === 'stderr' ? data.stream : undefined,
    level: LEVELS.has(data.level as string) ? data.level : undefined,
    line: truncateLine(data.line),
    releaseNumber: Number.isInteger(data.releaseNumber) ? data.releaseNumber : undefined,
  };
}
