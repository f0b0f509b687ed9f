import { z } from 'zod';
import { commonOptions } from '../common.ts';

/**
 * Options of the `github` releases adapter: a release is a GitHub Deployment, carried out by
 * whatever listens for deployment events (an Actions workflow) and finished by its statuses.
 *
 * ```yaml
 * subgraphs:
 *   releases:
 *     adapter: { kind: github, owner: acme }
 * ```
 *
 * The repository is the component's `github.com/project-slug` annotation, else `owner/<repository>`.
 * The token comes from `token`, else the GITHUB_TOKEN environment variable.
 */
export const githubOptionsSchema = z.strictObject({
  kind: z.literal('github', { error: '"github"' }),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'the http(s) URL of the GitHub API' })
    .default('https://api.github.com'),
  token: z.string({ error: 'a GitHub token' }).min(1).optional(),
  owner: z.string({ error: 'a GitHub user or organisation' }).min(1).optional(),
  /** The repository name when the component has no `github.com/project-slug` annotation; `{component}` is filled in. */
  repository: z.string({ error: 'a repository name template' }).min(1).default('{component}'),
  /** The GitHub environment of each Pave environment; `{component}` and `{environment}` are filled in. */
  environment: z.string({ error: 'an environment name template' }).min(1).default('{environment}'),
  /** Commit status contexts that must pass before GitHub accepts a deployment; unset = all of them (GitHub's default). */
  requiredContexts: z.array(z.string({ error: 'a status context' })).optional(),
  /** How long to wait for the deploying workflow to post a final status. */
  timeoutSeconds: z.number({ error: 'seconds, from 1 to 86400' }).min(1).max(86_400).default(1800),
  pollIntervalMs: z.int({ error: 'milliseconds, from 50 to 600000' }).min(50).max(600_000).default(5_000),
  ...commonOptions,
});

export type GithubOptions = z.output<typeof githubOptionsSchema>;
