/**
 * One pass over an organisation: its repositories (`GET /orgs/{org}/repos`, paginated by `Link`
 * headers), then the catalog file of each (`GET /repos/{owner}/{repo}/contents/{path}`, base64;
 * 404 means the repository has none). A rate limit stops the pass where it is: what was read is
 * returned, and the rest is reported as not read.
 */
import type { Octokit } from '@octokit/rest';
import { MANAGED_BY_LOCATION } from '../../model/source.ts';
import type { CatalogSnapshot } from '../../port.ts';
import { parseCatalogText } from '../files/catalogText.ts';
import type { GithubOptions } from './config.ts';
import { githubPlaceholderReader } from './placeholderContents.ts';
import { type RateLimit, rateLimitOf } from './rateLimit.ts';

export interface DiscoveryPass extends Omit<CatalogSnapshot, 'complete'> {
  /** Set when a rate limit stopped the pass. */
  rateLimit?: RateLimit;
  /**
   * What could not be read: repository files that failed or were never asked for, plus one for a
   * repository list that could not be read to its end. 0 means the organisation was read entirely.
   */
  unread: number;
}

interface Repository {
  name: string;
  html_url: string;
  default_branch?: string;
  archived?: boolean;
  disabled?: boolean;
  fork?: boolean;
}

/** A file's content by ETag: a 304 answer costs no rate limit and lands here. */
export type ContentCache = Map<string, { etag: string; text: string }>;

type Options = Pick<
  GithubOptions,
  'organization' | 'catalogPath' | 'branch' | 'includeArchived' | 'includeForks' | 'concurrency' | 'timeoutMs'
>;

export async function discover(
  octokit: Octokit,
  options: Options,
  orgLocation: string,
  cache: ContentCache,
): Promise<DiscoveryPass> {
  const pass: DiscoveryPass = { entities: [], problems: [], unread: 0 };
  const problem = (location: string, reason: string) => pass.problems.push({ location, reason });
  const signal = () => AbortSignal.timeout(options.timeoutMs);

  const repositories: Repository[] = [];
  try {
    const pages = octokit.paginate.iterator(octokit.rest.repos.listForOrg, {
      org: options.organization,
      type: 'all',
      per_page: 100,
      request: { signal: signal() },
    });
    for await (const page of pages) repositories.push(...(page.data as Repository[]));
  } catch (error) {
    pass.unread++;
    pass.rateLimit = rateLimitOf(error);
    problem(orgLocation, `cannot list the repositories of ${options.organization}: ${describe(error)}`);
  }

  const wanted = repositories.filter(
    (repo) =>
      !repo.disabled && (options.includeArchived || !repo.archived) && (options.includeForks || !repo.fork),
  );
  let next = 0;
  const worker = async () => {
    while (next < wanted.length && !pass.rateLimit) {
      const repo = wanted[next++] as Repository;
      await readRepository(repo);
    }
  };
  const readRepository = async (repo: Repository) => {
    const ref = options.branch ?? repo.default_branch;
    const location = `url:${repo.html_url}/blob/${ref ?? 'HEAD'}/${options.catalogPath}`;
    const cached = cache.get(location);
    let text: string;
    try {
      const response = await octokit.rest.repos.getContent({
        owner: options.organization,
        repo: repo.name,
        path: options.catalogPath,
        ...(ref === undefined ? {} : { ref }),
        headers: cached ? { 'if-none-match': cached.etag } : {},
        request: { signal: signal() },
      });
      const file = response.data as { type?: string; encoding?: string; content?: string };
      if (Array.isArray(response.data) || file.type !== 'file') {
        return problem(location, `${options.catalogPath} is not a file`);
      }
      if (file.encoding !== 'base64' || typeof file.content !== 'string') {
        return problem(location, `${options.catalogPath} is too large to read through the contents API`);
      }
      text = Buffer.from(file.content, 'base64').toString('utf8');
      const etag = response.headers.etag;
      if (etag) cache.set(location, { etag, text });
      else cache.delete(location);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 304 && cached) {
        text = cached.text;
      } else if (status === 404) {
        cache.delete(location);
        return; // no catalog file in this repository
      } else {
        pass.unread++;
        const limit = rateLimitOf(error);
        if (limit) pass.rateLimit ??= limit;
        return problem(location, `cannot read: ${describe(error)}`);
      }
    }
    const parsed = await parseCatalogText(
      text,
      location,
      githubPlaceholderReader(octokit, cache, {
        organization: options.organization,
        timeoutMs: options.timeoutMs,
        repository: repo,
        ref,
        file: options.catalogPath,
      }),
    );
    for (const { entity } of parsed.entities) {
      const annotations = entity.metadata.annotations ?? {};
      // As Backstage's own discovery does: says where the entity came from, and lets a client in a
      // clone of the repository find it.
      if (annotations[MANAGED_BY_LOCATION] === undefined) {
        entity.metadata.annotations = { ...annotations, [MANAGED_BY_LOCATION]: location };
      }
    }
    pass.entities.push(...parsed.entities);
    pass.problems.push(...parsed.problems);
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, wanted.length) }, worker));

  if (pass.rateLimit) {
    const unread = wanted.length - next;
    pass.unread += unread;
    problem(
      orgLocation,
      `GitHub rate limit reached (${pass.rateLimit.message}); ${unread} repositories not read, ` +
        `next attempt after ${pass.rateLimit.until.toISOString()}`,
    );
  }
  return pass;
}

/** What went wrong, without the documentation link GitHub appends. */
export function describe(error: unknown): string {
  const { status, message } = error as { status?: number; message?: string };
  const text = (message ?? String(error)).split(' - https://')[0];
  return status ? `HTTP ${status}: ${text}` : (text ?? 'unknown error');
}
