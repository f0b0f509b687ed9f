import { backendUnavailable } from '@pave/subgraph-kit';
import type { InputMaybe, MetricRange, MetricSeriesResolvers } from '../__generated__/resolvers-types.ts';
import type { LogScope, MetricSeries } from '../port.ts';
import { assertMayRead } from './access.ts';
import type { LogsContext } from './context.ts';
import { clientErrors } from './errors.ts';
import { metricQueryArg, metricWindowArgs } from './input.ts';

interface MetricsArgs {
  query: string;
  range?: InputMaybe<MetricRange>;
  step?: number | null;
}

/** `metrics(query, range, step)` for an environment or a component. */
export async function resolveMetrics(
  scope: LogScope,
  componentRef: string,
  args: MetricsArgs,
  ctx: LogsContext,
): Promise<MetricSeries[]> {
  const query = metricQueryArg(args.query);
  const window = metricWindowArgs(args.range, args.step);
  await assertMayRead(ctx, componentRef);
  const backend = ctx.services.metrics;
  if (!backend) {
    throw backendUnavailable(
      'No metrics backend is configured: set subgraphs.logs.adapter.metrics in pave.yaml.',
      {
        adapter: 'metrics',
        retryable: false,
      },
    );
  }
  return clientErrors(backend.kind, () => backend.query({ scope, query, ...window }));
}

export const MetricSeriesType = {
  labels: (series) =>
    Object.entries(series.labels)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => ({ name, value })),
} satisfies MetricSeriesResolvers;
