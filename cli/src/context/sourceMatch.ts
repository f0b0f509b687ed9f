/**
 * A git remote without the user and password a URL may carry (`https://x-access-token:…@github.com/…`):
 * the rest is all the catalog needs, and a token must never leave the machine or reach the screen.
 */
export function withoutCredentials(remoteUrl: string): string {
  const trimmed = remoteUrl.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return trimmed.replace(/\/\/[^/@]*@/, '//');
  }
}

/** `git@github.com:acme/x.git`, `https://github.com/acme/x`… → `github.com/acme/x`. */
export function repoKey(remoteUrl: string): string | undefined {
  const trimmed = remoteUrl.trim();
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\d+\/)(?!\/)(.+)$/.exec(trimmed);
  let host: string;
  let path: string;
  if (scp && !trimmed.includes('://')) {
    host = scp[1] as string;
    path = scp[2] as string;
  } else {
    try {
      const url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
      host = url.hostname;
      path = decodeURIComponent(url.pathname);
    } catch {
      return undefined;
    }
  }
  const clean = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/i, '');
  return host && clean.includes('/') ? `${host}/${clean}`.toLowerCase() : undefined;
}

/**
 * How deep inside `repo` a component's `backstage.io/source-location` puts it (0 for the root or a
 * `github.com/project-slug`), so that the CLI can tell a tie between the catalog's best matches
 * from a nested one. Undefined when no annotation names `repo`.
 */
export function sourceDepth(
  annotations: ReadonlyArray<{ key: string; value: string }>,
  repo: string,
): number | undefined {
  let depth: number | undefined;
  for (const { key, value } of annotations) {
    if (key === 'github.com/project-slug' && `github.com/${value.trim()}`.toLowerCase() === repo) {
      depth = Math.max(depth ?? 0, 0);
    }
    if (key === 'backstage.io/source-location') {
      const location = parseSourceLocation(value);
      if (location?.repo === repo) depth = Math.max(depth ?? 0, location.depth);
    }
  }
  return depth;
}

/** `url:https://github.com/acme/x/tree/main/worker/` (GitHub, GitLab's `/-/tree/`, Bitbucket's `/src/`). */
function parseSourceLocation(value: string): { repo: string; depth: number } | undefined {
  const target = value.trim().replace(/^(url|git):/i, '');
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  const segments = decodeURIComponent(url.pathname).split('/').filter(Boolean);
  const marker = segments.findIndex((segment, i) => i >= 2 && /^(tree|blob|src|raw)$/.test(segment));
  const repoSegments = (marker === -1 ? segments : segments.slice(0, marker)).filter((s) => s !== '-');
  const repo = repoKey(`${url.hostname}/${repoSegments.join('/')}`);
  // After the marker comes the branch, then the folder.
  const inside = marker === -1 ? [] : segments.slice(marker + 2).filter((s) => s !== '.');
  return repo ? { repo, depth: inside.length } : undefined;
}

/**
 * The catalog's best matches, most specific first: the first one and every other as deep as it.
 * Components whose depth cannot be read are kept only when nothing can be.
 */
export function bestMatches(
  matches: ReadonlyArray<{ ref: string; annotations: ReadonlyArray<{ key: string; value: string }> }>,
  repo: string,
): string[] {
  const depths = matches.map((match) => ({ ref: match.ref, depth: sourceDepth(match.annotations, repo) }));
  const known = depths.filter((d) => d.depth !== undefined);
  if (known.length === 0) return matches.slice(0, 1).map((m) => m.ref);
  const deepest = Math.max(...known.map((d) => d.depth as number));
  return known.filter((d) => d.depth === deepest).map((d) => d.ref);
}
