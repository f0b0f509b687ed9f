import type { SubgraphContext } from '@pave/subgraph-kit';
import type { LogLine, LogPage, LogPageRequest, LogsBackend, MetricsBackend } from '../port.ts';
import type { TailBufferOptions } from '../tail/tailBuffer.ts';

/** What the logs subgraph shares across requests. */
export interface LogsServices {
  /** The configured backend, wrapped so that every line it serves is masked. */
  logs: LogsBackend;
  metrics: MetricsBackend | undefined;
  tail: Omit<TailBufferOptions, 'startAfter'>;
}

export type LogsContext = SubgraphContext<LogsServices>;

export interface EnvironmentParent {
  id: string;
}

export interface ComponentParent {
  ref: string;
}

export interface LogConnectionParent {
  page: LogPage;
  request: LogPageRequest;
}

export interface LogEdgeParent {
  cursor: string;
  node: LogLine;
}

/** The port's types under names that do not clash with the generated GraphQL types (codegen mappers). */
export type LogLineModel = LogLine;
export type { MetricPoint as MetricPointModel, MetricSeries as MetricSeriesModel } from '../port.ts';
