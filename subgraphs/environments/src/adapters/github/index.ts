/**
 * The `github` environments adapter: each environment is a GitHub Environment of the component's
 * repository (made with the REST API), its status that of its latest deployment; tearing it down
 * marks its live deployments inactive and deletes the GitHub Environment.
 */
import { Octokit } from '@octokit/rest';
import type { BackendStatus, EnvironmentsBackend } from '../../port.ts';
import type { EnvironmentRow, TeardownStepRecord } from '../../store/rows.ts';
import type { EnvironmentsAdapterContext } from '../registry.ts';
import type { GithubOptions } from './config.ts';

export { githubOptionsSchema as optionsSchema } from './config.ts';

const STATES: Record<string, BackendStatus['state']> = {
  success: 'running',
  queued: 'starting',
  pending: 'starting',
  in_progress: 'starting',
  failure: 'crashed',
  error: 'crashed',
  inactive: 'stopped',
};

export async function createBackend(
  options: GithubOptions,
  ctx: EnvironmentsAdapterContext,
): Promise<EnvironmentsBackend> {
  const token = options.token ?? process.env.GITHUB_TOKEN;
  if (!token)
    throw new Error(
      'subgraphs.environments.adapter.token: missing, expected a GitHub token (or set GITHUB_TOKEN)',
    );
  const octokit = new Octokit({
    auth: token,
    baseUrl: options.baseUrl,
    userAgent: 'pave',
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => ctx.log.warn(message),
      error: () => {},
    },
  });
  const where = (environment: EnvironmentRow) => {
    const component = environment.component_ref.slice(environment.component_ref.lastIndexOf('/') + 1);
    return {
      owner: options.owner,
      repo: options.repository.replaceAll('{component}', component),
      environment_name: options.environment
        .replaceAll('{component}', component)
        .replaceAll('{environment}', environment.name),
    };
  };

  async function latestDeployment(environment: EnvironmentRow) {
    const { owner, repo, environment_name } = where(environment);
    const { data } = await octokit.rest.repos.listDeployments({
      owner,
      repo,
      environment: environment_name,
      per_page: 1,
    });
    return data[0];
  }

  return {
    kind: 'github',

    async provision(environment) {
      await call(
        () => octokit.rest.repos.createOrUpdateEnvironment(where(environment)),
        'create the environment',
      );
      return { url: null };
    },

    async status(environments) {
      return Promise.all(
        environments.map(async (environment): Promise<BackendStatus> => {
          const { owner, repo } = where(environment);
          const deployment = await call(() => latestDeployment(environment), 'list deployments');
          if (!deployment)
            return { state: 'empty', message: null, restarts: 0, since: null, releaseNumber: null };
          const { data } = await call(
            () =>
              octokit.rest.repos.listDeploymentStatuses({
                owner,
                repo,
                deployment_id: deployment.id,
                per_page: 1,
              }),
            'list deployment statuses',
          );
          const latest = data[0];
          const payload = (deployment.payload ?? {}) as { releaseNumber?: number };
          return {
            state: latest ? (STATES[latest.state] ?? 'unknown') : 'starting',
            message: latest?.description || null,
            restarts: 0,
            since: new Date(latest?.created_at ?? deployment.created_at),
            releaseNumber: typeof payload.releaseNumber === 'number' ? payload.releaseNumber : null,
          };
        }),
      );
    },

    async teardown(environment) {
      const { owner, repo, environment_name } = where(environment);
      const steps: TeardownStepRecord[] = [];
      try {
        const { data } = await octokit.rest.repos.listDeployments({
          owner,
          repo,
          environment: environment_name,
          per_page: 100,
        });
        let stopped = 0;
        for (const deployment of data) {
          const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
            owner,
            repo,
            deployment_id: deployment.id,
            per_page: 1,
          });
          if (statuses[0]?.state !== 'success') continue;
          await octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: deployment.id,
            state: 'inactive',
          });
          stopped += 1;
        }
        steps.push({
          step: 'deployments',
          ok: true,
          detail: `marked ${stopped} live deployment(s) inactive`,
        });
      } catch (error) {
        steps.push({ step: 'deployments', ok: false, detail: describe(error) });
      }
      try {
        await octokit.rest.repos.deleteAnEnvironment({ owner, repo, environment_name });
        steps.push({
          step: 'environment',
          ok: true,
          detail: `deleted the GitHub environment ${environment_name} of ${owner}/${repo}`,
        });
      } catch (error) {
        if ((error as { status?: number }).status === 404) {
          steps.push({
            step: 'environment',
            ok: true,
            detail: `the GitHub environment ${environment_name} was already gone`,
          });
        } else steps.push({ step: 'environment', ok: false, detail: describe(error) });
      }
      return steps;
    },

    close: async () => {},
  };
}

function describe(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message =
    (error as { response?: { data?: { message?: string } } }).response?.data?.message ??
    (error as Error).message;
  return status ? `GitHub answered ${status}: ${message}` : `GitHub did not answer: ${message}`;
}

async function call<T>(work: () => Promise<T>, action: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`Could not ${action} on GitHub: ${describe(error)}`);
  }
}
