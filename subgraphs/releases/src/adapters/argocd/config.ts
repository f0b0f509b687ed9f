import { z } from 'zod';
import { commonOptions } from '../common.ts';

/**
 * Options of the `argocd` releases adapter, e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   releases:
 *     adapter:
 *       kind: argocd
 *       url: https://argocd.acme.example
 *       application: "{component}-{environment}"
 * ```
 *
 * The token comes from `token`, else the ARGOCD_AUTH_TOKEN environment variable (as the argocd CLI reads it).
 */
export const argocdOptionsSchema = z.strictObject({
  kind: z.literal('argocd', { error: '"argocd"' }),
  url: z.url({ protocol: /^https?$/, error: 'the http(s) URL of the Argo CD server' }),
  token: z.string({ error: 'an Argo CD API token' }).min(1).optional(),
  /** The Argo CD application of each environment; `{component}`, `{namespace}` and `{environment}` are filled in. */
  application: z
    .string({ error: 'an application name template using {environment}' })
    .regex(/\{environment\}/, { error: 'an application name template using {environment}' })
    .default('{component}-{environment}'),
  /** The namespace Argo CD keeps the applications in, when not its own (apps in any namespace). */
  appNamespace: z.string({ error: 'a namespace' }).min(1).optional(),
  /** How long a sync may take to finish with a healthy application. */
  timeoutSeconds: z.number({ error: 'seconds, from 1 to 3600' }).min(1).max(3600).default(600),
  pollIntervalMs: z.int({ error: 'milliseconds, from 50 to 60000' }).min(50).max(60_000).default(2_000),
  ...commonOptions,
});

export type ArgocdOptions = z.output<typeof argocdOptionsSchema>;
