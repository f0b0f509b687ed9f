/**
 * The `argocd` releases adapter: each environment is an Argo CD application; a release points it
 * at a revision and syncs it, and succeeds once Argo CD reports the sync done and the application
 * healthy. A rollback syncs the earlier revision again (a new release, as everywhere in Pave).
 */
import { conflict, parseEnvironmentId } from '@pave/subgraph-kit';
import type { ApplyRequest, ReleasesBackend } from '../../port.ts';
import type { ReleasesAdapterContext } from '../registry.ts';
import { type Application, ArgoClient } from './client.ts';
import type { ArgocdOptions } from './config.ts';

export { argocdOptionsSchema as optionsSchema } from './config.ts';

export async function createBackend(
  options: ArgocdOptions,
  _ctx: ReleasesAdapterContext,
): Promise<ReleasesBackend> {
  const token = options.token ?? process.env.ARGOCD_AUTH_TOKEN;
  if (!token) {
    throw new Error(
      'subgraphs.releases.adapter.token: missing, expected an Argo CD API token (or set ARGOCD_AUTH_TOKEN)',
    );
  }
  const client = new ArgoClient({ url: options.url, token, appNamespace: options.appNamespace });
  const applicationOf = (environmentId: string) => applicationName(options.application, environmentId);

  async function waitForSync(name: string, revision: string, signal: AbortSignal): Promise<void> {
    const deadline = Date.now() + options.timeoutSeconds * 1000;
    let last: Application | undefined;
    while (Date.now() < deadline) {
      signal.throwIfAborted();
      last = await client.getApplication(name);
      const operation = last.status?.operationState;
      const health = last.status?.health?.status;
      if (operation?.phase === 'Failed' || operation?.phase === 'Error') {
        throw Object.assign(
          new Error(`Argo CD could not sync ${name}: ${operation.message ?? operation.phase}`),
          {
            code: 'SYNC_FAILED',
          },
        );
      }
      if (operation?.phase === 'Succeeded' && last.status?.sync?.revision === revision) {
        if (health === 'Healthy') return;
        if (health === 'Degraded') {
          throw Object.assign(
            new Error(`${name} is Degraded after the sync: ${last.status?.health?.message ?? ''}`.trim()),
            {
              code: 'UNHEALTHY',
            },
          );
        }
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
    }
    const state = `${last?.status?.operationState?.phase ?? 'no operation'}, ${last?.status?.health?.status ?? 'no health'}`;
    throw Object.assign(
      new Error(`${name} was not synced and healthy within ${options.timeoutSeconds} s (${state}).`),
      {
        code: 'UNHEALTHY',
      },
    );
  }

  return {
    kind: 'argocd',
    async prepare(request) {
      if (request.artifact) return request.artifact;
      if (!request.ref) {
        throw Object.assign(
          new Error('Say which revision to deploy: a branch, tag or commit of the application’s repository.'),
          {
            code: 'INVALID_REF',
          },
        );
      }
      const sha = await client.resolveRevision(applicationOf(request.environmentId), request.ref);
      return {
        kind: 'commit',
        id: sha,
        ref: request.ref,
        description: `revision ${sha.slice(0, 7)} (${request.ref})`,
      };
    },
    async apply(request: ApplyRequest) {
      const name = applicationOf(request.environmentId);
      const current = await client.getApplication(name);
      if (current.status?.operationState?.phase === 'Running') {
        throw conflict(`Argo CD is already syncing ${name}; release again once it is done.`, {
          currentVersion: current.status.sync?.revision ?? 'unknown',
        });
      }
      await client.setTargetRevision(name, request.artifact.id);
      await client.sync(name, request.artifact.id);
      await waitForSync(name, request.artifact.id, request.signal);
    },
    close: async () => {},
  };
}

export function applicationName(template: string, environmentId: string): string {
  const parsed = parseEnvironmentId(environmentId);
  if (!parsed) throw new Error(`"${environmentId}" is not an environment id.`);
  const [kindAndNamespace = '', component = ''] = parsed.componentRef.split('/');
  const namespace = kindAndNamespace.slice(kindAndNamespace.indexOf(':') + 1);
  return template
    .replaceAll('{component}', component)
    .replaceAll('{namespace}', namespace)
    .replaceAll('{environment}', parsed.name);
}
