/**
 * The `kubernetes` releases adapter: a release sets the image of the environment's Deployment
 * (replaced with its resourceVersion, so a concurrent change is a CONFLICT), puts the variables in
 * the Secret it reads with `envFrom`, and succeeds once the rollout is complete.
 */
import path from 'node:path';
import { ApiException, AppsV1Api, CoreV1Api, KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import { conflict, parseEnvironmentId } from '@pave/subgraph-kit';
import type { ApplyRequest, ReleasesBackend } from '../../port.ts';
import { artifactFor } from '../gitops/artifact.ts';
import type { ReleasesAdapterContext } from '../registry.ts';
import type { KubernetesOptions } from './config.ts';
import { rolloutState } from './rollout.ts';

export { kubernetesOptionsSchema as optionsSchema } from './config.ts';

export async function createBackend(
  options: KubernetesOptions,
  ctx: ReleasesAdapterContext,
): Promise<ReleasesBackend> {
  const config = new KubeConfig();
  if (options.kubeconfig) config.loadFromFile(path.resolve(ctx.baseDir, options.kubeconfig));
  else config.loadFromDefault();
  if (options.context) config.setCurrentContext(options.context);
  return createKubernetesBackend(options, config);
}

export function createKubernetesBackend(options: KubernetesOptions, config: KubeConfig): ReleasesBackend {
  const core = config.makeApiClient(CoreV1Api);
  const apps = config.makeApiClient(AppsV1Api);

  async function writeSecret(namespace: string, name: string, request: ApplyRequest): Promise<void> {
    const stringData = Object.fromEntries(request.variables.map((v) => [v.key, v.value]));
    const body = {
      metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'pave' } },
      type: 'Opaque',
      stringData,
    };
    try {
      await core.createNamespacedSecret({ namespace, body });
    } catch (error) {
      if (statusOf(error) !== 409) throw kubernetesError(error, `create secret ${name}`);
      await core
        .replaceNamespacedSecret({ namespace, name, body })
        .catch((e) => Promise.reject(kubernetesError(e, `replace secret ${name}`)));
    }
  }

  async function waitForRollout(namespace: string, name: string, signal: AbortSignal): Promise<void> {
    const deadline = Date.now() + options.timeoutSeconds * 1000;
    let progress = 'not started';
    while (Date.now() < deadline) {
      signal.throwIfAborted();
      const deployment = await apps
        .readNamespacedDeployment({ namespace, name })
        .catch((error) => Promise.reject(kubernetesError(error, `read deployment ${name}`)));
      const state = rolloutState(deployment);
      if (state.done) return;
      if (state.failed)
        throw Object.assign(new Error(`The rollout of ${name} failed: ${state.failed}`), {
          code: 'UNHEALTHY',
        });
      progress = state.progress;
      await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
    }
    throw Object.assign(
      new Error(`The rollout of ${name} did not finish within ${options.timeoutSeconds} s (${progress}).`),
      {
        code: 'UNHEALTHY',
      },
    );
  }

  return {
    kind: 'kubernetes',
    async prepare(request) {
      if (request.artifact) return request.artifact;
      const artifact = artifactFor(request.ref);
      if (artifact.kind !== 'image') {
        throw Object.assign(
          new Error('The kubernetes adapter deploys images (registry/name:tag), not revisions.'),
          {
            code: 'INVALID_REF',
          },
        );
      }
      return artifact;
    },
    async apply(request) {
      const fill = (template: string) => fillTemplate(template, request.environmentId);
      const namespace = fill(options.namespace);
      const name = fill(options.deployment);
      const secretName = fill(options.configSecret);
      let current: V1Deployment;
      try {
        current = await apps.readNamespacedDeployment({ namespace, name });
      } catch (error) {
        throw Object.assign(kubernetesError(error, `read deployment ${name} in ${namespace}`), {
          code: statusOf(error) === 404 ? 'NOT_FOUND' : 'BACKEND_UNAVAILABLE',
        });
      }
      const updated = withRelease(current, request, secretName, options.container);
      // Written just before the Deployment: pods restarting in between already read the new values.
      await writeSecret(namespace, secretName, request);
      try {
        await apps.replaceNamespacedDeployment({ namespace, name, body: updated });
      } catch (error) {
        if (statusOf(error) === 409) {
          throw conflict(
            `The Deployment ${name} in ${namespace} changed while v${request.release.number} was being applied.`,
            {
              currentVersion: current.metadata?.resourceVersion ?? 'unknown',
            },
          );
        }
        throw kubernetesError(error, `replace deployment ${name}`);
      }
      await waitForRollout(namespace, name, request.signal);
    },
    close: async () => {},
  };
}

/** The Deployment with the release's image, its config Secret in `envFrom`, and the release on its pods. */
function withRelease(
  current: V1Deployment,
  request: ApplyRequest,
  secretName: string,
  containerName?: string,
): V1Deployment {
  const template = current.spec?.template ?? {};
  const containers = template.spec?.containers ?? [];
  const index = containerName ? containers.findIndex((c) => c.name === containerName) : 0;
  if (index < 0 || !containers[index]) {
    throw Object.assign(
      new Error(`The Deployment has no container ${containerName ?? ''}.`.replace('  ', ' ')),
      { code: 'NOT_FOUND' },
    );
  }
  const container = containers[index];
  const envFrom = container.envFrom ?? [];
  const hasSecret = envFrom.some((source) => source.secretRef?.name === secretName);
  const next = [...containers];
  next[index] = {
    ...container,
    image: request.artifact.id,
    envFrom: hasSecret ? envFrom : [...envFrom, { secretRef: { name: secretName } }],
  };
  return {
    ...current,
    spec: {
      ...(current.spec as NonNullable<V1Deployment['spec']>),
      template: {
        ...template,
        metadata: {
          ...template.metadata,
          // A changed annotation rolls the pods, so a config-only release restarts them too.
          annotations: {
            ...template.metadata?.annotations,
            'pave.dev/release': `v${request.release.number}`,
            'pave.dev/config-version': String(request.configVersion ?? 0),
          },
        },
        spec: { ...template.spec, containers: next },
      },
    },
  };
}

function fillTemplate(template: string, environmentId: string): string {
  const parsed = parseEnvironmentId(environmentId);
  if (!parsed) throw new Error(`"${environmentId}" is not an environment id.`);
  const [kindAndNamespace = '', component = ''] = parsed.componentRef.split('/');
  return template
    .replaceAll('{component}', component)
    .replaceAll('{namespace}', kindAndNamespace.slice(kindAndNamespace.indexOf(':') + 1))
    .replaceAll('{environment}', parsed.name);
}

const statusOf = (error: unknown) => (error instanceof ApiException ? error.code : undefined);

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
  const message = (body as { message?: string } | undefined)?.message ?? '';
  return new Error(`Kubernetes answered ${error.code} to "${action}"${message ? `: ${message}` : ''}`);
}
