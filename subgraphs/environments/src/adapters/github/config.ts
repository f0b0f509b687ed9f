import { z } from 'zod';
import { commonOptions } from '../common.ts';

/**
 * Options of the `github` environments adapter: each environment is a GitHub Environment of the
 * component's repository, its status that of its latest deployment there.
 *
 * ```yaml
 * subgraphs:
 *   environments:
 *     adapter: { kind: github, owner: acme }
 * ```
 *
 * The token comes from `token`, else the GITHUB_TOKEN environment variable.
 */
export const githubOptionsSchema = z.strictObject({
  kind: z.literal('github', { error: '"github"' }),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'the http(s) URL of the GitHub API' })
    .default('https://api.github.com'),
  token: z.string({ error: 'a GitHub token' }).min(1).optional(),
  owner: z.string({ error: 'a GitHub user or organisation' }).min(1),
  /** The repository of a component; `{component}` is its name. */
  repository: z.string({ error: 'a repository name template' }).min(1).default('{component}'),
  /** The GitHub environment of each Pave environment; `{component}` and `{environment}` are filled in. */
  environment: z.string({ error: 'an environment name template' }).min(1).default('{environment}'),
  ...commonOptions,
});

export type GithubOptions = z.output<typeof githubOptionsSchema>;
