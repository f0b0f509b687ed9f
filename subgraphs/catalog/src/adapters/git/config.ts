import { z } from 'zod';

/**
 * Options of the `git` catalog adapter, e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   catalog:
 *     adapter: { kind: git, repository: https://github.com/acme/catalog.git, branch: main }
 * ```
 *
 * Messages say what is expected (the config loader prefixes "got …, expected").
 */
export const gitOptionsSchema = z.strictObject({
  kind: z.literal('git', { error: '"git"' }),
  /**
   * A repository URL (cloned into the cache directory and fetched on every refresh), or a local
   * repository path, relative to the config file's directory (read in place: commits only, never
   * uncommitted changes).
   */
  repository: z.string({ error: 'a repository URL or path' }).min(1, { error: 'a repository URL or path' }),
  /** The branch read. Default: the repository's default branch (HEAD). */
  branch: z
    .string({ error: 'a branch name' })
    .regex(/^(?!-)[^\s~^:?*[\\]+$/, { error: 'a branch name' })
    .optional(),
  /** Which files hold entities: globs relative to the repository root (dot-directories are skipped). */
  paths: z
    .array(z.string({ error: 'a glob' }).min(1, { error: 'a non-empty glob' }), {
      error: 'a list of globs',
    })
    .min(1, { error: 'at least one glob' })
    .default(['**/catalog-info.yaml']),
  /** Poll the branch for new commits. */
  watch: z.boolean({ error: 'true or false' }).default(true),
  /** How often the branch is polled (`git fetch`, then the commit compared). */
  pollIntervalMs: z
    .number({ error: 'a number of milliseconds' })
    .int({ error: 'a whole number of milliseconds' })
    .min(100, { error: 'at least 100 milliseconds' })
    .default(60_000),
  /** Longest a single git command may run before it is stopped and reported. */
  timeoutMs: z
    .number({ error: 'a number of milliseconds' })
    .int({ error: 'a whole number of milliseconds' })
    .min(1000, { error: 'at least 1000 milliseconds' })
    .default(120_000),
  /** Where repository URLs are cloned. Default: `<dataDir>/catalog/git`. */
  cacheDir: z.string({ error: 'a directory' }).min(1, { error: 'a directory' }).optional(),
});

export type GitOptions = z.output<typeof gitOptionsSchema>;
export type GitOptionsInput = z.input<typeof gitOptionsSchema>;
