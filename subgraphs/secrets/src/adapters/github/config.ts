import { z } from 'zod';

/**
 * Options of the `github` adapter: GitHub Actions environment secrets (write-only) and environment
 * variables (for config vars, which GitHub can give back), e.g.:
 *
 * ```yaml
 * environments:
 *   production: { kind: github, owner: acme }      # token from GITHUB_TOKEN
 * ```
 *
 * The repository of `component:<ns>/<name>` is `<owner>/<name>` unless `repositories` maps the
 * component ref to another `owner/repo`; the GitHub environment has the Pave environment's name.
 */
export const githubOptionsSchema = z.strictObject({
  kind: z.literal('github', { error: '"github"' }),
  owner: z
    .string({ error: 'a GitHub user or organisation' })
    .regex(/^[A-Za-z0-9-]+$/, { error: 'a GitHub user or organisation' }),
  repositories: z
    .record(
      z.string({ error: 'a component ref' }),
      z.string({ error: 'owner/repo' }).regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, { error: 'owner/repo' }),
      { error: 'a mapping from component refs to owner/repo' },
    )
    .default({}),
  token: z.string({ error: 'a GitHub token' }).min(1).optional(),
  /** GitHub Enterprise Server: https://github.example.com/api/v3 */
  baseUrl: z
    .string({ error: 'an http:// or https:// URL' })
    .regex(/^https?:\/\/[^/\s]+/, { error: 'an http:// or https:// URL' })
    .default('https://api.github.com'),
});

export type GithubOptions = z.output<typeof githubOptionsSchema>;
