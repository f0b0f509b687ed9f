import { z } from 'zod';
import { commonOptions } from '../common.ts';

/**
 * Options of the `kubernetes` environments adapter: every environment is a namespace.
 *
 * ```yaml
 * subgraphs:
 *   environments:
 *     adapter:
 *       kind: kubernetes
 *       context: prod-eu            # from the kubeconfig ($KUBECONFIG, ~/.kube/config or in-cluster)
 *       namespace: "{component}-{environment}"
 *       url: "https://{environment}.{component}.apps.acme.example"
 * ```
 */
export const kubernetesOptionsSchema = z.strictObject({
  kind: z.literal('kubernetes', { error: '"kubernetes"' }),
  /** A kubeconfig file; default: $KUBECONFIG, ~/.kube/config, else the in-cluster service account. */
  kubeconfig: z.string({ error: 'a path to a kubeconfig file' }).min(1).optional(),
  /** A context of the kubeconfig; default its current context. */
  context: z.string({ error: 'a kubeconfig context name' }).min(1).optional(),
  /** Each environment's namespace; `{component}`, `{namespace}` (the component's) and `{environment}` are filled in. */
  namespace: z
    .string({ error: 'a namespace name template using {environment}' })
    .regex(/\{environment\}/, { error: 'a namespace name template using {environment}' })
    .default('{component}-{environment}'),
  /** Where an environment serves, when the cluster's ingress follows a pattern; the same placeholders. */
  url: z.string({ error: 'a URL template' }).min(1).optional(),
  ...commonOptions,
});

export type KubernetesOptions = z.output<typeof kubernetesOptionsSchema>;
