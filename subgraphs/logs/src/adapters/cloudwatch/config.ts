import { z } from 'zod';
import { httpUrlOption } from '../common.ts';
import { usesKnownPlaceholders } from '../scoping/templates.ts';

/**
 * Options of the `cloudwatch` logs adapter: CloudWatch Logs' `FilterLogEvents` for pages and
 * `StartLiveTail` for live tails, through the AWS SDK (credentials from its default chain:
 * environment, shared files, the instance or task role).
 *
 * ```yaml
 * subgraphs:
 *   logs:
 *     adapter:
 *       kind: cloudwatch
 *       region: eu-west-1
 *       logGroup: /pave/{namespace}/{componentName}/{environment}   # one group per environment
 * ```
 */
export const cloudwatchOptionsSchema = z.strictObject({
  kind: z.literal('cloudwatch', { error: '"cloudwatch"' }),
  region: z.string({ error: 'an AWS region such as eu-west-1' }).regex(/^[a-z]{2}(-[a-z]+)+-\d$/, {
    error: 'an AWS region such as eu-west-1',
  }),
  /** Another endpoint than AWS's (a VPC endpoint, a test double). */
  endpoint: httpUrlOption().optional(),
  logGroup: z
    .string({ error: 'a log group name template' })
    .refine(
      (value) =>
        usesKnownPlaceholders(value) &&
        value.endsWith('{environment}') &&
        value.split('{environment}').length === 2,
      {
        error:
          'a log group name template ending with {environment}, e.g. /pave/{componentName}/{environment}',
      },
    )
    .default('/pave/{namespace}/{componentName}/{environment}'),
  /** How far back a query without `since` looks. */
  lookbackHours: z
    .number({ error: 'a number of hours' })
    .positive()
    .max(24 * 365)
    .default(24 * 14),
  timeoutMs: z.int({ error: 'milliseconds' }).min(100).max(120_000).default(10_000),
});

export type CloudwatchOptions = z.output<typeof cloudwatchOptionsSchema>;
