import { z } from 'zod';

/**
 * Options of the `local` logs adapter: lines the local runtime publishes as `runtime.log` events,
 * kept in the Pave store. In pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   logs:
 *     adapter:
 *       kind: local
 *       retention: { maxAgeHours: 168, maxBytesPerEnvironment: 67108864 }
 * ```
 */
export const localOptionsSchema = z.strictObject({
  kind: z.literal('local', { error: '"local"' }),
  retention: z
    .strictObject({
      /** Lines received longer ago than this are deleted. */
      maxAgeHours: z
        .number({ error: 'a number of hours' })
        .positive({ error: 'a positive number of hours' })
        .default(168),
      /** Each environment keeps its newest lines up to this much text; older lines go first. */
      maxBytesPerEnvironment: z
        .int({ error: 'a number of bytes' })
        .min(1024, { error: 'at least 1024 bytes' })
        .default(64 * 1024 * 1024),
      /** How often retention runs. */
      intervalSeconds: z
        .int({ error: 'a number of seconds' })
        .min(1, { error: 'at least 1 second' })
        .default(60),
    })
    .prefault({}),
});

export type LocalOptions = z.output<typeof localOptionsSchema>;
