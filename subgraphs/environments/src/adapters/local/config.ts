import { z } from 'zod';
import { commonOptions } from '../common.ts';

/**
 * Options of the `local` environments adapter, e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   environments:
 *     adapter: { kind: local, host: 127.0.0.1 }
 * ```
 */
export const localOptionsSchema = z.strictObject({
  kind: z.literal('local', { error: '"local"' }),
  /** The interface environments' addresses listen on; 0.0.0.0 makes them reachable from other machines. */
  host: z.string({ error: 'an IP address to listen on' }).min(1).default('127.0.0.1'),
  ...commonOptions,
});

export type LocalOptions = z.output<typeof localOptionsSchema>;
