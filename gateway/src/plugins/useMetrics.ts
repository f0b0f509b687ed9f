import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { createRequestInfoTracker } from './requestInfo.ts';

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Prometheus metrics for requests through the gateway and the subgraph calls they make. */
export function useMetrics(
  registry: Registry,
  requests: ReturnType<typeof createRequestInfoTracker>,
): GatewayPlugin {
  const requestCount = new Counter({
    name: 'pave_gateway_requests_total',
    help: 'GraphQL requests served by the gateway',
    labelNames: ['operation', 'status'],
    registers: [registry],
  });
  const requestDuration = new Histogram({
    name: 'pave_gateway_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response',
    labelNames: ['operation'],
    buckets: BUCKETS,
    registers: [registry],
  });
  const subgraphDuration = new Histogram({
    name: 'pave_gateway_subgraph_request_duration_seconds',
    help: 'Time the gateway waited for each subgraph call',
    labelNames: ['subgraph', 'outcome'],
    buckets: BUCKETS,
    registers: [registry],
  });
  return {
    onResponse({ request, response }) {
      if (!requests.isGraphQL(request)) return;
      const info = requests.of(request);
      const operation = info.operationName ?? 'anonymous';
      requestCount.inc({ operation, status: String(response.status) });
      requestDuration.observe({ operation }, (performance.now() - info.start) / 1000);
    },
    onSubgraphExecute({ subgraphName }) {
      const start = performance.now();
      return ({ result }) => {
        const failed = 'errors' in result && (result.errors?.length ?? 0) > 0;
        subgraphDuration.observe(
          { subgraph: subgraphName, outcome: failed ? 'error' : 'ok' },
          (performance.now() - start) / 1000,
        );
      };
    },
  };
}
