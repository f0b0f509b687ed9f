import { z } from 'zod';

/**
 * Options of the `aws-secrets-manager` adapter, e.g.:
 *
 * ```yaml
 * environments:
 *   production: { kind: aws-secrets-manager, region: eu-west-1, prefix: pave }
 * ```
 *
 * Credentials come from the AWS SDK's default chain (environment, shared config, instance or pod
 * role) unless `accessKeyId` and `secretAccessKey` are given. Each environment is one secret named
 * `<prefix>/<kind>/<namespace>/<name>/<environment>` whose SecretString is a JSON object of the
 * variables plus a `pave.meta` entry; a secret holds at most 64 KiB, all variables together.
 */
export const awsOptionsSchema = z
  .strictObject({
    kind: z.literal('aws-secrets-manager', { error: '"aws-secrets-manager"' }),
    region: z.string({ error: 'an AWS region such as eu-west-1' }).regex(/^[a-z]{2}(-[a-z]+)+-\d$/, {
      error: 'an AWS region such as eu-west-1',
    }),
    /** Another endpoint (a VPC endpoint, or a local stand-in). */
    endpoint: z
      .string({ error: 'an http:// or https:// URL' })
      .regex(/^https?:\/\/[^/\s]+/, { error: 'an http:// or https:// URL' })
      .optional(),
    accessKeyId: z.string({ error: 'an access key id' }).min(1).optional(),
    secretAccessKey: z.string({ error: 'a secret access key' }).min(1).optional(),
    prefix: z
      .string({ error: 'a path such as pave' })
      .regex(/^[A-Za-z0-9_+=.@-]+(\/[A-Za-z0-9_+=.@-]+)*$/, { error: 'a path such as pave' })
      .default('pave'),
    /** KMS key the secrets are encrypted with (default: the account's aws/secretsmanager key). */
    kmsKeyId: z.string({ error: 'a KMS key id or ARN' }).min(1).optional(),
    /** Days a deleted environment's secret can be restored in; 0 deletes it at once. */
    recoveryWindowInDays: z
      .int({ error: '0, or a number of days from 7 to 30' })
      .refine((days) => days === 0 || (days >= 7 && days <= 30), {
        error: '0, or a number of days from 7 to 30',
      })
      .default(7),
    /** Attempts per call, the SDK backing off between them (throttling, 5xx). */
    maxAttempts: z.int({ error: 'an integer from 1 to 10' }).min(1).max(10).default(3),
  })
  .refine((options) => (options.accessKeyId === undefined) === (options.secretAccessKey === undefined), {
    error: 'accessKeyId and secretAccessKey together, or neither',
    path: ['accessKeyId'],
  });

export type AwsOptions = z.output<typeof awsOptionsSchema>;
