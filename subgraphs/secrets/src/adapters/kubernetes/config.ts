import { z } from 'zod';

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Options of the `kubernetes` adapter: each environment's variables as a Secret in one namespace,
 * ready for pods to mount with `envFrom`, e.g.:
 *
 * ```yaml
 * environments:
 *   production: { kind: kubernetes, namespace: apps }        # in a pod: its service account
 *   staging: { kind: kubernetes, kubeconfig: ~/.kube/config, context: staging }
 * ```
 *
 * The cluster is `server` + `token` when given, else the `kubeconfig` file, else the default
 * (KUBECONFIG, ~/.kube/config, or the pod's service account).
 */
export const kubernetesOptionsSchema = z.strictObject({
  kind: z.literal('kubernetes', { error: '"kubernetes"' }),
  namespace: z
    .string({ error: 'a namespace name' })
    .regex(DNS_LABEL, { error: 'a namespace name' })
    .default('default'),
  server: z
    .string({ error: 'the API server URL, e.g. https://kubernetes.default.svc' })
    .regex(/^https?:\/\/[^/\s]+/, { error: 'the API server URL, e.g. https://kubernetes.default.svc' })
    .optional(),
  token: z.string({ error: 'a bearer token' }).min(1).optional(),
  /** Also what lets a plain http:// server be used (the client refuses http otherwise). */
  insecureSkipTlsVerify: z.boolean({ error: 'true or false' }).default(false),
  kubeconfig: z.string({ error: 'a kubeconfig file path' }).min(1).optional(),
  context: z.string({ error: 'a kubeconfig context name' }).min(1).optional(),
  /** Secret names start with it: `<prefix>-<component>-<environment>-<hash>`. */
  namePrefix: z
    .string({ error: 'a DNS label such as pave' })
    .regex(DNS_LABEL, { error: 'a DNS label such as pave' })
    .default('pave'),
  /** Versions kept (the live Secret and immutable copies of earlier ones). */
  keepVersions: z.int({ error: 'an integer from 1 to 100' }).min(1).max(100).default(10),
});

export type KubernetesOptions = z.output<typeof kubernetesOptionsSchema>;
