/**
 * Where an entity's source lives, so a client standing in a git work tree can find its component:
 * a repository (`host/owner/repo`, lower case, whatever form the remote URL was written in) and a
 * directory inside it (`''` for the whole repository).
 */
import type { RawEntity } from './entity.ts';

export interface EntitySource {
  /** `github.com/acme/shop`: host and repository path, lower case, no scheme, user or `.git`. */
  repository: string;
  /** Directory inside the repository, `/`-separated, no leading or trailing slash; `''` is the root. */
  path: string;
}

export const SOURCE_LOCATION = 'backstage.io/source-location';
export const MANAGED_BY_LOCATION = 'backstage.io/managed-by-location';
export const GITHUB_PROJECT_SLUG = 'github.com/project-slug';

/**
 * The repository a git remote URL names, or undefined when it names none. Accepts
 * `https://host/owner/repo(.git)`, `ssh://git@host(:port)/owner/repo.git`, scp-like
 * `git@host:owner/repo.git`, `git://…`, `git+ssh://…` and bare `host/owner/repo`. Credentials in the
 * URL are dropped, never kept.
 */
export function normalizeRepositoryUrl(url: string): string | undefined {
  const parsed = splitRemote(url.trim());
  if (!parsed) return undefined;
  const segments = parsed.path.split('/').filter((s) => s !== '');
  if (segments.length < 2) return undefined;
  const last = segments.length - 1;
  segments[last] = (segments[last] ?? '').replace(/\.git$/i, '');
  return `${parsed.host}/${segments.join('/')}`.toLowerCase();
}

function splitRemote(url: string): { host: string; path: string } | undefined {
  const scpLike = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\d+\/)(?!\/)(.+)$/.exec(url);
  if (scpLike && !url.includes('://')) return { host: scpLike[1] ?? '', path: scpLike[2] ?? '' };
  const withScheme = url.includes('://') ? url : `https://${url}`;
  if (!URL.canParse(withScheme)) return undefined;
  const parsed = new URL(withScheme);
  if (!parsed.hostname) return undefined;
  return { host: parsed.hostname, path: decodeURIComponent(parsed.pathname) };
}

/** A path inside a repository as stored: no `./`, no leading, trailing or doubled slashes. */
export function normalizeRepositoryPath(path: string): string {
  return path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

/**
 * The repository and directory a `url:` location (source-location or managed-by-location) points
 * at. Knows the tree/blob forms of GitHub (`/owner/repo/tree/<branch>/<path>`), GitLab
 * (`/group/repo/-/tree/<branch>/<path>`), Bitbucket (`/owner/repo/src/<branch>/<path>`) and Azure
 * DevOps (`/org/project/_git/repo?path=/<path>`); anything else is taken as the repository itself.
 * `file` says the URL names a file (managed-by-location), whose directory is meant.
 */
export function sourceFromLocation(location: string, file = false): EntitySource | undefined {
  const match = /^(url|git):(.+)$/i.exec(location.trim());
  const target = match ? (match[2] ?? '') : location;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target) || !URL.canParse(target)) return undefined;
  const url = new URL(target);
  const segments = decodeURIComponent(url.pathname)
    .split('/')
    .filter((s) => s !== '');

  let repoSegments = segments;
  let inside: string[] = [];
  const azure = segments.indexOf('_git');
  const gitlab = segments.indexOf('-');
  const marker = segments.findIndex((s, i) => i >= 2 && /^(tree|blob|src|raw)$/.test(s));
  if (azure >= 0 && segments[azure + 1]) {
    repoSegments = segments.slice(0, azure + 2);
    inside = normalizeRepositoryPath(url.searchParams.get('path') ?? '').split('/');
  } else if (gitlab >= 2 && /^(tree|blob)$/.test(segments[gitlab + 1] ?? '')) {
    repoSegments = segments.slice(0, gitlab);
    inside = segments.slice(gitlab + 3);
  } else if (marker >= 2) {
    repoSegments = segments.slice(0, marker);
    inside = segments.slice(marker + 2);
  }
  const repository = normalizeRepositoryUrl(`${url.hostname}/${repoSegments.join('/')}`);
  if (!repository) return undefined;
  if (file) inside = inside.slice(0, -1);
  return { repository, path: normalizeRepositoryPath(inside.join('/')) };
}

/**
 * The directory an entity declares as its source in each repository it names, taken from the most
 * authoritative annotation for that repository: `backstage.io/source-location`, then
 * `github.com/project-slug` (the whole repository on github.com), then the directory of
 * `backstage.io/managed-by-location`. A monorepo component with a slug and a source-location in
 * the same repository is thus found at its directory only, not at the repository's root.
 */
export function entitySources(entity: RawEntity): EntitySource[] {
  const annotations = entity.metadata.annotations ?? {};
  const found: EntitySource[] = [];
  const add = (source: EntitySource | undefined) => {
    if (source && !found.some((s) => s.repository === source.repository)) {
      found.push(source);
    }
  };
  const sourceLocation = annotations[SOURCE_LOCATION];
  if (typeof sourceLocation === 'string') add(sourceFromLocation(sourceLocation));
  const slug = annotations[GITHUB_PROJECT_SLUG];
  if (typeof slug === 'string' && /^[^/\s]+\/[^/\s]+$/.test(slug.trim())) {
    add({ repository: `github.com/${slug.trim()}`.toLowerCase().replace(/\.git$/, ''), path: '' });
  }
  const managedBy = annotations[MANAGED_BY_LOCATION];
  if (typeof managedBy === 'string') add(sourceFromLocation(managedBy, true));
  return found;
}
