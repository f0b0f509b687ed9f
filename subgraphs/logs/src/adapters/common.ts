import { z } from 'zod';

/**
 * Options of the logs capability whatever its adapter, beside `kind` in
 * `subgraphs.logs.adapter`:
 *
 * ```yaml
 * subgraphs:
 *   logs:
 *     adapter:
 *       kind: loki
 *       url: http://loki:3100
 *       tail: { bufferLines: 5000 }
 *       metrics: { kind: prometheus, url: http://prometheus:9090 }
 * ```
 */
export const commonOptionsSchema = z.looseObject({
  tail: z
    .strictObject({
      /** Lines held for a live-tail client that reads slowly; beyond, its oldest lines are dropped. */
      bufferLines: z.int({ error: 'a number of lines' }).min(10).max(1_000_000).default(5000),
      /** Characters of line text held for one client, likewise. */
      bufferChars: z
        .int({ error: 'a number of characters' })
        .min(65_536)
        .default(2 * 1024 * 1024),
      /** Lines in one subscription event at most. */
      batchLines: z.int({ error: 'a number of lines' }).min(1).max(10_000).default(1000),
    })
    .prefault({}),
  secrets: z
    .strictObject({
      /** How often a cached environment's secrets are checked for a new version, besides `config.changed`. */
      recheckSeconds: z.int({ error: 'a number of seconds' }).min(1).max(3600).default(30),
    })
    .prefault({}),
  /** The metrics backend (`local` or `prometheus`); by default `local` with the local logs adapter, none otherwise. */
  metrics: z.looseObject({ kind: z.string({ error: 'a metrics adapter kind' }) }).optional(),
});

export type CommonOptions = z.output<typeof commonOptionsSchema>;

/** The keys above, taken off before an adapter validates the rest strictly. */
export const COMMON_KEYS = ['tail', 'secrets', 'metrics'] as const;

/** An http(s) URL option, e.g. a backend's address. */
export function httpUrlOption(expected = 'an http:// or https:// URL') {
  return z.string({ error: expected }).refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
      } catch {
        return false;
      }
    },
    { error: expected },
  );
}
