import { z } from 'zod';
import { commonOptions } from '../common.ts';

const seconds = (min: number, max: number) =>
  z
    .number({ error: `seconds, from ${min} to ${max}` })
    .min(min)
    .max(max);

/**
 * Options of the `local` releases adapter, e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   releases:
 *     adapter: { kind: local, buildTimeoutSeconds: 600, stopGraceSeconds: 10 }
 * ```
 */
export const localOptionsSchema = z.strictObject({
  kind: z.literal('local', { error: '"local"' }),
  /** A build still running after this long is stopped and its release fails. */
  buildTimeoutSeconds: seconds(1, 24 * 3600).default(600),
  /** How long an app being replaced may take to exit after SIGTERM before it is killed. */
  stopGraceSeconds: seconds(0, 600).default(10),
  /** The first wait before restarting a crashed app; it doubles up to `maxRestartDelaySeconds`. */
  restartDelaySeconds: seconds(0.05, 600).default(1),
  maxRestartDelaySeconds: seconds(0.05, 3600).default(60),
  ...commonOptions,
});

export type LocalOptions = z.output<typeof localOptionsSchema>;
