import {
  BackendError,
  InvalidQueryError,
  type MetricSeries,
  type MetricsBackend,
  type MetricsRequest,
} from '../../port.ts';
import { escapeQuoted, fillTemplate, scopeNames } from '../scoping/templates.ts';
import { DEFAULT_QUERIES, type PrometheusOptions, prometheusOptionsSchema } from './config.ts';
import { PromqlSyntaxError, scopePromql } from './promql.ts';

export const optionsSchema = prometheusOptionsSchema;

interface QueryRangeBody {
  status: 'success' | 'error';
  errorType?: string;
  error?: string;
  data?: {
    resultType: string;
    result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }>;
  };
}

/**
 * Metrics from Prometheus's HTTP API (`/api/v1/query_range`). Every query, named or written by
 * the caller, is scoped to the component or environment by label matchers (see promql.ts).
 */
export function createMetricsBackend(options: PrometheusOptions): MetricsBackend {
  const queries = { ...DEFAULT_QUERIES, ...options.queries };
  const base = options.url.replace(/\/$/, '');

  function scoped(request: MetricsRequest): string {
    const names = scopeNames(request.scope);
    const matchers = fillTemplate(
      names.environment !== undefined ? options.selectors.environment : options.selectors.component,
      names,
      escapeQuoted,
    );
    try {
      return scopePromql(queries[request.query.trim()] ?? request.query, matchers);
    } catch (error) {
      if (error instanceof PromqlSyntaxError) throw new InvalidQueryError(error.message);
      throw error;
    }
  }

  return {
    kind: 'prometheus',
    namedQueries: Object.keys(queries),
    async query(request): Promise<MetricSeries[]> {
      const body = new URLSearchParams({
        query: scoped(request),
        start: String(request.start.getTime() / 1000),
        end: String(request.end.getTime() / 1000),
        step: String(request.stepSeconds),
      });
      let response: Response;
      let parsed: QueryRangeBody;
      try {
        response = await fetch(`${base}/api/v1/query_range`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            ...(options.bearerToken ? { authorization: `Bearer ${options.bearerToken}` } : {}),
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        parsed = (await response.json()) as QueryRangeBody;
      } catch (error) {
        throw new BackendError('prometheus', `Prometheus did not answer: ${(error as Error).message}`, {
          retryable: true,
          cause: error,
        });
      }
      if (parsed.status !== 'success' || !parsed.data) {
        // 400 bad_data: the query itself; 422 execution, 503 timeout/canceled: Prometheus's trouble.
        if (response.status === 400 || parsed.errorType === 'bad_data') {
          throw new InvalidQueryError(parsed.error ?? 'Prometheus refused the query');
        }
        throw new BackendError(
          'prometheus',
          `Prometheus failed (${response.status}): ${parsed.error ?? 'no reason given'}`,
          {
            retryable: response.status >= 500 || response.status === 429,
          },
        );
      }
      if (parsed.data.resultType !== 'matrix') {
        throw new InvalidQueryError(`expected a range vector result, got a ${parsed.data.resultType}`);
      }
      return parsed.data.result.map((series) => ({
        labels: series.metric,
        points: series.values.map(([time, value]) => {
          const number = Number(value);
          return { time: new Date(time * 1000), value: Number.isFinite(number) ? number : null };
        }),
      }));
    },
    close: async () => {},
  };
}
