import { z } from 'zod';
import { httpUrlOption } from '../common.ts';
import { usesKnownPlaceholders } from '../scoping/templates.ts';

const matchers = z
  .string({ error: 'stream label matchers such as app="{componentName}"' })
  .min(1)
  .refine(usesKnownPlaceholders, {
    error:
      'matchers using only {componentRef}, {componentName}, {namespace}, {environment} and {environmentId}',
  });
const label = z
  .string({ error: 'a label name' })
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, { error: 'a label name' });

/**
 * Options of the `loki` logs adapter (Grafana Loki's HTTP API: query_range and the tail WebSocket):
 *
 * ```yaml
 * subgraphs:
 *   logs:
 *     adapter:
 *       kind: loki
 *       url: http://loki:3100
 *       tenant: acme            # X-Scope-OrgID, for a multi-tenant Loki
 *       selectors:
 *         component: app="{componentName}"
 *         environment: app="{componentName}",namespace="{environment}"
 *       labels: { environment: namespace, level: level }
 * ```
 */
export const lokiOptionsSchema = z.strictObject({
  kind: z.literal('loki', { error: '"loki"' }),
  url: httpUrlOption(),
  tenant: z.string({ error: 'a tenant id' }).min(1).optional(),
  bearerToken: z.string({ error: 'a token' }).min(1).optional(),
  selectors: z
    .strictObject({
      component: matchers.default('pave_component="{componentRef}"'),
      environment: matchers.default('pave_component="{componentRef}",pave_environment="{environment}"'),
    })
    .prefault({}),
  labels: z
    .strictObject({
      /** The label that names a stream's environment (how a component's lines are told apart). */
      environment: label.default('pave_environment'),
      /** The label (or structured metadata) holding a line's level. */
      level: label.default('level'),
      /** The label holding `process`, `release` or `platform`; lines without it are `process`. */
      source: label.optional(),
    })
    .prefault({}),
  /** How far back a query without `since` looks (Loki's max_query_length is 721h by default). */
  lookbackHours: z
    .number({ error: 'a number of hours' })
    .positive()
    .max(24 * 365)
    .default(720),
  timeoutMs: z.int({ error: 'milliseconds' }).min(100).max(120_000).default(10_000),
});

export type LokiOptions = z.output<typeof lokiOptionsSchema>;
