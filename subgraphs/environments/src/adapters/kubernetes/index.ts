/**
 * The `kubernetes` environments adapter: each environment is a namespace, labelled with the
 * component and environment it is (and, for a preview, annotated with when it expires); tearing an
 * environment down deletes its namespace and Kubernetes removes everything that ran in it.
 */
import path from 'node:path';
import { ApiException, AppsV1Api, CoreV1Api, KubeConfig, type V1Namespace } from '@kubernetes/client-node';
import type { EnvironmentsBackend } from '../../port.ts';
import type { EnvironmentRow } from '../../store/rows.ts';
import type { EnvironmentsAdapterContext } from '../registry.ts';
import type { KubernetesOptions } from './config.ts';
import { fillTemplate, labelValue, namespaceFor } from './names.ts';
import { namespaceStatus } from './status.ts';

export { kubernetesOptionsSchema as optionsSchema } from './config.ts';

const MANAGED_BY = 'app.kubernetes.io/managed-by';
const ENVIRONMENT_ID = 'pave.dev/environment-id';

export async function createBackend(
  options: KubernetesOptions,
  ctx: EnvironmentsAdapterContext,
): Promise<EnvironmentsBackend> {
  const config = new KubeConfig();
  if (options.kubeconfig) config.loadFromFile(path.resolve(ctx.baseDir, options.kubeconfig));
  else config.loadFromDefault();
  if (options.context) config.setCurrentContext(options.context);
  return createKubernetesBackend(options, config);
}

/** The backend over a loaded kubeconfig (tests give one pointing at their API double). */
export function createKubernetesBackend(options: KubernetesOptions, config: KubeConfig): EnvironmentsBackend {
  const core = config.makeApiClient(CoreV1Api);
  const apps = config.makeApiClient(AppsV1Api);
  const namespaceOf = (environment: EnvironmentRow) => namespaceFor(options.namespace, environment.id);

  const readNamespace = async (name: string): Promise<V1Namespace | undefined> => {
    try {
      return await core.readNamespace({ name });
    } catch (error) {
      if (statusCode(error) === 404) return undefined;
      throw kubernetesError(error, `read namespace ${name}`);
    }
  };

  return {
    kind: 'kubernetes',

    async provision(environment) {
      const name = namespaceOf(environment);
      const [componentKind = '', componentName = ''] = environment.component_ref.split('/');
      const body: V1Namespace = {
        metadata: {
          name,
          labels: {
            [MANAGED_BY]: 'pave',
            'pave.dev/component': labelValue(componentName),
            'pave.dev/component-namespace': labelValue(componentKind.slice(componentKind.indexOf(':') + 1)),
            'pave.dev/environment': environment.name,
            'pave.dev/type': environment.type,
          },
          annotations: {
            [ENVIRONMENT_ID]: environment.id,
            ...(environment.expires_at
              ? { 'pave.dev/expires-at': environment.expires_at.toISOString() }
              : {}),
            ...(environment.branch ? { 'pave.dev/branch': environment.branch } : {}),
          },
        },
      };
      try {
        await core.createNamespace({ body });
      } catch (error) {
        if (statusCode(error) !== 409) throw kubernetesError(error, `create namespace ${name}`);
        const existing = await readNamespace(name);
        if (existing?.metadata?.annotations?.[ENVIRONMENT_ID] !== environment.id) {
          throw new Error(`The namespace ${name} exists and is not Pave's environment ${environment.id}.`);
        }
      }
      return { url: options.url ? fillTemplate(options.url, environment.id) : null };
    },

    async status(environments) {
      // One call for every namespace Pave manages, then each namespace's Deployments side by side.
      const list = await core
        .listNamespace({ labelSelector: `${MANAGED_BY}=pave` })
        .catch((error) => Promise.reject(kubernetesError(error, 'list namespaces')));
      const byName = new Map(list.items.map((ns) => [ns.metadata?.name ?? '', ns]));
      return Promise.all(
        environments.map(async (environment) => {
          const name = namespaceOf(environment);
          const namespace = byName.get(name);
          if (!namespace) return namespaceStatus(undefined, []);
          const deployments = await apps
            .listNamespacedDeployment({ namespace: name })
            .catch((error) => Promise.reject(kubernetesError(error, `list deployments in ${name}`)));
          return namespaceStatus(namespace, deployments.items);
        }),
      );
    },

    async teardown(environment) {
      const name = namespaceOf(environment);
      try {
        await core.deleteNamespace({ name, propagationPolicy: 'Foreground' });
        return [{ step: 'namespace', ok: true, detail: `deleted namespace ${name} and everything in it` }];
      } catch (error) {
        if (statusCode(error) === 404)
          return [{ step: 'namespace', ok: true, detail: `namespace ${name} was already gone` }];
        return [
          {
            step: 'namespace',
            ok: false,
            detail: kubernetesError(error, `delete namespace ${name}`).message,
          },
        ];
      }
    },

    close: async () => {},
  };
}

function statusCode(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

/** The API server's own message (its Status object) rather than the client's dump of headers. */
function kubernetesError(error: unknown, action: string): Error {
  if (!(error instanceof ApiException))
    return new Error(`Kubernetes: could not ${action}: ${(error as Error).message}`);
  let body: unknown = error.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      // keep the text
    }
  }
  const message =
    (body as { message?: string } | undefined)?.message ?? (typeof body === 'string' ? body : '');
  return new Error(`Kubernetes answered ${error.code} to "${action}"${message ? `: ${message}` : ''}`);
}
