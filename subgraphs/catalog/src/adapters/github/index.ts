/**
 * The `github` catalog adapter: every repository of a GitHub organisation with a catalog file
 * (`catalog-info.yaml` at its root by default), as Backstage's GitHub discovery reads them.
 *
 * Locations are `url:<repository>/blob/<branch>/<path>`, Backstage's own form. When GitHub cannot be
 * read to the end (down, rate limited, a repository failing), the snapshot is incomplete: what was
 * read is added and updated, nothing is removed, even after a restart with nothing read before.
 * After a rate limit nothing is asked of GitHub until it ends: reads in between report the wait.
 */
import { Octokit } from '@octokit/rest';
import type { CatalogBackend, CatalogSnapshot } from '../../port.ts';
import type { CatalogAdapterContext } from '../registry.ts';
import { type GithubOptionsInput, githubOptionsSchema } from './config.ts';
import { type ContentCache, discover } from './discovery.ts';
import type { RateLimit } from './rateLimit.ts';

export {
  type GithubOptions,
  type GithubOptionsInput,
  githubOptionsSchema as optionsSchema,
} from './config.ts';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

const KEPT = '; nothing is removed from the catalog until GitHub can be read to the end';

/** The web address of the organisation, from the API's: `api.github.com` → `github.com`. */
function organizationUrl(baseUrl: string, organization: string): string {
  const url = new URL(baseUrl);
  if (url.hostname === 'api.github.com') return `https://github.com/${organization}`;
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/$/, '')}/${organization}`;
}

export function createGithubBackend(
  options: GithubOptionsInput,
  _ctx?: CatalogAdapterContext,
): CatalogBackend {
  const parsed = githubOptionsSchema.parse(options);
  const token = parsed.token ?? process.env.GITHUB_TOKEN;
  const octokit = new Octokit({
    ...(token ? { auth: token } : {}),
    baseUrl: parsed.baseUrl.replace(/\/$/, ''),
    userAgent: 'pave-catalog',
    log: silent,
  });
  const orgLocation = `url:${organizationUrl(parsed.baseUrl, parsed.organization)}`;
  const cache: ContentCache = new Map();
  let waiting: RateLimit | undefined;
  let running: Promise<CatalogSnapshot> | undefined;

  async function readOnce(): Promise<CatalogSnapshot> {
    if (waiting && waiting.until.getTime() > Date.now()) {
      const reason = `GitHub rate limit reached (${waiting.message}); not asked again before ${waiting.until.toISOString()}${KEPT}`;
      return { entities: [], problems: [{ location: orgLocation, reason }], complete: false };
    }
    const pass = await discover(octokit, parsed, orgLocation, cache);
    waiting = pass.rateLimit;
    const complete = pass.unread === 0;
    const problems = [...pass.problems];
    if (!complete) {
      problems.push({
        location: orgLocation,
        reason: `${pass.unread} of the organisation's catalog files or repository pages could not be read${KEPT}`,
      });
    }
    return { entities: pass.entities, problems, complete };
  }

  // Overlapping reads would spend the rate limit twice for the same answer.
  const read = () => {
    running ??= readOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  const backend: CatalogBackend = { kind: 'github', read };
  if (!parsed.watch) return backend;
  return {
    ...backend,
    watch(onChange) {
      const timer = setInterval(onChange, parsed.pollIntervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

export const createBackend = createGithubBackend;
