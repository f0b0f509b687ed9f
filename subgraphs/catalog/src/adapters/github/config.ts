import { z } from 'zod';

/**
 * Options of the `github` catalog adapter: discovery of catalog files across an organisation's
 * repositories, e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   catalog:
 *     adapter: { kind: github, organization: acme } # token from GITHUB_TOKEN
 * ```
 */
export const githubOptionsSchema = z.strictObject({
  kind: z.literal('github', { error: '"github"' }),
  /** The organisation whose repositories are searched. */
  organization: z
    .string({ error: 'an organisation login' })
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,38})$/i, { error: 'an organisation login' }),
  /** A token that may read the repositories. Default: the GITHUB_TOKEN environment variable. */
  token: z.string({ error: 'a token' }).min(1, { error: 'a token' }).optional(),
  /** The REST API's address; `https://HOST/api/v3` for GitHub Enterprise Server. */
  baseUrl: z.url({ error: 'an http(s) URL', protocol: /^https?$/ }).default('https://api.github.com'),
  /** The file read in each repository, from its root. */
  catalogPath: z
    .string({ error: 'a path inside the repository' })
    .regex(/^(?!\/)(?!.*\.\.)[^\s]+\.ya?ml$/, { error: 'a relative path to a .yaml file' })
    .default('catalog-info.yaml'),
  /** The branch read. Default: each repository's default branch. */
  branch: z.string({ error: 'a branch name' }).min(1, { error: 'a branch name' }).optional(),
  /** Read archived repositories too. */
  includeArchived: z.boolean({ error: 'true or false' }).default(false),
  /** Read forks too. */
  includeForks: z.boolean({ error: 'true or false' }).default(false),
  /** Re-read the organisation periodically. */
  watch: z.boolean({ error: 'true or false' }).default(true),
  /** How often, when watching. Unchanged files cost nothing against the rate limit (ETags). */
  pollIntervalMs: z
    .number({ error: 'a number of milliseconds' })
    .int({ error: 'a whole number of milliseconds' })
    .min(100, { error: 'at least 100 milliseconds' })
    .default(300_000),
  /** Longest one request may take. */
  timeoutMs: z
    .number({ error: 'a number of milliseconds' })
    .int({ error: 'a whole number of milliseconds' })
    .min(100, { error: 'at least 100 milliseconds' })
    .default(30_000),
  /** Requests in flight at once while reading files. */
  concurrency: z
    .number({ error: 'a number' })
    .int({ error: 'a whole number' })
    .min(1, { error: 'from 1 to 32' })
    .max(32, { error: 'from 1 to 32' })
    .default(8),
});

export type GithubOptions = z.output<typeof githubOptionsSchema>;
export type GithubOptionsInput = z.input<typeof githubOptionsSchema>;
