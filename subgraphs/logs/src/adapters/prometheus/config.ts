import { z } from 'zod';
import { httpUrlOption } from '../common.ts';
import { usesKnownPlaceholders } from '../scoping/templates.ts';

const template = z
  .string({ error: 'label matchers such as pave_component="{componentRef}"' })
  .min(1)
  .refine(usesKnownPlaceholders, {
    error:
      'matchers using only {componentRef}, {componentName}, {namespace}, {environment} and {environmentId}',
  });

/**
 * Options of the `prometheus` metrics adapter:
 *
 * ```yaml
 * subgraphs:
 *   logs:
 *     adapter:
 *       kind: local
 *       metrics:
 *         kind: prometheus
 *         url: http://prometheus:9090
 *         selectors:  # the label matchers every query is scoped with
 *           component: app="{componentName}"
 *           environment: app="{componentName}",namespace="{environment}"
 *         queries: { cpu: sum(rate(container_cpu_usage_seconds_total[5m])) }
 * ```
 */
export const prometheusOptionsSchema = z.strictObject({
  kind: z.literal('prometheus', { error: '"prometheus"' }),
  url: httpUrlOption(),
  selectors: z
    .strictObject({
      component: template.default('pave_component="{componentRef}"'),
      environment: template.default('pave_component="{componentRef}",pave_environment="{environment}"'),
    })
    .prefault({}),
  /** Named queries, added to (or replacing) cpu, memory and requests. */
  queries: z
    .record(z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: 'a lower-case query name' }), z.string().min(1))
    .default({}),
  /** Sent as `Authorization: Bearer …` when the server needs it. */
  bearerToken: z.string({ error: 'a token' }).min(1).optional(),
  timeoutMs: z.int({ error: 'milliseconds' }).min(100).max(120_000).default(10_000),
});

export type PrometheusOptions = z.output<typeof prometheusOptionsSchema>;

export const DEFAULT_QUERIES: Record<string, string> = {
  cpu: 'sum(rate(process_cpu_seconds_total[5m]))',
  memory: 'sum(process_resident_memory_bytes)',
  requests: 'sum(rate(http_requests_total[5m]))',
};
