import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A GitHub REST API server for tests, for Environments, Deployments and commits, answering as
 * api.github.com does: `Authorization: token|Bearer`, `{ message, documentation_url }` error bodies
 * (401 "Bad credentials", 404 "Not Found", 409 for a deployment whose required commit statuses
 * failed, 422 "No commit found for SHA"), lists newest first with `per_page`, and previous
 * deployments of an environment turned `inactive` when a new one succeeds.
 */
export interface GithubDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  description: string | null;
  payload: unknown;
  transient_environment: boolean;
  created_at: string;
  statuses: GithubDeploymentStatus[];
}

export interface GithubDeploymentStatus {
  id: number;
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
  description: string;
  environment_url: string;
  created_at: string;
}

export interface GithubDouble {
  url: string;
  token: string;
  /** `owner/repo` → branch and tag names → commit SHAs. */
  repositories: Map<string, { defaultBranch: string; refs: Map<string, string> }>;
  /** `owner/repo` → environment names. */
  environments: Map<string, Set<string>>;
  deployments: GithubDeployment[];
  /** Commit statuses that fail a deployment's required contexts (409), by SHA. */
  failingChecks: Set<string>;
  /** Posts a deployment status, as the workflow that deploys would. */
  postStatus(
    id: number,
    state: GithubDeploymentStatus['state'],
    extra?: Partial<GithubDeploymentStatus>,
  ): void;
  /** Called with each new deployment, e.g. to play the deploying workflow. */
  onDeployment?: (deployment: GithubDeployment) => void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

export async function startGithubDouble(): Promise<GithubDouble> {
  const token = 'ghp_testtoken';
  const repositories = new Map<string, { defaultBranch: string; refs: Map<string, string> }>();
  const environments = new Map<string, Set<string>>();
  const deployments: GithubDeployment[] = [];
  const failingChecks = new Set<string>();
  let nextId = 1;

  const send = (res: ServerResponse, status: number, body?: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, message: string, path = ''): void =>
    send(res, status, { message, documentation_url: `${DOCS}${path}`, status: String(status) });

  const double: GithubDouble = {
    url: '',
    token,
    repositories,
    environments,
    deployments,
    failingChecks,
    postStatus(id, state, extra = {}) {
      const deployment = deployments.find((d) => d.id === id);
      if (!deployment) throw new Error(`no deployment ${id}`);
      const created = new Date().toISOString();
      deployment.statuses.unshift({
        id: nextId++,
        state,
        description: '',
        environment_url: '',
        created_at: created,
        ...extra,
      });
      if (state !== 'success') return;
      for (const other of deployments) {
        if (other === deployment || other.environment !== deployment.environment) continue;
        if (other.statuses[0]?.state === 'success') {
          other.statuses.unshift({
            id: nextId++,
            state: 'inactive',
            description: '',
            environment_url: '',
            created_at: created,
          });
        }
      }
    },
    close: async () => {},
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) return fail(res, 401, 'Bad credentials');
    const url = new URL(req.url ?? '/', 'https://api.github.com');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    const route = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!route) return fail(res, 404, 'Not Found');
    const slug = `${route[1]}/${route[2]}`;
    const repo = repositories.get(slug);
    if (!repo) return fail(res, 404, 'Not Found');
    const rest = route[3] ?? '';
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const resolve = (ref: string) =>
      repo.refs.get(ref) ??
      [...repo.refs.values()].find((sha) => sha === ref || sha.startsWith(ref)) ??
      undefined;

    if (rest === '' && req.method === 'GET') {
      return send(res, 200, { full_name: slug, default_branch: repo.defaultBranch });
    }
    let match = /^\/commits\/(.+)$/.exec(rest);
    if (match && req.method === 'GET') {
      const sha = resolve(decodeURIComponent(match[1] ?? ''));
      return sha
        ? send(res, 200, { sha })
        : fail(res, 422, `No commit found for SHA: ${match[1]}`, '/commits/commits#get-a-commit');
    }
    match = /^\/environments\/([^/]+)$/.exec(rest);
    if (match) {
      const name = decodeURIComponent(match[1] ?? '');
      const names = environments.get(slug) ?? new Set<string>();
      environments.set(slug, names);
      if (req.method === 'PUT') {
        names.add(name);
        return send(res, 200, {
          id: nextId++,
          name,
          html_url: `https://github.com/${slug}/deployments/${name}`,
        });
      }
      if (req.method === 'DELETE') {
        if (!names.delete(name))
          return fail(res, 404, 'Not Found', '/deployments/environments#delete-an-environment');
        return send(res, 204);
      }
    }
    if (rest === '/deployments' && req.method === 'POST') {
      const sha = resolve(String(body.ref ?? ''));
      if (!sha)
        return fail(
          res,
          422,
          `No ref found for: ${body.ref}`,
          '/deployments/deployments#create-a-deployment',
        );
      if (
        failingChecks.has(sha) &&
        !(Array.isArray(body.required_contexts) && body.required_contexts.length === 0)
      ) {
        return fail(
          res,
          409,
          `Conflict: Commit status checks failed for ${body.ref}.`,
          '/deployments/deployments#create-a-deployment',
        );
      }
      const deployment: GithubDeployment = {
        id: nextId++,
        sha,
        ref: String(body.ref),
        environment: String(body.environment ?? 'production'),
        description: body.description ?? null,
        payload: body.payload ?? {},
        transient_environment: body.transient_environment === true,
        created_at: new Date().toISOString(),
        statuses: [],
      };
      deployments.unshift(deployment);
      const names = environments.get(slug) ?? new Set<string>();
      names.add(deployment.environment);
      environments.set(slug, names);
      const { statuses: _statuses, ...shown } = deployment;
      send(res, 201, shown);
      setImmediate(() => double.onDeployment?.(deployment));
      return;
    }
    if (rest === '/deployments' && req.method === 'GET') {
      const environment = url.searchParams.get('environment');
      const list = deployments.filter((d) => !environment || d.environment === environment).slice(0, perPage);
      return send(
        res,
        200,
        list.map(({ statuses: _statuses, ...shown }) => shown),
      );
    }
    match = /^\/deployments\/(\d+)\/statuses$/.exec(rest);
    if (match) {
      const deployment = deployments.find((d) => d.id === Number(match?.[1]));
      if (!deployment) return fail(res, 404, 'Not Found');
      if (req.method === 'GET') return send(res, 200, deployment.statuses.slice(0, perPage));
      if (req.method === 'POST') {
        double.postStatus(deployment.id, body.state, {
          description: body.description ?? '',
          environment_url: body.environment_url ?? '',
        });
        return send(res, 201, deployment.statuses[0]);
      }
    }
    return fail(res, 404, 'Not Found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => fail(res, 500, String(error)));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  double.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
  return double;
}
