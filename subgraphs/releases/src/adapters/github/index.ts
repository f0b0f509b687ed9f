/**
 * The `github` releases adapter: a release is a GitHub Deployment of a commit to the environment,
 * made with the Deployments API; the workflow listening for deployment events does the work, and
 * the release succeeds or fails with the deployment's final status.
 */
import { Octokit } from '@octokit/rest';
import { backendUnavailable, conflict, parseEnvironmentId } from '@pave/subgraph-kit';
import type { ApplyRequest, ComponentInfo, ReleasesBackend } from '../../port.ts';
import type { ReleasesAdapterContext } from '../registry.ts';
import type { GithubOptions } from './config.ts';

export { githubOptionsSchema as optionsSchema } from './config.ts';

const FINAL_FAILURES = new Set(['failure', 'error', 'inactive']);

export async function createBackend(
  options: GithubOptions,
  _ctx: ReleasesAdapterContext,
): Promise<ReleasesBackend> {
  const token = options.token ?? process.env.GITHUB_TOKEN;
  if (!token)
    throw new Error(
      'subgraphs.releases.adapter.token: missing, expected a GitHub token (or set GITHUB_TOKEN)',
    );
  const octokit = new Octokit({
    auth: token,
    baseUrl: options.baseUrl,
    userAgent: 'pave',
    request: { retries: 0 },
  });

  const repositoryOf = (component: ComponentInfo) => {
    const slug = component.annotations['github.com/project-slug'];
    const [owner, repo] = slug?.includes('/')
      ? slug.split('/')
      : [options.owner, options.repository.replaceAll('{component}', nameOf(component.ref))];
    if (!owner || !repo) {
      throw Object.assign(
        new Error(`${component.ref} has no github.com/project-slug annotation and no owner is configured.`),
        {
          code: 'INVALID_SOURCE',
        },
      );
    }
    return { owner, repo };
  };
  const environmentOf = (request: { environmentId: string; component: ComponentInfo }) =>
    options.environment
      .replaceAll('{component}', nameOf(request.component.ref))
      .replaceAll('{environment}', parseEnvironmentId(request.environmentId)?.name ?? request.environmentId);

  async function waitForFinalStatus(
    owner: string,
    repo: string,
    id: number,
    signal: AbortSignal,
  ): Promise<void> {
    const deadline = Date.now() + options.timeoutSeconds * 1000;
    let last = 'no status yet';
    while (Date.now() < deadline) {
      signal.throwIfAborted();
      const { data } = await github(
        () => octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id, per_page: 1 }),
        `deployment ${id} of ${owner}/${repo}`,
      );
      const latest = data[0];
      if (latest?.state === 'success') return;
      if (latest && FINAL_FAILURES.has(latest.state)) {
        throw Object.assign(
          new Error(
            `GitHub deployment ${id} ended ${latest.state}${latest.description ? `: ${latest.description}` : '.'}`,
          ),
          {
            code: 'DEPLOY_FAILED',
          },
        );
      }
      if (latest) last = latest.state;
      await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
    }
    throw Object.assign(
      new Error(`GitHub deployment ${id} got no final status within ${options.timeoutSeconds} s (${last}).`),
      {
        code: 'UNHEALTHY',
      },
    );
  }

  return {
    kind: 'github',
    async prepare(request) {
      if (request.artifact) return request.artifact;
      const { owner, repo } = repositoryOf(request.component);
      const repository = `${owner}/${repo}`;
      const ref =
        request.ref ??
        (await github(() => octokit.rest.repos.get({ owner, repo }), repository)).data.default_branch;
      const { data } = await github(
        () => octokit.rest.repos.getCommit({ owner, repo, ref }),
        `${ref} of ${repository}`,
      );
      return {
        kind: 'commit',
        id: data.sha,
        ref,
        description: `commit ${data.sha.slice(0, 7)} (${ref}) of ${owner}/${repo}`,
      };
    },
    async apply(request: ApplyRequest) {
      const { owner, repo } = repositoryOf(request.component);
      const environment = environmentOf(request);
      const { data } = await github(
        () =>
          octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: request.artifact.id,
            environment,
            auto_merge: false,
            ...(options.requiredContexts ? { required_contexts: options.requiredContexts } : {}),
            description: `Pave release v${request.release.number} (${request.release.cause})`,
            payload: {
              paveReleaseId: request.release.id,
              releaseNumber: request.release.number,
              configVersion: request.configVersion,
            },
            transient_environment: environment.startsWith('preview-'),
          }),
        `${request.artifact.id} of ${owner}/${repo}`,
      );
      if (!('id' in data))
        throw new Error(`GitHub did not make a deployment: ${data.message ?? 'no reason given'}`);
      await waitForFinalStatus(owner, repo, data.id, request.signal);
    },
    close: async () => {},
  };
}

const nameOf = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

/**
 * A GitHub call with its failures said the Pave way: CONFLICT, INVALID_REF (a ref GitHub cannot
 * resolve, 422), NOT_FOUND (no such repository, or no access to it: GitHub answers 404 for both),
 * BACKEND_UNAVAILABLE. `what` names what was asked about in messages.
 */
async function github<T>(call: () => Promise<T>, what: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = (error as { status?: number }).status;
    const message =
      (error as { response?: { data?: { message?: string } } }).response?.data?.message ??
      (error as Error).message;
    if (status === 409) throw conflict(`GitHub refused the deployment: ${message}`);
    if (status === 422)
      throw Object.assign(new Error(`GitHub: ${message} (${what})`), { code: 'INVALID_REF' });
    if (status === 404) throw Object.assign(new Error(`GitHub: ${message} (${what})`), { code: 'NOT_FOUND' });
    if (status === 401 || status === 403) {
      throw backendUnavailable(`GitHub refused Pave's token: ${message}`, {
        adapter: 'github',
        retryable: false,
      });
    }
    throw backendUnavailable(`GitHub failed: ${message}`, { adapter: 'github', retryable: true });
  }
}
