/**
 * A local stand-in for the two GitHub REST endpoints the adapter uses, answering as GitHub documents
 * them: token auth (401 "Bad credentials"), `x-ratelimit-*` headers on every answer and a 403 with
 * `x-ratelimit-remaining: 0` once spent (304s are free), secondary limits (403 + `retry-after`),
 * `Link` pagination, base64 file contents with ETags, and GitHub's error bodies.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DoubleRepository {
  name: string;
  /** Files by branch, then path. The first branch is the default one. */
  branches: Record<string, Record<string, string>>;
  archived?: boolean;
  fork?: boolean;
}

export interface GithubDouble {
  url: string;
  organization: string;
  repositories: DoubleRepository[];
  /** Requests left before the primary rate limit; `x-ratelimit-reset` is an hour away. */
  rateLimit: { remaining: number; reset: number };
  /** When set, every request gets a secondary-rate-limit 403 with this `retry-after`. */
  secondaryRetryAfter?: number;
  /** Repositories whose contents answer 500. */
  failing: Set<string>;
  /** When set, listing pages from this one on answer 502, as GitHub does when it is struggling. */
  listingFailsFromPage?: number;
  /** Paths asked, in order (query strings dropped). */
  requests: string[];
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

export async function startGithubDouble(options: {
  organization: string;
  token: string;
  repositories: DoubleRepository[];
  /** GitHub allows at most 100 per page; tests page with fewer. */
  maxPerPage?: number;
}): Promise<GithubDouble> {
  const maxPerPage = options.maxPerPage ?? 100;
  const double: GithubDouble = {
    url: '',
    organization: options.organization,
    repositories: options.repositories,
    rateLimit: { remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 },
    failing: new Set(),
    requests: [],
    close: async () => {},
  };

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(double.rateLimit.remaining, 0)),
      'x-ratelimit-reset': String(double.rateLimit.reset),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, message: string, headers?: Record<string, string>) =>
    send(res, status, { message, documentation_url: DOCS, status: String(status) }, headers);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', double.url);
    double.requests.push(url.pathname);
    const auth = req.headers.authorization;
    if (
      auth !== `token ${options.token}` &&
      auth !== `bearer ${options.token}` &&
      auth !== `Bearer ${options.token}`
    ) {
      return error(res, 401, 'Bad credentials');
    }
    if (double.secondaryRetryAfter !== undefined) {
      return error(
        res,
        403,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        {
          'retry-after': String(double.secondaryRetryAfter),
        },
      );
    }
    if (double.rateLimit.remaining <= 0) {
      return error(res, 403, 'API rate limit exceeded for user ID 1.');
    }

    const list = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (req.method === 'GET' && list) {
      double.rateLimit.remaining--;
      if (decodeURIComponent(list[1] ?? '').toLowerCase() !== double.organization.toLowerCase()) {
        return error(res, 404, 'Not Found');
      }
      return listRepositories(url, res);
    }
    const contents = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
    if (req.method === 'GET' && contents) {
      return getContents(
        req,
        res,
        url,
        contents.slice(1).map((s) => decodeURIComponent(s)),
      );
    }
    double.rateLimit.remaining--;
    return error(res, 404, 'Not Found');
  };

  const listRepositories = (url: URL, res: ServerResponse) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, maxPerPage);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    if (double.listingFailsFromPage !== undefined && page >= double.listingFailsFromPage) {
      return error(res, 502, 'Server Error');
    }
    const last = Math.max(Math.ceil(double.repositories.length / perPage), 1);
    const items = double.repositories.slice((page - 1) * perPage, page * perPage).map((repo, i) => ({
      id: 1000 + (page - 1) * perPage + i,
      name: repo.name,
      full_name: `${double.organization}/${repo.name}`,
      owner: { login: double.organization, type: 'Organization' },
      private: false,
      html_url: `https://github.example/${double.organization}/${repo.name}`,
      url: `${double.url}/repos/${double.organization}/${repo.name}`,
      default_branch: Object.keys(repo.branches)[0] ?? 'main',
      archived: repo.archived ?? false,
      disabled: false,
      fork: repo.fork ?? false,
    }));
    const link = (p: number, rel: string) => {
      const target = new URL(url);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(p));
      return `<${target}>; rel="${rel}"`;
    };
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ];
    return send(res, 200, items, links.length > 0 ? { link: links.join(', ') } : {});
  };

  const getContents = (req: IncomingMessage, res: ServerResponse, url: URL, params: string[]) => {
    const [owner, name, path] = params as [string, string, string];
    const repo = double.repositories.find((r) => r.name.toLowerCase() === name.toLowerCase());
    const ref = url.searchParams.get('ref') ?? Object.keys(repo?.branches ?? {})[0] ?? '';
    const text = repo?.branches[ref]?.[path];
    const etag = text === undefined ? undefined : `"${createHash('sha1').update(text).digest('hex')}"`;
    if (etag !== undefined && req.headers['if-none-match'] === etag)
      return send(res, 304, undefined, { etag });
    double.rateLimit.remaining--;
    if (owner.toLowerCase() !== double.organization.toLowerCase() || !repo)
      return error(res, 404, 'Not Found');
    if (double.failing.has(repo.name)) return error(res, 500, 'Server Error');
    if (!repo.branches[ref]) return error(res, 404, `No commit found for the ref ${ref}`);
    if (text === undefined || etag === undefined) return error(res, 404, 'Not Found');
    const base64 = Buffer.from(text).toString('base64').replace(/.{60}/g, '$&\n');
    const sha = createHash('sha1')
      .update(`blob ${Buffer.byteLength(text)}\0${text}`)
      .digest('hex');
    const self = `${double.url}/repos/${owner}/${repo.name}/contents/${path}?ref=${ref}`;
    const html = `https://github.example/${owner}/${repo.name}/blob/${ref}/${path}`;
    return send(
      res,
      200,
      {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(text),
        name: path.split('/').pop(),
        path,
        content: base64,
        sha,
        url: self,
        git_url: `${double.url}/repos/${owner}/${repo.name}/git/blobs/${sha}`,
        html_url: html,
        download_url: `https://raw.github.example/${owner}/${repo.name}/${ref}/${path}`,
        _links: { self, git: `${double.url}/repos/${owner}/${repo.name}/git/blobs/${sha}`, html },
      },
      { etag },
    );
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  double.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return double;
}
