import { z } from 'zod';
import { httpUrlOption } from '../common.ts';
import { usesKnownPlaceholders } from '../scoping/templates.ts';

const template = (expected: string) =>
  z
    .string({ error: expected })
    .min(1)
    .refine(usesKnownPlaceholders, {
      error: `${expected} using only {componentRef}, {componentName}, {namespace}, {environment} and {environmentId}`,
    });

/**
 * Options of the `kubernetes` logs adapter: the logs of a component's pods, read and followed
 * through the Kubernetes API (`pods/log`).
 *
 * ```yaml
 * subgraphs:
 *   logs:
 *     adapter:
 *       kind: kubernetes
 *       apiServer: https://kubernetes.default.svc
 *       tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token
 *       caFile: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
 *       namespace: "{namespace}"                  # where the component's pods run
 *       selector: app.kubernetes.io/name={componentName}
 *       environmentLabel: pave.dev/environment   # which environment a pod belongs to
 * ```
 */
export const kubernetesOptionsSchema = z.strictObject({
  kind: z.literal('kubernetes', { error: '"kubernetes"' }),
  apiServer: httpUrlOption('the API server URL, e.g. https://kubernetes.default.svc'),
  token: z.string({ error: 'a bearer token' }).min(1).optional(),
  tokenFile: z.string({ error: 'a file path' }).min(1).optional(),
  caFile: z.string({ error: 'a file path' }).min(1).optional(),
  namespace: template('a namespace').default('{namespace}'),
  selector: template('a label selector').default('app.kubernetes.io/name={componentName}'),
  environmentLabel: z.string({ error: 'a label key' }).min(1).default('pave.dev/environment'),
  /** Lines read from each container at most when paging (the kubelet keeps only recent logs anyway). */
  maxLinesPerContainer: z.int({ error: 'a number of lines' }).min(100).max(100_000).default(5000),
  /** How often a live tail looks for new pods (a rollout, a restart). */
  relistSeconds: z.int({ error: 'seconds' }).min(1).max(300).default(5),
  timeoutMs: z.int({ error: 'milliseconds' }).min(100).max(120_000).default(10_000),
});

export type KubernetesOptions = z.output<typeof kubernetesOptionsSchema>;
