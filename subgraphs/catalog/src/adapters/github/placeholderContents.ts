/**
 * Where the github adapter reads placeholders' targets: through the contents API, a path relative
 * to the catalog file (same repository, same branch), or an absolute `…/blob/<ref>/<path>` URL of
 * a repository of the same organisation on the same GitHub. Other URLs are refused rather than
 * fetched: the adapter's token must not be sent, nor the server made to fetch, anywhere a catalog
 * file's author chooses.
 */
import { posix } from 'node:path';
import type { Octokit } from '@octokit/rest';
import { isAbsoluteUrl, type PlaceholderReader } from '../placeholders.ts';
import type { ContentCache } from './discovery.ts';

export interface PlaceholderSource {
  organization: string;
  timeoutMs: number;
  /** The repository and branch the catalog file was read from, and the file's path in it. */
  repository: { name: string; html_url: string };
  ref: string | undefined;
  file: string;
}

/** Unchanged targets answer 304 to their ETag, which costs no rate limit. */
export function githubPlaceholderReader(
  octokit: Octokit,
  cache: ContentCache,
  source: PlaceholderSource,
): PlaceholderReader {
  return async (target) => {
    const { repo, ref, path } = isAbsoluteUrl(target) ? fromUrl(target, source) : fromPath(target, source);
    const key = `placeholder:${repo}@${ref ?? 'HEAD'}:${path}`;
    const cached = cache.get(key);
    try {
      const response = await octokit.rest.repos.getContent({
        owner: source.organization,
        repo,
        path,
        ...(ref === undefined ? {} : { ref }),
        headers: cached ? { 'if-none-match': cached.etag } : {},
        request: { signal: AbortSignal.timeout(source.timeoutMs) },
      });
      const text = contentOf(response.data, path);
      if (response.headers.etag) cache.set(key, { etag: response.headers.etag, text });
      return text;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 304 && cached) return cached.text;
      if (status === undefined) throw error;
      cache.delete(key);
      const where = `${source.organization}/${repo}${ref === undefined ? '' : ` at ${ref}`}`;
      if (status === 404) throw new Error(`${path} does not exist in ${where}`);
      throw new Error(`cannot read ${path} of ${where}: HTTP ${status}`);
    }
  };
}

function contentOf(data: unknown, path: string): string {
  const file = data as { type?: string; encoding?: string; content?: string };
  if (Array.isArray(data) || file.type !== 'file') throw new Error(`${path} is not a file`);
  if (file.encoding !== 'base64' || typeof file.content !== 'string') {
    throw new Error(`${path} is too large to read through the contents API`);
  }
  return Buffer.from(file.content, 'base64').toString('utf8');
}

function fromPath(target: string, source: PlaceholderSource) {
  const relative = target.startsWith('file:') ? target.slice('file:'.length) : target;
  const path = posix.normalize(posix.join(posix.dirname(source.file), relative));
  if (posix.isAbsolute(relative) || path === '..' || path.startsWith('../')) {
    throw new Error(`${target} points outside the repository`);
  }
  return { repo: source.repository.name, ref: source.ref, path };
}

/** `https://github.com/<org>/<repo>/blob/<ref>/<path>` of the same organisation, or an error. */
function fromUrl(target: string, source: PlaceholderSource) {
  const home = new URL(source.repository.html_url);
  let url: URL;
  try {
    url = new URL(target.startsWith('url:') ? target.slice('url:'.length) : target);
  } catch {
    throw new Error(`${target} is not a URL`);
  }
  const [, owner, repo, blob, ref, ...rest] = url.pathname.split('/').map(decodeURIComponent);
  const sameOrganization = owner?.toLowerCase() === source.organization.toLowerCase();
  if (url.host !== home.host || !sameOrganization || blob !== 'blob' || !repo || !ref || rest.length === 0) {
    throw new Error(
      `the github adapter reads only …/blob/<ref>/<path> URLs of ${source.organization}'s repositories on ${home.host}`,
    );
  }
  return { repo, ref, path: rest.join('/') };
}
