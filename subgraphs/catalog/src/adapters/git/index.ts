/**
 * The `git` catalog adapter: catalog-info.yaml files of one branch of a git repository, read at the
 * branch's commit and refreshed by polling (`git fetch`, then the commit compared).
 *
 * Locations are `git:<repository>@<branch>:<path>`. They name the branch, not the commit, on purpose:
 * an entity's location then survives new commits, so an unchanged entity is not rewritten, and a
 * file that turns invalid in a later commit keeps the entities it held before (the store keeps the
 * entities of a location reporting a problem). Problems name the commit they were found at. A
 * repository that cannot be fetched gives an incomplete snapshot: nothing is removed until it can.
 */
import path from 'node:path';
import type { CatalogBackend, CatalogProblem, CatalogSnapshot } from '../../port.ts';
import type { CatalogAdapterContext } from '../registry.ts';
import { type GitOptionsInput, gitOptionsSchema } from './config.ts';
import { type GitHead, GitRepository } from './repository.ts';
import { readCommit } from './tree.ts';

export { type GitOptions, type GitOptionsInput, gitOptionsSchema as optionsSchema } from './config.ts';

const KEPT = '; nothing is removed from the catalog until the repository can be read';

export interface GitBackendContext extends CatalogAdapterContext {
  /** The platform's data directory; URL repositories are mirrored under `<dataDir>/catalog/git`. */
  dataDir?: string;
}

export function createGitBackend(options: GitOptionsInput, ctx: GitBackendContext): CatalogBackend {
  const { repository, branch, paths, watch, pollIntervalMs, timeoutMs, cacheDir } =
    gitOptionsSchema.parse(options);
  const repo = new GitRepository({
    repository,
    branch,
    baseDir: ctx.baseDir,
    cacheDir: cacheDir
      ? path.resolve(ctx.baseDir, cacheDir)
      : path.join(path.resolve(ctx.baseDir, ctx.dataDir ?? '.pave'), 'catalog', 'git'),
    timeoutMs,
  });
  const location = (file?: string) => {
    const at = repo.branch === undefined ? '' : `@${repo.branch}`;
    return `git:${repo.name}${at}${file === undefined ? '' : `:${file}`}`;
  };

  /** What the last read saw, so that polling notices a new commit or a fetch that starts or stops failing. */
  let last: { commit?: string; fetchError?: string } = {};

  /** Nothing could be read: an incomplete snapshot, so the store keeps every entity it has. */
  const unreadable = (reason: string): CatalogSnapshot => ({
    entities: [],
    problems: [{ location: location(), reason: `${reason}${KEPT}` }],
    complete: false,
  });

  async function readLocked(): Promise<CatalogSnapshot> {
    let head: GitHead;
    try {
      head = await repo.sync();
    } catch (error) {
      last = { commit: undefined, fetchError: (error as Error).message };
      return unreadable((error as Error).message);
    }
    const problems: CatalogProblem[] = [];
    // An older commit than the branch has now (another replica may have stored newer entities):
    // its entities are added and updated, but what it lacks is not taken as removed.
    if (head.fetchError !== undefined) {
      problems.push({
        location: location(),
        reason: `${head.fetchError}; read commit ${head.commit}, the last one fetched${KEPT}`,
      });
    }
    try {
      const read = await readCommit(repo, { commit: head.commit, patterns: paths, location });
      last = { commit: head.commit, fetchError: head.fetchError };
      return {
        entities: read.entities,
        problems: [...problems, ...read.problems],
        complete: read.complete && head.fetchError === undefined,
      };
    } catch (error) {
      return unreadable(`cannot read commit ${head.commit}: ${(error as Error).message}`);
    }
  }

  const backend: CatalogBackend = { kind: 'git', read: () => repo.exclusive(readLocked) };
  if (!watch) return backend;

  return {
    ...backend,
    watch(onChange) {
      let polling = false;
      const poll = async () => {
        if (polling) return;
        polling = true;
        try {
          const head = await repo
            .exclusive(() => repo.sync())
            .catch((error: Error) => ({
              commit: undefined,
              fetchError: error.message,
            }));
          // A new commit, or a fetch that started or stopped failing: the catalog should say so.
          if (
            head.commit !== last.commit ||
            (head.fetchError === undefined) !== (last.fetchError === undefined)
          ) {
            onChange();
          }
        } finally {
          polling = false;
        }
      };
      const timer = setInterval(() => void poll(), pollIntervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

export const createBackend = createGitBackend;
