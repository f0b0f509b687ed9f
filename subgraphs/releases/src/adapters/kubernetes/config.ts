import { z } from 'zod';
import { commonOptions } from '../common.ts';

/**
 * Options of the `kubernetes` releases adapter: a release rolls a Deployment out to a new image,
 * with the environment's variables in a Secret the Deployment reads with `envFrom`.
 *
 * ```yaml
 * subgraphs:
 *   releases:
 *     adapter: { kind: kubernetes, context: prod-eu, namespace: "{component}-{environment}" }
 * ```
 *
 * `namespace` must name the same namespaces as the kubernetes environments adapter.
 */
export const kubernetesOptionsSchema = z.strictObject({
  kind: z.literal('kubernetes', { error: '"kubernetes"' }),
  kubeconfig: z.string({ error: 'a path to a kubeconfig file' }).min(1).optional(),
  context: z.string({ error: 'a kubeconfig context name' }).min(1).optional(),
  /** `{component}`, `{namespace}` (the component's) and `{environment}` are filled in. */
  namespace: z.string({ error: 'a namespace name template' }).min(1).default('{component}-{environment}'),
  deployment: z.string({ error: 'a Deployment name template' }).min(1).default('{component}'),
  /** The container whose image a release sets; default the first. */
  container: z.string({ error: 'a container name' }).min(1).optional(),
  /** The Secret holding the environment's variables. */
  configSecret: z.string({ error: 'a Secret name template' }).min(1).default('{component}-config'),
  timeoutSeconds: z.number({ error: 'seconds, from 1 to 3600' }).min(1).max(3600).default(600),
  pollIntervalMs: z.int({ error: 'milliseconds, from 50 to 60000' }).min(50).max(60_000).default(2_000),
  ...commonOptions,
});

export type KubernetesOptions = z.output<typeof kubernetesOptionsSchema>;
