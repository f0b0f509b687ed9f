import { z } from 'zod';

/**
 * Options of the `backstage` catalog adapter: an existing Backstage catalog read over its REST API,
 * e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   catalog:
 *     adapter: { kind: backstage, baseUrl: https://backstage.example.com } # token from BACKSTAGE_TOKEN
 * ```
 */
export const backstageOptionsSchema = z.strictObject({
  kind: z.literal('backstage', { error: '"backstage"' }),
  /** The Backstage backend; the catalog is at `<baseUrl>/api/catalog`. */
  baseUrl: z.url({ error: 'an http(s) URL', protocol: /^https?$/ }),
  /**
   * A service token for reading the catalog (Backstage's static external access token, say).
   * Default: the BACKSTAGE_TOKEN environment variable. Without one, requests go unauthenticated.
   */
  token: z.string({ error: 'a token' }).min(1, { error: 'a token' }).optional(),
  /**
   * Backstage filters (`kind=component,spec.lifecycle=production`): within one, conditions must all
   * hold; an entity matching any of them is read. Default: every entity.
   */
  filter: z
    .array(
      z
        .string({ error: 'a filter' })
        .regex(/^[^=,]+(=[^,]*)?(,[^=,]+(=[^,]*)?)*$/, { error: 'key=value conditions separated by commas' }),
      {
        error: 'a list of filters',
      },
    )
    .optional(),
  /**
   * The `iss` of this Backstage's user tokens: a Pave caller who signed in with one (see the
   * gateway's `auth.jwt` and its `passTokenTo: [catalog]`) reads entities with it, as themselves.
   * Default: `<baseUrl>/api/auth`, where Backstage's auth backend issues them.
   */
  userTokenIssuer: z.url({ error: 'an http(s) URL', protocol: /^https?$/ }).optional(),
  /** Entities per page. */
  pageSize: z
    .number({ error: 'a number' })
    .int({ error: 'a whole number' })
    .min(1, { error: 'from 1 to 10000' })
    .max(10_000, { error: 'from 1 to 10000' })
    .default(500),
  /** Re-read the catalog periodically. */
  watch: z.boolean({ error: 'true or false' }).default(true),
  pollIntervalMs: z
    .number({ error: 'a number of milliseconds' })
    .int({ error: 'a whole number of milliseconds' })
    .min(100, { error: 'at least 100 milliseconds' })
    .default(300_000),
  /** Longest one request may take. */
  timeoutMs: z
    .number({ error: 'a number of milliseconds' })
    .int({ error: 'a whole number of milliseconds' })
    .min(100, { error: 'at least 100 milliseconds' })
    .default(30_000),
});

export type BackstageOptions = z.output<typeof backstageOptionsSchema>;
export type BackstageOptionsInput = z.input<typeof backstageOptionsSchema>;
