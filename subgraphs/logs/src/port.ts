/**
 * What the logs capability asks of a backend. The GraphQL layer depends only on these two
 * interfaces; adapters (local store, Loki, Kubernetes, CloudWatch, Prometheus) implement them.
 * Redaction and access control wrap a backend (see redaction/), they are not part of one.
 */

export type LogSource = 'process' | 'release' | 'platform';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  /** Opaque and stable: paging or tailing `after` it returns exactly the lines that followed it. */
  cursor: string;
  environmentId: string;
  time: Date;
  source: LogSource;
  stream?: LogStream;
  level?: LogLevel;
  line: string;
  releaseNumber?: number;
}

/** Whose lines: one environment's, or a component's across all its environments. */
export type LogScope =
  | { environmentId: string; componentRef?: never }
  | { componentRef: string; environmentId?: never };

export interface LogFilter {
  since?: Date;
  until?: Date;
  /** Case-sensitive substring of the line. */
  grep?: string;
  /** Lines at this level or above; lines of unknown level are left out when set. */
  minLevel?: LogLevel;
  sources?: LogSource[];
}

export interface LogPageRequest {
  scope: LogScope;
  filter: LogFilter;
  order: 'newest' | 'oldest';
  first: number;
  /** A cursor of a line returned earlier with the same scope and order. */
  after?: string;
}

export interface LogPage {
  lines: LogLine[];
  hasNextPage: boolean;
  /** Where the next page starts when it is not the last line's cursor (lines were left out after it). */
  endCursor?: string;
}

export interface TailRequest {
  environmentId: string;
  filter: Omit<LogFilter, 'since' | 'until'>;
  /** Start with up to this many of the most recent lines. */
  last?: number;
  /** Start right after this line (a reconnecting client): every retained line since then is replayed. */
  after?: string;
}

/** Where a tail delivers lines, oldest first. Both methods must return at once (never block). */
export interface TailSink {
  lines(batch: LogLine[]): void;
  /** The tail cannot go on (the backend went away); nothing more is delivered after this. */
  error(error: Error): void;
}

export interface LogsBackend {
  readonly kind: string;
  page(request: LogPageRequest): Promise<LogPage>;
  /**
   * Several pages at once (the environments of a list), in one backend call where the backend
   * can; in the order asked. Without it, pages are read one by one.
   */
  pageMany?(requests: readonly LogPageRequest[]): Promise<LogPage[]>;
  /** How many lines match, when the backend can tell cheaply; undefined otherwise. */
  count?(scope: LogScope, filter: LogFilter): Promise<number | undefined>;
  /** Resolves once the tail is live (replayed lines may already have reached the sink); returns how to stop it. */
  tail(request: TailRequest, sink: TailSink): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Raised by a backend for a cursor it did not issue; the GraphQL layer turns it into BAD_USER_INPUT. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

export interface MetricPoint {
  time: Date;
  /** null for NaN and infinities, which JSON cannot carry. */
  value: number | null;
}

export interface MetricSeries {
  labels: Record<string, string>;
  points: MetricPoint[];
}

export interface MetricsRequest {
  scope: LogScope;
  /** A named query the backend knows (`cpu`, `memory`, `requests`…) or one in its own language. */
  query: string;
  start: Date;
  end: Date;
  stepSeconds: number;
}

export interface MetricsBackend {
  readonly kind: string;
  /** Query names this backend knows, for messages and clients. */
  readonly namedQueries: readonly string[];
  query(request: MetricsRequest): Promise<MetricSeries[]>;
  close(): Promise<void>;
}

/** Raised for a query the backend refuses (bad syntax, unknown name): BAD_USER_INPUT on `query`. */
export class InvalidQueryError extends Error {
  override name = 'InvalidQueryError';
}

/** Raised when the backend cannot be reached or failed: BACKEND_UNAVAILABLE for the fields it serves. */
export class BackendError extends Error {
  override name = 'BackendError';
  readonly adapter: string;
  readonly retryable: boolean;
  constructor(adapter: string, message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.adapter = adapter;
    this.retryable = options.retryable;
  }
}
